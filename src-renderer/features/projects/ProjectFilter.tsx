import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { polishOptionFilter } from '../../ui/option-filter';

/**
 * A list's "Projekt" filter: the office's projects by title (searched as typed, Polish letters
 * aside); cleared, every project. The screen loads the projects.
 */
export function ProjectFilter(props: {
  value: number | undefined;
  onChange: (projectId: number | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const projects = useFeature('projects', (s) => s.projects);
  const options = [...projects]
    .sort((a, b) => comparePolish(a.title, b.title))
    .map((p) => ({ value: p.id, label: p.title }));
  return (
    <Select
      aria-label="Projekt"
      placeholder={props.placeholder ?? 'Wszystkie projekty'}
      allowClear
      showSearch={{ filterOption: polishOptionFilter }}
      value={props.value ?? null}
      options={options}
      onChange={(id: number | null | undefined) => props.onChange(id ?? undefined)}
      style={props.style ?? { minWidth: 320 }}
    />
  );
}
