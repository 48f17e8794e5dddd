import type { Ref } from 'react';
import type { AttendanceStatus } from '../../../../src-main/domain/attendance/hours';
import { STATUS_LABELS, STATUS_ORDER, STATUS_SHORT, UNMARKED_LABEL } from './marks';

/**
 * Obecność as a native select: typing O, N, U or C on it picks a status at once (the
 * keyboard's quick way down a list of thirty people), and every screen reader knows it. The
 * grid's narrow cells show the short letters; each option still says its full name.
 */
export function StatusSelect(props: {
  value: AttendanceStatus | null;
  onChange: (status: AttendanceStatus | null) => void;
  'aria-label': string;
  short?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  ref?: Ref<HTMLSelectElement>;
  className?: string;
}) {
  const { value, onChange, short = false, disabled, invalid, describedBy, ref } = props;
  return (
    <select
      ref={ref}
      className={`attendance-select${short ? ' attendance-select-short' : ''}${value ? ` attendance-${value}` : ''}${props.className ? ` ${props.className}` : ''}`}
      aria-label={props['aria-label']}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      value={value ?? ''}
      title={value ? STATUS_LABELS[value] : `— (${UNMARKED_LABEL})`}
      onChange={(e) => onChange((e.target.value || null) as AttendanceStatus | null)}
    >
      <option value="" aria-label={UNMARKED_LABEL}>
        —
      </option>
      {STATUS_ORDER.map((s) => (
        <option key={s} value={s} aria-label={short ? STATUS_LABELS[s] : undefined}>
          {short ? STATUS_SHORT[s] : STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
