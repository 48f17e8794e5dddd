import { useState } from 'react';
import { Alert, Checkbox, Form, Modal, Typography } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import { contract } from '../../../src-main/contract';
import {
  EXIT_RESULTS,
  EXIT_RESULT_LABELS,
  type Enrolment,
  type ExitResult,
} from '../../../src-main/contract/enrolments';
import { useToday } from '../../app/today';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { useToast } from '../../ui/toast';
import type { EnrolmentsState } from './enrolments.store';
import { errorMessage } from '../../api/client';

const recordExit = contract['enrolments.recordExit'].input;

export const EXIT_OPTIONS = EXIT_RESULTS.map((value) => ({
  value,
  label: EXIT_RESULT_LABELS[value],
}));

interface ExitValues {
  results?: ExitResult[];
  recordedOn?: string | null;
}

/**
 * Sytuacja po zakończeniu udziału: what the funder counts as the results on leaving
 * (EFS+): searching for work, in education, a qualification gained, in employment.
 */
export function ExitSituationDialog(props: {
  enrolment: Enrolment;
  store: StoreApi<EnrolmentsState>;
  onClose: () => void;
}) {
  const { enrolment, store, onClose } = props;
  const [form] = Form.useForm<ExitValues>();
  const toast = useToast();
  const today = useToday();
  const saving = useStore(store, (s) => s.saving);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);

  async function submit() {
    setError(null);
    const v = form.getFieldsValue(true) as ExitValues;
    const input = validateWithSchema(form, recordExit, {
      id: enrolment.id,
      results: v.results ?? [],
      recordedOn: v.recordedOn,
    });
    if (!input) return;
    try {
      await store.getState().recordExit(input);
      toast.success('Zapisano sytuację po zakończeniu udziału');
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={`Sytuacja po zakończeniu udziału — ${enrolment.projectTitle}`}
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        Zaznacz, co dotyczy osoby w dniu zakończenia udziału albo w ciągu czterech tygodni po nim
        (wskaźniki rezultatu EFS+). Można nie zaznaczyć niczego.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          results: enrolment.exitSituation?.results ?? [],
          recordedOn: enrolment.exitSituation?.recordedOn ?? today,
        }}
        onValuesChange={() => setDirty(true)}
      >
        <Form.Item name="results" label="Sytuacja osoby">
          <Checkbox.Group options={EXIT_OPTIONS} style={{ flexDirection: 'column' }} />
        </Form.Item>
        <Form.Item name="recordedOn" label="Data ustalenia" required>
          <DateInput />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
    </Modal>
  );
}
