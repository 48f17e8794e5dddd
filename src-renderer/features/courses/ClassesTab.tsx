import { useMemo, useState } from 'react';
import { Alert, AutoComplete, Button, Flex, Form, Tooltip, Typography } from 'antd';
import {
  CalendarOutlined,
  DeleteOutlined,
  LockOutlined,
  PlusOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { z } from 'zod';
import { classInput, type Course } from '../../../src-main/contract/courses';
import { formatHours } from '../../../src-main/domain/attendance/hours';
import { addDays, formatDate, isoWeekday } from '../../../src-main/domain/dates';
import { errorMessage } from '../../api/client';
import { useFeature } from '../../app/stores';
import { withRules, type FieldIssue } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { FailureAlert } from '../../ui/FailureAlert';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { useLeaveGuard } from '../../ui/leave-guard';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import { TimeInput } from '../club/TimeInput';
import { WEEKDAY_SHORT } from '../club/club-labels';
import {
  classesInput,
  classesSummary,
  holidayWarnings,
  rowOf,
  type ClassRow,
} from './class-pattern-form';
import { ClassPatternDialog } from './ClassPatternDialog';
import './courses.css';

type Values = { classes: ClassRow[] };

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function classRules(course: Course) {
  const span = `${formatDate(course.startDate)}–${formatDate(course.endDate)}`;
  return (v: { classes?: unknown[] }): FieldIssue[] =>
    ((v.classes ?? []) as Partial<ClassRow>[]).flatMap((c, i) => {
      const issues: FieldIssue[] = [];
      if (isDate(c?.date) && (c.date < course.startDate || c.date > course.endDate))
        issues.push({
          path: ['classes', i, 'date'],
          message: `Zajęcia muszą się odbyć w czasie kursu (${span})`,
        });
      if (typeof c?.from === 'number' && typeof c?.to === 'number' && c.to <= c.from)
        issues.push({
          path: ['classes', i, 'to'],
          message: 'Zajęcia muszą się kończyć po rozpoczęciu',
        });
      return issues;
    });
}

const byTime = (a: ClassRow, b: ClassRow) =>
  (a.date ?? '').localeCompare(b.date ?? '') ||
  (typeof a.from === 'number' && typeof b.from === 'number' ? a.from - b.from : 0);

/**
 * "Zajęcia": the course's classes typed in a table — date, from–to, the topic from the
 * programme or typed — or added by a weekly pattern that skips public holidays; saved as a
 * whole list. A class with recorded attendance is locked (only its topic may be corrected).
 */
export function ClassesTab({ course }: { course: Course }) {
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const canSave = useCan('courses.saveClasses');
  const saveClasses = useFeature('courses', (s) => s.saveClasses);
  const saving = useFeature('courses', (s) => s.saving);
  const [dirty, setDirty] = useState(false);
  const [pattern, setPattern] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  useLeaveGuard(dirty);

  const schema = useMemo(
    () =>
      withRules(
        z.object({ classes: z.array(classInput.extend({ id: z.number().nullable() })) }),
        classRules(course),
      ),
    [course],
  );
  const values = (): { classes: ReturnType<typeof classesInput> } => ({
    classes: classesInput((form.getFieldValue('classes') ?? []) as ClassRow[]),
  });
  const rows = Form.useWatch('classes', form) as ClassRow[] | undefined;
  const summary = classesSummary(rows, course.totalHours);
  const holidays = holidayWarnings(rows);
  const topicOptions = course.topics.map((t) => ({ value: t.title }));

  const reset = (classes = course.classes) => {
    form.resetFields();
    form.setFieldsValue({ classes: classes.map(rowOf) });
    setDirty(false);
    setGeneral(null);
  };

  const changed = () => {
    setDirty(true);
    validateTouched(form, schema, values());
  };

  async function save() {
    setGeneral(null);
    const sorted = [...((form.getFieldValue('classes') ?? []) as ClassRow[])].sort(byTime);
    form.setFieldsValue({ classes: sorted });
    const input = validateWithSchema(form, schema, values());
    if (!input) {
      toast.error('Popraw zaznaczone zajęcia.');
      return;
    }
    try {
      const saved = await saveClasses({ courseId: course.id, classes: input.classes });
      reset(saved.classes);
      toast.success(`Zapisano zajęcia kursu (${saved.classes.length})`);
    } catch (e) {
      if (!showApiIssues(form, e)) setGeneral(errorMessage(e));
      else {
        // The core names a removed class with attendance on the list itself.
        const listIssue = form.getFieldError(['classes']);
        setGeneral(listIssue.length ? listIssue.join(' ') : 'Popraw zaznaczone zajęcia.');
      }
    }
  }

  const addOne = (add: (row: ClassRow) => void) => {
    const list = (form.getFieldValue('classes') ?? []) as ClassRow[];
    const last = list[list.length - 1];
    const next = last?.date ? addDays(last.date, 1) : course.startDate;
    add({
      id: null,
      date: next > course.endDate ? course.endDate : next,
      from: last?.from ?? 9 * 60,
      to: last?.to ?? 13 * 60,
      topic: null,
      recorded: false,
    });
    changed();
  };

  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!canSave}
        initialValues={{ classes: course.classes.map(rowOf) }}
        onValuesChange={changed}
      >
        <Flex vertical gap="middle">
          {canSave && (
            <Flex gap={8} wrap align="center">
              <Button icon={<CalendarOutlined />} onClick={() => setPattern(true)}>
                Dodaj według tygodnia
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={saving}
                onClick={() => void save()}
              >
                Zapisz zajęcia
              </Button>
              <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => reset()}>
                Cofnij zmiany
              </Button>
              <span aria-live="polite" className="attendance-unsaved">
                {dirty ? 'Zmiany nie są jeszcze zapisane' : ''}
              </span>
            </Flex>
          )}
          <Typography.Text
            className={`course-topics-sum ${summary.matches ? 'is-ok' : 'is-off'}`}
            role="status"
          >
            Zajęcia: {summary.text}
          </Typography.Text>
          {holidays.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="Zajęcia w święto"
              description={holidays.join('; ')}
            />
          )}
          {general && <FailureAlert title="Nie zapisano zajęć" description={general} />}
          <Form.List name="classes">
            {(fields, { add, remove }) => (
              <>
                <table className="course-rows">
                  <caption className="sr-only">Zajęcia kursu</caption>
                  <thead>
                    <tr>
                      <th scope="col">Lp.</th>
                      <th scope="col">Data</th>
                      <th scope="col">Dzień</th>
                      <th scope="col">Od</th>
                      <th scope="col">Do</th>
                      <th scope="col">Godz.</th>
                      <th scope="col">Temat</th>
                      {canSave && <th scope="col">Działania</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((field, index) => {
                      const row = rows?.[index];
                      const locked = row?.recorded === true;
                      const n = index + 1;
                      const minutes =
                        typeof row?.from === 'number' &&
                        typeof row?.to === 'number' &&
                        row.to > row.from
                          ? row.to - row.from
                          : null;
                      return (
                        <tr key={field.key}>
                          <td className="course-row-number">{n}.</td>
                          <td style={{ minWidth: '10.5em' }}>
                            <Form.Item name={[field.name, 'date']}>
                              <DateInput
                                aria-label={`Data zajęć ${n}`}
                                disabled={locked || !canSave}
                              />
                            </Form.Item>
                          </td>
                          <td className="nowrap" style={{ paddingTop: 6 }}>
                            {row?.date && /^\d{4}-\d{2}-\d{2}$/.test(row.date)
                              ? WEEKDAY_SHORT[isoWeekday(row.date) - 1]
                              : ''}
                          </td>
                          <td>
                            <Form.Item name={[field.name, 'from']}>
                              <TimeInput
                                aria-label={`Początek zajęć ${n}`}
                                disabled={locked || !canSave}
                              />
                            </Form.Item>
                          </td>
                          <td>
                            <Form.Item name={[field.name, 'to']}>
                              <TimeInput
                                aria-label={`Koniec zajęć ${n}`}
                                disabled={locked || !canSave}
                              />
                            </Form.Item>
                          </td>
                          <td className="nowrap" style={{ paddingTop: 6 }}>
                            {minutes === null ? '—' : formatHours(minutes)}
                          </td>
                          <td style={{ width: '100%' }}>
                            <Form.Item name={[field.name, 'topic']}>
                              <AutoComplete
                                aria-label={`Temat zajęć ${n}`}
                                options={topicOptions}
                                placeholder="Temat z programu albo własny"
                                filterOption={(input, option) =>
                                  (option?.value ?? '').toLowerCase().includes(input.toLowerCase())
                                }
                              />
                            </Form.Item>
                          </td>
                          {canSave && (
                            <td>
                              {locked ? (
                                <Tooltip title="Obecność jest zapisana — data i godziny są zablokowane">
                                  <span
                                    className="nowrap"
                                    style={{ display: 'inline-block', paddingTop: 6 }}
                                  >
                                    <LockOutlined aria-hidden /> obecność zapisana
                                  </span>
                                </Tooltip>
                              ) : (
                                <Button
                                  danger
                                  icon={<DeleteOutlined />}
                                  aria-label={`Usuń zajęcia ${n}${row?.date ? ` (${formatDate(row.date)})` : ''}`}
                                  title="Usuń zajęcia"
                                  onClick={() => {
                                    remove(index);
                                    changed();
                                  }}
                                />
                              )}
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {fields.length === 0 && (
                  <Typography.Paragraph type="secondary">
                    Kurs nie ma jeszcze zajęć. Dodaj je pojedynczo albo według tygodnia.
                  </Typography.Paragraph>
                )}
                {canSave && (
                  <div>
                    <Button icon={<PlusOutlined />} onClick={() => addOne(add)}>
                      Dodaj zajęcia
                    </Button>
                  </div>
                )}
              </>
            )}
          </Form.List>
        </Flex>
      </Form>
      {pattern && (
        <ClassPatternDialog
          course={course}
          existing={(form.getFieldValue('classes') ?? []) as ClassRow[]}
          onClose={() => setPattern(false)}
          onAdd={(added) => {
            const all = [...((form.getFieldValue('classes') ?? []) as ClassRow[]), ...added].sort(
              byTime,
            );
            form.setFieldsValue({ classes: all });
            setDirty(true);
          }}
        />
      )}
    </>
  );
}
