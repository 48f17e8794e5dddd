import { Button, Flex, Form, Select, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Slot } from '../../../src-main/contract/club-fields';
import { overlapIssues } from '../../../src-main/contract/club-rules';
import { TimeInput } from './TimeInput';
import { WEEKDAY_OPTIONS } from './club-labels';

/** A new row: the day after the last row's, at its hours (Mon 9:00–13:00 for the first). */
function nextSlot(slots: Partial<Slot>[] | undefined): Partial<Slot> {
  const last = slots?.at(-1);
  if (!last || typeof last.weekday !== 'number') return { weekday: 1, from: 540, to: 780 };
  return { weekday: (last.weekday % 7) + 1, from: last.from, to: last.to };
}

/**
 * Weekly slots (meetings, availability): a day of the week with hours from–to per row, rows
 * added and removed. One editor for the edition, its groups, trainers and rooms. Overlapping
 * rows are told at once with the contract's wording (`overlapIssues`); the list's own issue
 * ("at least one") comes from the form's schema.
 */
export function SlotsEditor(props: {
  name: string;
  /** The list's caption, e.g. "Terminy spotkań". */
  label: string;
  /** A pattern to copy in one click (the edition's meetings into a trainer's availability). */
  copy?: { label: string; slots: readonly Slot[] };
  disabled?: boolean;
}) {
  const { name, label, copy, disabled } = props;
  const form = Form.useFormInstance();
  const slots = Form.useWatch(name, form) as Partial<Slot>[] | undefined;
  const overlaps = new Map(overlapIssues(slots).map((i) => [i.path[0], i.message]));

  return (
    <fieldset className="framed-fieldset">
      <legend>{label}</legend>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">
                Nie dodano jeszcze żadnego terminu.
              </Typography.Text>
            )}
            {fields.map((field, index) => {
              const n = index + 1;
              const overlap = overlaps.get(index);
              return (
                <div key={field.key} role="group" aria-label={`${label}: termin ${n}`}>
                  <Flex gap={8} align="start" wrap>
                    <Form.Item name={[field.name, 'weekday']} style={{ marginBottom: 4 }}>
                      <Select
                        aria-label={`Dzień tygodnia, termin ${n}`}
                        options={WEEKDAY_OPTIONS}
                        style={{ width: '11em' }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'from']} style={{ marginBottom: 4 }}>
                      <TimeInput aria-label={`Od godziny, termin ${n}`} />
                    </Form.Item>
                    <span aria-hidden="true" style={{ lineHeight: '32px' }}>
                      –
                    </span>
                    <Form.Item name={[field.name, 'to']} style={{ marginBottom: 4 }}>
                      <TimeInput aria-label={`Do godziny, termin ${n}`} />
                    </Form.Item>
                    {!disabled && (
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`Usuń termin ${n}`}
                        title="Usuń termin"
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Flex>
                  {overlap && (
                    <Typography.Text type="danger" role="alert">
                      {overlap}
                    </Typography.Text>
                  )}
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            {!disabled && (
              <Flex gap={8} wrap>
                <Button icon={<PlusOutlined />} onClick={() => add(nextSlot(slots))}>
                  Dodaj termin
                </Button>
                {copy && copy.slots.length > 0 && (
                  <Button
                    icon={<CopyOutlined />}
                    onClick={() =>
                      form.setFieldValue(
                        name,
                        copy.slots.map((s) => ({ ...s })),
                      )
                    }
                  >
                    {copy.label}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        )}
      </Form.List>
    </fieldset>
  );
}
