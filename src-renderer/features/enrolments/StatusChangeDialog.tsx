import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import { contract } from '../../../src-main/contract';
import type { Enrolment } from '../../../src-main/contract/enrolments';
import { formatDate } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import {
  allowedNextStatuses,
  ENROLMENT_STATUS_LABELS,
  statusNeedsReason,
  type EnrolmentStatus,
} from '../../../src-main/domain/enrolment-status';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import type { EnrolmentsState } from './enrolments.store';
import { errorMessage } from '../../api/client';

interface StatusValues {
  to?: EnrolmentStatus;
  date?: string | null;
  reason?: string;
}

/** The contract's input plus the rule the core enforces: a refusal or an early end is explained. */
const statusChangeForm = contract['enrolments.changeStatus'].input.superRefine((v, ctx) => {
  if (statusNeedsReason(v.to) && !v.reason)
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: 'Podaj uzasadnienie tej zmiany statusu',
    });
});

/** Moves that admit the person to the project's support. */
const ADMITTING: EnrolmentStatus[] = ['qualified', 'participant'];

/**
 * The enrolment's stored eligibility failed: admitting the person is still the office's
 * decision, but it is made knowingly.
 */
function FailedCriteriaWarning({ enrolment, to }: { enrolment: Enrolment; to: EnrolmentStatus }) {
  const { onDate, results } = enrolment.eligibility;
  const failed = results.filter((r) => !r.passed);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={`Osoba nie spełniała kryteriów projektu w dniu zgłoszenia (${formatDate(onDate)})`}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {failed.map((r) => (
              <li key={r.label}>
                {r.label}
                {r.reason && ` — ${r.reason}`}
              </li>
            ))}
          </ul>
          Status „{ENROLMENT_STATUS_LABELS[to]}” można nadać mimo to — decyduje ośrodek. Warto
          wpisać uzasadnienie decyzji.
        </>
      }
    />
  );
}

/** Zmień status: only the moves the enrolment's life allows from where it stands. */
export function StatusChangeDialog(props: {
  enrolment: Enrolment;
  store: StoreApi<EnrolmentsState>;
  onClose: () => void;
}) {
  const { enrolment, store, onClose } = props;
  const [form] = Form.useForm<StatusValues>();
  const toast = useToast();
  const today = useToday();
  const saving = useStore(store, (s) => s.saving);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const to = Form.useWatch('to', form);
  const toInput = (v: StatusValues) => ({
    id: enrolment.id,
    to: v.to,
    date: v.date,
    reason: v.reason ?? null,
  });

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, statusChangeForm, toInput(form.getFieldsValue(true)));
    if (!input) return;
    try {
      await store.getState().changeStatus(input);
      toast.success(`Zmieniono status na: ${ENROLMENT_STATUS_LABELS[input.to]}`);
      onClose();
    } catch (e) {
      // The core's Polish message, e.g. why this move is not allowed.
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      // A long project title must not run under the × button.
      title={
        <span style={{ display: 'block', paddingInlineEnd: 24 }}>
          Zmiana statusu — {enrolment.projectTitle}
        </span>
      }
      okText="Zmień status"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        Obecny status: <strong>{ENROLMENT_STATUS_LABELS[enrolment.status]}</strong>
      </Typography.Paragraph>
      <Form<StatusValues>
        form={form}
        layout="vertical"
        initialValues={{ date: today }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, statusChangeForm, toInput(form.getFieldsValue(true)));
        }}
      >
        <Form.Item name="to" label="Nowy status" required>
          <Radio.Group
            aria-label="Nowy status"
            options={allowedNextStatuses(enrolment.status).map((s) => ({
              value: s,
              label: ENROLMENT_STATUS_LABELS[s],
            }))}
          />
        </Form.Item>
        {to !== undefined && ADMITTING.includes(to) && !enrolment.eligibility.eligible && (
          <FailedCriteriaWarning enrolment={enrolment} to={to} />
        )}
        <Form.Item
          name="date"
          label={to === 'participant' ? 'Data rozpoczęcia udziału' : 'Data zmiany'}
          required
          extra={
            to === 'participant'
              ? 'Dzień pierwszego wsparcia — w okresie realizacji projektu, nie z przyszłości.'
              : undefined
          }
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Uzasadnienie"
          required={to !== undefined && statusNeedsReason(to)}
          extra={
            to !== undefined && statusNeedsReason(to)
              ? 'Przy tej zmianie uzasadnienie jest wymagane.'
              : undefined
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder="np. Brak miejsc w grupie"
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title="Nie zmieniono statusu" description={error} />}
    </Modal>
  );
}
