import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, Col, Divider, Form, Modal, Row, Select } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import {
  enrolmentCreate,
  type EnrolmentCreateInput,
  type MonitoringData,
} from '../../../src-main/contract/enrolments';
import { formatDate, todayIso } from '../../../src-main/domain/dates';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import type { EnrolmentsState } from './enrolments.store';
import { EligibilityView } from './EligibilityView';
import { MonitoringFields } from './MonitoringFields';

interface EnrolValues {
  projectId?: number;
  enrolledOn?: string | null;
  monitoring?: Partial<MonitoringData>;
  consentDataProcessing?: boolean;
  consentDate?: string | null;
}

/** Monitoring left wholly empty is sent as "not collected yet"; partly filled must be complete. */
function toInput(participantId: number, v: EnrolValues): EnrolmentCreateInput {
  const monitoring = Object.values(v.monitoring ?? {}).some((a) => a != null)
    ? (v.monitoring as MonitoringData)
    : null;
  return {
    participantId,
    projectId: v.projectId as number,
    enrolledOn: v.enrolledOn as string,
    monitoring,
    consentDataProcessing: v.consentDataProcessing === true,
    consentDate: v.consentDate ?? null,
  };
}

/** Zapisz do projektu: the enrolment form (formularz zgłoszeniowy) with a live eligibility check. */
export function EnrolDialog(props: {
  participantId: number;
  store: StoreApi<EnrolmentsState>;
  enrolledProjectIds: number[];
  onClose: () => void;
}) {
  const { participantId, store, enrolledProjectIds, onClose } = props;
  const [form] = Form.useForm<EnrolValues>();
  const { message } = App.useApp();
  const { projects: projectsStore } = useStores();
  const projects = useFeature('projects', (s) => s.projects);
  const { eligibility, eligibilityLoading, eligibilityError, saving } = useStore(store);
  const [error, setError] = useState<string | null>(null);
  const projectId = Form.useWatch('projectId', form);
  const enrolledOn = Form.useWatch('enrolledOn', form);

  useEffect(() => {
    void projectsStore.getState().load();
  }, [projectsStore]);

  useEffect(() => {
    void store.getState().checkEligibility(participantId, projectId ?? null, enrolledOn ?? null);
  }, [store, participantId, projectId, enrolledOn]);

  async function submit() {
    setError(null);
    const input = validateWithSchema(
      form,
      enrolmentCreate,
      toInput(participantId, form.getFieldsValue(true)),
    );
    if (!input) return;
    try {
      const saved = await store.getState().create(input);
      message.success(
        `Zapisano zgłoszenie do projektu „${saved.projectTitle}” (status: kandydat).`,
      );
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError((e as Error).message);
    }
  }

  const today = todayIso();
  return (
    <Modal
      open
      title="Zapisz do projektu"
      width={820}
      okText="Zapisz jako kandydata"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<EnrolValues>
        form={form}
        layout="vertical"
        labelWrap
        initialValues={{
          enrolledOn: today,
          consentDataProcessing: false,
          consentDate: today,
          monitoring: {},
        }}
        onValuesChange={() =>
          validateTouched(form, enrolmentCreate, toInput(participantId, form.getFieldsValue(true)))
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="projectId" label="Projekt">
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="Wybierz projekt"
                notFoundContent="Brak projektów — najpierw dodaj projekt w module Projekty"
                options={projects.map((p) => ({
                  value: p.id,
                  label: `${p.title}${p.edition ? ` (${p.edition})` : ''}, ${formatDate(p.startDate)}–${formatDate(p.endDate)}`,
                  disabled: enrolledProjectIds.includes(p.id),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="enrolledOn"
              label="Data zgłoszenia"
              extra="Na ten dzień sprawdzane są kryteria"
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <EligibilityView
          result={eligibility}
          loading={eligibilityLoading}
          error={eligibilityError}
        />
        <Divider titlePlacement="start">Dane do monitorowania EFS</Divider>
        <MonitoringFields />
        <Divider titlePlacement="start">Zgoda (RODO)</Divider>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={16}>
            <Form.Item name="consentDataProcessing" valuePropName="checked">
              <Checkbox>
                Uczestnik wyraził zgodę na przetwarzanie danych osobowych i otrzymał klauzulę
                informacyjną
              </Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="consentDate" label="Data wyrażenia zgody">
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
