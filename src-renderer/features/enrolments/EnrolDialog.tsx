import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Col, Divider, Form, Modal, Row, Select, Typography } from 'antd';
import { useStore, type StoreApi } from 'zustand';
import {
  enrolmentCreate,
  type EnrolmentCreateInput,
  type MonitoringData,
} from '../../../src-main/contract/enrolments';
import { formatDate } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import type { EnrolmentsState } from './enrolments.store';
import { EligibilityView } from './EligibilityView';
import {
  completeMonitoring,
  MONITORING_PATHS,
  monitoringDefaults,
  type MonitoringValues,
} from './monitoring';
import { MonitoringFields } from './MonitoringFields';
import { errorMessage } from '../../api/client';

interface EnrolValues {
  projectId?: number;
  enrolledOn?: string | null;
  monitoring?: MonitoringValues;
  consentDataProcessing?: boolean;
  consentDate?: string | null;
}

/**
 * Monitoring the worker has not touched (suggestions from the card included) is sent as
 * "not collected yet"; once any answer is given, all of them are required.
 */
function toInput(participantId: number, v: EnrolValues, monitoringGiven: boolean) {
  const input: EnrolmentCreateInput = {
    participantId,
    projectId: v.projectId as number,
    enrolledOn: v.enrolledOn as string,
    monitoring: monitoringGiven ? (completeMonitoring(v.monitoring) as MonitoringData) : null,
    consentDataProcessing: v.consentDataProcessing === true,
    consentDate: v.consentDate ?? null,
  };
  return input;
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
  const toast = useToast();
  const { projects: projectsStore } = useStores();
  const projects = useFeature('projects', (s) => s.projects);
  const participant = useFeature('participants', (s) =>
    s.current?.id === participantId ? s.current : null,
  );
  const { eligibility, eligibilityLoading, eligibilityError, saving } = useStore(store);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [monitoringGiven, setMonitoringGiven] = useState(false);
  const today = useToday();
  const [initialValues] = useState<EnrolValues>(() => ({
    enrolledOn: today,
    consentDataProcessing: false,
    consentDate: today,
    monitoring: monitoringDefaults(participant),
  }));
  const suggested = Object.keys(initialValues.monitoring ?? {}).length > 0;
  const projectId = Form.useWatch('projectId', form);
  const enrolledOn = Form.useWatch('enrolledOn', form);
  const close = useDiscardGuard(dirty, onClose);

  useEffect(() => {
    void projectsStore.getState().load();
  }, [projectsStore]);

  useEffect(() => {
    void store.getState().checkEligibility(participantId, projectId ?? null, enrolledOn ?? null);
  }, [store, participantId, projectId, enrolledOn]);

  function onValuesChange() {
    setDirty(true);
    const given = form.isFieldsTouched(MONITORING_PATHS);
    setMonitoringGiven(given);
    validateTouched(
      form,
      enrolmentCreate,
      toInput(participantId, form.getFieldsValue(true), given),
    );
  }

  function monitoringLater() {
    form.resetFields(MONITORING_PATHS);
    setMonitoringGiven(false);
  }

  async function submit() {
    setError(null);
    const input = validateWithSchema(
      form,
      enrolmentCreate,
      toInput(participantId, form.getFieldsValue(true), monitoringGiven),
    );
    if (!input) return;
    try {
      const saved = await store.getState().create(input);
      toast.success(`Zapisano zgłoszenie do projektu: ${saved.projectTitle} (status: kandydat)`);
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title="Zapisz do projektu"
      width={820}
      okText="Zapisz jako kandydata"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<EnrolValues>
        form={form}
        layout="vertical"
        labelWrap
        initialValues={initialValues}
        onValuesChange={onValuesChange}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="projectId" label="Projekt" required>
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
              required
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
        <section aria-label="Dane do monitorowania EFS">
          {monitoringGiven ? (
            <Alert
              type="warning"
              showIcon
              role="status"
              style={{ marginBottom: 12 }}
              title="Dane EFS zostaną zapisane — odpowiedz na wszystkie pytania."
              description="Na pytania o dane wrażliwe można zaznaczyć „Odmowa odpowiedzi” — odmowa nie wyklucza z udziału w projekcie."
              action={
                <Button size="small" onClick={monitoringLater}>
                  Uzupełnię później
                </Button>
              }
            />
          ) : (
            <Alert
              type="info"
              showIcon
              role="status"
              style={{ marginBottom: 12 }}
              title="Dane EFS są nieobowiązkowe przy zgłoszeniu."
              description={
                <>
                  Jeśli nie zmienisz tu żadnej odpowiedzi, zgłoszenie zostanie zapisane bez danych
                  EFS — uzupełnisz je później na karcie zgłoszenia („Uzupełnij dane EFS”). Po
                  udzieleniu choćby jednej odpowiedzi wymagane są wszystkie.
                  {suggested && (
                    <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                      Zaznaczone odpowiedzi to podpowiedzi z karty uczestnika — sprawdź je z osobą.
                    </Typography.Text>
                  )}
                </>
              }
            />
          )}
          <MonitoringFields required={monitoringGiven} />
        </section>
        <Divider titlePlacement="start">Zgoda (RODO)</Divider>
        <Row gutter={16} align="top">
          <Col xs={24} md={16}>
            <Form.Item
              name="consentDataProcessing"
              valuePropName="checked"
              label="Zgoda na przetwarzanie danych"
              required
            >
              <Checkbox>
                Uczestnik wyraził zgodę na przetwarzanie danych osobowych i otrzymał klauzulę
                informacyjną
              </Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="consentDate" label="Data wyrażenia zgody" required>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
