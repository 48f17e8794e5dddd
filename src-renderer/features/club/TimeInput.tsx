import { useState } from 'react';
import { Input } from 'antd';
import { parseTime, timeText } from './club-labels';

/**
 * A time of day typed as HH:MM ("9:30", "930" and "9" do too) whose value is minutes since
 * midnight, as the contract keeps it. Text that is no time yet is handed on as it is, so the
 * form's schema says "Podaj godzinę" under the field while the person types.
 */
export function TimeInput(props: {
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
}) {
  const { value, onChange, ...rest } = props;
  const shown = typeof value === 'number' ? timeText(value) : (value ?? '');
  const [text, setText] = useState(shown);
  // Another value from outside (a reset, a copied pattern) replaces what was typed.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (typeof value !== 'number' || parseTime(text) !== value) setText(shown);
  }
  return (
    <Input
      {...rest}
      value={text}
      inputMode="numeric"
      placeholder="GG:MM"
      maxLength={5}
      style={{ width: '6.5em' }}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseTime(e.target.value);
        onChange?.(parsed === undefined ? e.target.value : parsed);
      }}
      onBlur={() => {
        const parsed = parseTime(text);
        if (typeof parsed === 'number') setText(timeText(parsed));
      }}
    />
  );
}
