import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import { contract } from '../../../src-main/contract';
import type { Enrolment } from '../../../src-main/contract/enrolments';
import { todayIso } from '../../../src-main/domain/dates';
import {
  allowedNextStatuses,
  ENROLMENT_STATUS_LABELS,
  statusNeedsReason,
  type EnrolmentStatus,
} from '../../../src-main/domain/enrolment-status';
import { DateInput } from '../../ui/DateInput';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import type { EnrolmentsState } from './enrolments.store';

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

/** Zmień status: only the moves the enrolment's life allows from where it stands. */
export function StatusChangeDialog(props: {
  enrolment: Enrolment;
  store: StoreApi<EnrolmentsState>;
  onClose: () => void;
}) {
  const { enrolment, store, onClose } = props;
  const [form] = Form.useForm<StatusValues>();
  const { message } = App.useApp();
  const saving = useStore(store, (s) => s.saving);
  const [error, setError] = useState<string | null>(null);
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
      message.success(`Zmieniono status na „${ENROLMENT_STATUS_LABELS[input.to]}”.`);
      onClose();
    } catch (e) {
      // The core's Polish message, e.g. why this move is not allowed.
      if (!showApiIssues(form, e)) setError((e as Error).message);
    }
  }

  return (
    <Modal
      open
      title={`Zmiana statusu — ${enrolment.projectTitle}`}
      okText="Zmień status"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        Obecny status: <strong>{ENROLMENT_STATUS_LABELS[enrolment.status]}</strong>
      </Typography.Paragraph>
      <Form<StatusValues>
        form={form}
        layout="vertical"
        initialValues={{ date: todayIso() }}
        onValuesChange={() =>
          validateTouched(form, statusChangeForm, toInput(form.getFieldsValue(true)))
        }
      >
        <Form.Item name="to" label="Nowy status">
          <Radio.Group
            aria-label="Nowy status"
            options={allowedNextStatuses(enrolment.status).map((s) => ({
              value: s,
              label: ENROLMENT_STATUS_LABELS[s],
            }))}
          />
        </Form.Item>
        <Form.Item name="date" label="Data zmiany">
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
