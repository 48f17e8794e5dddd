import { useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import { contract } from '../../../src-main/contract';
import type { Enrolment, MonitoringData } from '../../../src-main/contract/enrolments';
import { useFeature } from '../../app/stores';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import type { EnrolmentsState } from './enrolments.store';
import { completeMonitoring, monitoringDefaults, type MonitoringValues } from './monitoring';
import { MonitoringFields } from './MonitoringFields';
import { errorMessage } from '../../api/client';

const updateMonitoring = contract['enrolments.updateMonitoring'].input;

/** Uzupełnij / Zmień dane EFS: the monitoring data of an enrolment, after the enrolment. */
export function MonitoringDialog(props: {
  enrolment: Enrolment;
  store: StoreApi<EnrolmentsState>;
  onClose: () => void;
}) {
  const { enrolment, store, onClose } = props;
  const [form] = Form.useForm<{ monitoring?: MonitoringValues }>();
  const toast = useToast();
  const saving = useStore(store, (s) => s.saving);
  const participant = useFeature('participants', (s) =>
    s.current?.id === enrolment.participantId ? s.current : null,
  );
  const [initialValues] = useState(() => ({
    monitoring: enrolment.monitoring ?? monitoringDefaults(participant),
  }));
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const toInput = (v: { monitoring?: MonitoringValues }) => ({
    id: enrolment.id,
    monitoring: completeMonitoring(v.monitoring),
  });

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, updateMonitoring, toInput(form.getFieldsValue(true)));
    if (!input) return;
    try {
      await store.getState().updateMonitoring(input.id, input.monitoring as MonitoringData);
      toast.success('Zapisano dane do monitorowania EFS');
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={
        <span style={{ display: 'block', paddingInlineEnd: 24 }}>
          Dane do monitorowania EFS — {enrolment.projectTitle}
        </span>
      }
      width={820}
      okText="Zapisz dane EFS"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        Odpowiedz na wszystkie pytania. Na pytania o dane wrażliwe można zaznaczyć „Odmowa
        odpowiedzi” — odmowa nie wyklucza z udziału w projekcie.
        {!enrolment.monitoring &&
          Object.keys(initialValues.monitoring).length > 0 &&
          ' Zaznaczone odpowiedzi to podpowiedzi z karty uczestnika — sprawdź je z osobą.'}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        labelWrap
        initialValues={initialValues}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, updateMonitoring, toInput(form.getFieldsValue(true)));
        }}
      >
        <MonitoringFields required />
      </Form>
      {error && <Alert type="error" showIcon title="Nie zapisano danych EFS" description={error} />}
    </Modal>
  );
}
