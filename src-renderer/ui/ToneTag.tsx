import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { TONES, type ToneName } from './tones';

/** A status tag in one of the TONES; its size follows the text size (theme.ts). */
export function ToneTag(props: { tone: ToneName; className?: string; children: ReactNode }) {
  const { text, background } = TONES[props.tone];
  return (
    <Tag className={props.className} style={{ color: text, background, borderColor: text }}>
      {props.children}
    </Tag>
  );
}
