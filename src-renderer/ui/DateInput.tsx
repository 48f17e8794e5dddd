import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import plPL from 'antd/es/date-picker/locale/pl_PL';

const ISO = 'YYYY-MM-DD';

/**
 * A Polish date field (DD.MM.RRRR) whose value is the ISO string the contract uses, so
 * forms never carry dayjs objects. Typing "01.03.2026" works as well as picking.
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
  return (
    <DatePicker
      {...rest}
      locale={plPL}
      format={['DD.MM.YYYY', 'D.M.YYYY', 'YYYY-MM-DD']}
      placeholder={props.placeholder ?? 'DD.MM.RRRR'}
      value={value ? dayjs(value, ISO) : null}
      onChange={(d) => onChange?.(d ? d.format(ISO) : null)}
      style={{ width: '100%' }}
    />
  );
}
