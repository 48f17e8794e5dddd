import { useId, useState } from 'react';
import { DatePicker, Typography } from 'antd';
import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import dayjs, { type Dayjs } from 'dayjs';
import plPL from 'antd/es/date-picker/locale/pl_PL';
import { parseTypedDate } from '../../src-main/domain/dates';

const ISO = 'YYYY-MM-DD';

/**
 * antd's dayjs calendar, except that typed text is read by `parseTypedDate` rather than by
 * a list of formats: "14032026", "14.3.2026" and "1.3.2026" are dates as they are typed
 * (the calendar follows them, Enter and leaving the field take them), and 31.02.2026 is
 * none. The picker's own `format` only shows a date (DD.MM.RRRR).
 */
const typedDateConfig: typeof dayjsGenerateConfig = {
  ...dayjsGenerateConfig,
  locale: {
    ...dayjsGenerateConfig.locale,
    parse: (_locale, text) => {
      const typed = parseTypedDate(text);
      return typed.kind === 'date' ? dayjs(typed.iso, ISO) : null;
    },
  },
};
const PolishDatePicker = DatePicker.generatePicker<Dayjs>(typedDateConfig);

/**
 * A Polish date field (DD.MM.RRRR) whose value is the ISO string the contract uses, so
 * forms never carry dayjs objects. Picking works, and so does typing (see above); emptied
 * text clears the date, so the keyboard needs no clear button. Text that is not a date
 * changes nothing — the field goes back to its date — and says why under the field until
 * the next change, so a typo never becomes another date unnoticed.
 */
export function DateInput(props: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const { value, onChange, ...rest } = props;
  const current = value ?? null;
  // The refusal is shown only while the value is still the one it left in place.
  const [refused, setRefused] = useState<{ problem: string; value: string | null } | null>(null);
  const problem = refused && refused.value === current ? refused.problem : null;
  const problemId = useId();

  const change = (next: string | null) => {
    setRefused(null);
    if (next !== current) onChange?.(next);
  };

  /** On Enter or leaving the field: the picker takes a date itself; here, nothing or no date. */
  const finishTyping = (text: string) => {
    const typed = parseTypedDate(text);
    if (typed.kind === 'invalid') setRefused({ problem: typed.problem, value: current });
    else if (typed.kind === 'empty') change(null);
  };

  return (
    <>
      <PolishDatePicker
        {...rest}
        locale={plPL}
        format="DD.MM.YYYY"
        placeholder={props.placeholder ?? 'DD.MM.RRRR'}
        value={current ? dayjs(current, ISO) : null}
        onChange={(d) => change(d ? d.format(ISO) : null)}
        // The picker reports blurs from its calendar's buttons too: only its own text counts.
        onBlur={(e) => {
          if (e.target instanceof HTMLInputElement) finishTyping(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement)
            finishTyping(e.target.value);
        }}
        status={problem ? 'error' : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        style={{ width: '100%' }}
      />
      {problem && (
        <Typography.Text type="danger" id={problemId} role="alert" style={{ display: 'block' }}>
          {problem}
        </Typography.Text>
      )}
    </>
  );
}
