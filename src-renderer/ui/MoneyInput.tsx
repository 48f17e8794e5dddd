import { useState } from 'react';
import { Input } from 'antd';
import { formatGrosze, parseZloty } from './money';

/**
 * An amount typed in złote ("349 773,80") whose form value is grosze (an integer), as the
 * contract keeps money. What the worker typed stays as typed until the field loses focus,
 * then it is shown in the canonical form. Empty or malformed text gives null.
 */
export function MoneyInput(props: {
  value?: number | null;
  onChange?: (grosze: number | null) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const { value, onChange, ...rest } = props;
  const [typed, setTyped] = useState<string | null>(null);
  const current = value ?? null;
  // The typed text wins only while it still means the current value (not after a reset).
  const shown =
    typed !== null && parseZloty(typed) === current
      ? typed
      : current === null
        ? ''
        : formatGrosze(current, ' ');

  return (
    <Input
      {...rest}
      inputMode="decimal"
      placeholder="0,00"
      suffix="zł"
      styles={{ input: { textAlign: 'right' } }}
      value={shown}
      onChange={(e) => {
        const text = e.target.value.replace(/[^\d\s\u00a0,.]/g, '');
        setTyped(text);
        onChange?.(parseZloty(text));
      }}
      // Malformed text stays visible (with the field's error) so it can be corrected.
      onBlur={() =>
        setTyped((t) => (t !== null && t.trim() !== '' && parseZloty(t) === null ? t : null))
      }
    />
  );
}
