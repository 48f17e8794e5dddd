import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Form, Select, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { z } from 'zod';
import { examResult, type Course } from '../../../src-main/contract/courses';
import { projectDate } from '../../../src-main/contract/common';
import {
  EXAM_RESULTS,
  EXAM_RESULT_LABELS,
  type ExamResult,
} from '../../../src-main/domain/courses/course-rules';
import { ApiError, errorMessage } from '../../api/client';
import { useFeature } from '../../app/stores';
import { useToday } from '../../app/today';
import { withRules, type FieldIssue } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { FailureAlert } from '../../ui/FailureAlert';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { useLeaveGuard } from '../../ui/leave-guard';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import './courses.css';

type Row = { participantId: number; result: ExamResult | null; date: string | null };
type Values = { results: Row[] };

const RESULT_OPTIONS = EXAM_RESULTS.map((value) => ({ value, label: EXAM_RESULT_LABELS[value] }));

const rowsOf = (course: Course): Row[] =>
  course.participants.map((p) => ({
    participantId: p.participantId,
    result: p.exam?.result ?? null,
    date: p.exam?.date ?? null,
  }));

const resultsSchema = z.object({
  results: z.array(
    z.object({
      participantId: z.number(),
      result: examResult.nullable(),
      date: projectDate.nullable(),
    }),
  ),
});

function examRules(course: Course, today: string) {
  return (v: { results?: Partial<Row>[] }): FieldIssue[] =>
    (v.results ?? []).flatMap((r, i) => {
      const issues: FieldIssue[] = [];
      if (r?.result && !r.date)
        issues.push({ path: ['results', i, 'date'], message: 'Podaj datę egzaminu' });
      if (r?.date && r.date > today)
        issues.push({
          path: ['results', i, 'date'],
          message: 'Wynik egzaminu wpisuje się po egzaminie — data nie może być z przyszłości',
        });
      if (r?.date && r.date < course.startDate)
        issues.push({
          path: ['results', i, 'date'],
          message: 'Egzamin nie może się odbyć przed początkiem kursu',
        });
      return issues;
    });
}

/**
 * "Egzamin": each participant's result — Zdany, Niezdany, Nieobecność — and its date, saved
 * for everyone at once; a result taken back is sent as none (the core refuses after a
 * certificate).
 */
export function ExamTab({ course }: { course: Course }) {
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const today = useToday();
  const canSave = useCan('courses.saveExam');
  const saveExam = useFeature('courses', (s) => s.saveExam);
  const saving = useFeature('courses', (s) => s.saving);
  const [dirty, setDirty] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  useLeaveGuard(dirty);
  const schema = useMemo(() => withRules(resultsSchema, examRules(course, today)), [course, today]);
  const examDay = course.endDate < today ? course.endDate : today;

  const reset = (next: Course = course) => {
    form.resetFields();
    form.setFieldsValue({ results: rowsOf(next) });
    setDirty(false);
    setGeneral(null);
  };

  async function save() {
    setGeneral(null);
    const input = validateWithSchema(form, schema, form.getFieldsValue(true));
    if (!input) return;
    const before = new Map(rowsOf(course).map((r) => [r.participantId, r]));
    const results = input.results.filter((r) => {
      const b = before.get(r.participantId);
      return !b || b.result !== r.result || (r.result !== null && b.date !== r.date);
    });
    if (!results.length) return reset();
    try {
      const saved = await saveExam({
        courseId: course.id,
        results: results.map((r) => ({ ...r, date: r.result ? r.date : null })),
      });
      reset(saved);
      toast.success('Zapisano wyniki egzaminu');
    } catch (e) {
      // The core's paths count the results sent, not the table's rows: put them back on rows.
      const rowOf = results.map((r) =>
        input.results.findIndex((x) => x.participantId === r.participantId),
      );
      if (e instanceof ApiError && e.code === 'invalid_input' && e.issues.length) {
        const onRows = new ApiError({
          ...e.body,
          issues: e.issues.map((i) =>
            i.path[0] === 'results' && typeof i.path[1] === 'number'
              ? { ...i, path: ['results', rowOf[i.path[1]] ?? i.path[1], ...i.path.slice(2)] }
              : i,
          ),
        });
        showApiIssues(form, onRows);
        setGeneral(e.issues.map((i) => i.message).join(' '));
      } else setGeneral(errorMessage(e));
    }
  }

  if (course.participants.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        title="Kurs nie ma jeszcze uczestników"
        description="Wyniki egzaminu wpisuje się uczestnikom kursu."
      />
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canSave}
      initialValues={{ results: rowsOf(course) }}
      onValuesChange={(changed: Partial<Values>) => {
        setDirty(true);
        // A result picked without a date takes the exam's likely day: the course's last.
        changed.results?.forEach((r, i) => {
          if (r?.result && !form.getFieldValue(['results', i, 'date']))
            form.setFieldValue(['results', i, 'date'], examDay);
        });
        validateTouched(form, schema, form.getFieldsValue(true));
      }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {course.examRequired
            ? 'Kurs kończy się egzaminem: zaświadczenie otrzymuje osoba, która go zdała.'
            : 'Kurs nie wymaga egzaminu; wpisane wyniki są tylko informacją.'}
        </Typography.Paragraph>
        {general && <FailureAlert title="Nie zapisano wyników egzaminu" description={general} />}
        <Form.List name="results">
          {(fields) => (
            <table className="course-rows course-rows-compact">
              <caption className="sr-only">Wyniki egzaminu końcowego</caption>
              <thead>
                <tr>
                  <th scope="col">Lp.</th>
                  <th scope="col">Nazwisko i imię</th>
                  <th scope="col">Wynik</th>
                  <th scope="col">Data egzaminu</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field, i) => {
                  const person = course.participants[i]!;
                  return (
                    <tr key={field.key}>
                      <td className="course-row-number">{i + 1}.</td>
                      <th scope="row" style={{ paddingTop: 6, fontWeight: 'normal' }}>
                        {person.name}
                      </th>
                      <td style={{ width: '16em' }}>
                        <Form.Item name={[field.name, 'result']}>
                          <Select
                            aria-label={`Wynik egzaminu: ${person.name}`}
                            allowClear
                            placeholder="— nie wpisano"
                            options={RESULT_OPTIONS}
                          />
                        </Form.Item>
                      </td>
                      <td style={{ width: '12em' }}>
                        <Form.Item name={[field.name, 'date']}>
                          <DateInput aria-label={`Data egzaminu: ${person.name}`} />
                        </Form.Item>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Form.List>
        {canSave && (
          <Flex gap={8} align="center">
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={!dirty}
              loading={saving}
              onClick={() => void save()}
            >
              Zapisz wyniki
            </Button>
            <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => reset()}>
              Cofnij zmiany
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
