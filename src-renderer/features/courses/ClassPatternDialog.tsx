import { useState } from 'react';
import { Alert, AutoComplete, Checkbox, Col, Form, Modal, Row } from 'antd';
import type { Course } from '../../../src-main/contract/courses';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showFieldIssues } from '../../ui/form-errors';
import { DateInput } from '../../ui/DateInput';
import { TimeInput } from '../club/TimeInput';
import { WEEKDAY_OPTIONS } from '../club/club-labels';
import {
  patternIssues,
  patternOutcome,
  type ClassRow,
  type PatternValues,
} from './class-pattern-form';

/**
 * "Dodaj według tygodnia": the weekdays, the hours and a range of dates (the course's by
 * default) give classes on each such day, public holidays left out; the dialog says how many
 * and which days it skips before anything is added to the table (which is then saved).
 */
export function ClassPatternDialog(props: {
  course: Course;
  existing: readonly ClassRow[];
  onClose: () => void;
  onAdd: (rows: ClassRow[]) => void;
}) {
  const { course, existing, onClose, onAdd } = props;
  const [form] = Form.useForm<PatternValues>();
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const values = (Form.useWatch([], form) ?? {}) as PatternValues;
  const outcome = patternOutcome(values, course, existing);

  const submit = () => {
    const all = form.getFieldsValue(true) as PatternValues;
    const issues = patternIssues(all, course);
    if (issues.length) {
      showFieldIssues(form, issues, { onlyTouched: false });
      return;
    }
    const result = patternOutcome(all, course, existing);
    if (!result || result.rows.length === 0) return;
    onAdd(result.rows);
    onClose();
  };

  return (
    <Modal
      open
      width={680}
      title="Dodaj zajęcia według tygodnia"
      okText={outcome?.rows.length ? `Dodaj ${outcome.rows.length} do tabeli` : 'Dodaj do tabeli'}
      okButtonProps={{ disabled: outcome !== null && outcome.rows.length === 0 }}
      cancelText="Anuluj"
      onOk={submit}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<PatternValues>
        form={form}
        layout="vertical"
        initialValues={{
          weekdays: [],
          startDate: course.startDate,
          endDate: course.endDate,
          from: 9 * 60,
          to: 13 * 60,
          topic: null,
        }}
        onValuesChange={() => {
          setDirty(true);
          showFieldIssues(form, patternIssues(form.getFieldsValue(true), course), {
            onlyTouched: true,
          });
        }}
      >
        {/* No `required` here: antd would put aria-required on the group, which has no such state. */}
        <Form.Item name="weekdays" label="Dni tygodnia (co najmniej jeden)">
          <Checkbox.Group
            role="group"
            aria-label="Dni tygodnia"
            options={WEEKDAY_OPTIONS.slice(0, 6)}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name="from" label="Od godziny" required>
              <TimeInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="to" label="Do godziny" required>
              <TimeInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="startDate" label="Od dnia" required>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="endDate" label="Do dnia" required>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="topic" label="Temat (można go zmienić w tabeli)">
          <AutoComplete
            options={course.topics.map((t) => ({ value: t.title }))}
            placeholder="Temat z programu albo własny"
          />
        </Form.Item>
      </Form>
      {outcome && (
        <Alert
          type={outcome.rows.length ? 'info' : 'warning'}
          showIcon
          role="note"
          title={outcome.text}
        />
      )}
      <p className="sr-only" aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </Modal>
  );
}
