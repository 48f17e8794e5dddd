import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { EyeOutlined, SaveOutlined, SignatureOutlined } from '@ant-design/icons';
import type { Participant } from '../../../src-main/contract/participants';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { validateWithSchema } from '../../ui/form-errors';
import { useGuardedNavigate, useLeaveGuard } from '../../ui/leave-guard';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import {
  amendmentForm,
  contractForm,
  showContractIssues,
  toContentInput,
  type ContractFormValues,
} from './contract-form';
import { pdfFileName } from './contract-labels';
import {
  ArrangementsSection,
  AssessmentSection,
  PeriodSection,
  SupportSection,
} from './ContentSections';
import { PartiesSection } from './PartiesSection';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { SignDialog } from './SignDialog';

/** What to do after the new contract is saved and its screen opened. */
type Then = 'preview' | 'sign';

export type EditorMode =
  | { kind: 'new'; participantId: number }
  | { kind: 'draft'; contract: SocialContract }
  | { kind: 'amend'; contract: SocialContract };

/**
 * The contract's editor, with the sections of the model form. A draft is saved as it is
 * and may be previewed and signed; an amendment starts from the current content and is
 * issued as a whole (the core lists what changed).
 */
export function ContractEditor(props: {
  mode: EditorMode;
  person: Participant;
  initial: ContractFormValues;
}) {
  const { mode, person, initial } = props;
  const [form] = Form.useForm<ContractFormValues>();
  const { contracts } = useStores();
  const toast = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const location = useLocation();
  const saving = useFeature('contracts', (s) => s.saving);
  const instruments = useFeature('contracts', (s) => s.instruments);
  const efsByProject = useFeature('contracts', (s) => s.projectIsEfs);
  const staff = useFeature('session', (s) => s.staff);
  const projects = useFeature('projects', (s) => s.projects);
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<Then | null>(
    () => (location.state as { then?: Then } | null)?.then ?? null,
  );
  useLeaveGuard(dirty);

  const amending = mode.kind === 'amend';
  const schema = amending ? amendmentForm : contractForm;
  const contractId = mode.kind === 'new' ? undefined : mode.contract.id;
  const projectId = Form.useWatch('projectId', form) as number | null | undefined;

  // The dialog asked for before a new contract was first saved opens once, not on a reload.
  useEffect(() => {
    if ((location.state as { then?: Then } | null)?.then)
      navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  useEffect(() => {
    if (projectId) void contracts.getState().loadProjectKind(projectId);
  }, [projectId, contracts]);

  const ruleApplies = amending
    ? mode.contract.rule.applies
    : projectId
      ? (efsByProject[projectId] ?? null)
      : false;

  const party = useFeature('contracts', (s) => s.party);
  const enrolled = new Set((party?.enrolments ?? []).map((e) => e.projectId));
  const projectOptions = [...projects]
    .sort((a, b) => Number(enrolled.has(b.id)) - Number(enrolled.has(a.id)))
    .map((p) => ({
      value: p.id,
      label: enrolled.has(p.id) ? p.title : `${p.title} (osoba nie jest zapisana)`,
    }));

  function scrollToFirstError() {
    const first = form.getFieldsError().find((f) => f.errors.length > 0);
    if (first) form.scrollToField(first.name, { block: 'center' });
  }

  function rejected(e: unknown) {
    if (showContractIssues(form, e)) {
      toast.error('Program nie przyjął danych — popraw zaznaczone pola.');
      scrollToFirstError();
    } else {
      toast.error((e as Error).message);
    }
  }

  /** Validates and saves the draft; true when it is saved. */
  async function saveDraft(then?: Then): Promise<boolean> {
    const values = form.getFieldsValue(true) as ContractFormValues;
    const content = validateWithSchema(form, schema, toContentInput(values));
    if (!content) {
      toast.error('Formularz zawiera błędy — popraw zaznaczone pola.');
      scrollToFirstError();
      return false;
    }
    const participantId = mode.kind === 'new' ? mode.participantId : mode.contract.participantId;
    try {
      const saved = await contracts
        .getState()
        .save({ participantId, projectId: values.projectId ?? null, content }, contractId);
      setDirty(false);
      if (mode.kind === 'new') {
        toast.success('Zapisano projekt kontraktu.');
        navigate(`/contracts/${saved.id}`, { replace: true, state: then ? { then } : null });
      } else if (!then) {
        toast.success('Zapisano zmiany w projekcie kontraktu.');
      }
      return true;
    } catch (e) {
      rejected(e);
      return false;
    }
  }

  /** Preview and signing show what is saved: unsaved changes are saved first. */
  async function open(then: Then) {
    if (mode.kind === 'draft' && !dirty) return setDialog(then);
    if ((await saveDraft(then)) && mode.kind === 'draft') setDialog(then);
  }

  async function issueAmendment() {
    if (mode.kind !== 'amend') return;
    const values = form.getFieldsValue(true) as ContractFormValues;
    const content = validateWithSchema(form, schema, {
      ...toContentInput(values),
      amendment: values.amendment,
    });
    if (!content) {
      toast.error('Formularz zawiera błędy — popraw zaznaczone pola.');
      scrollToFirstError();
      return;
    }
    try {
      const saved = await contracts.getState().amend({
        id: mode.contract.id,
        date: values.amendment!.date!,
        description: values.amendment!.description!,
        content,
      });
      setDirty(false);
      toast.success(`Sporządzono aneks nr ${saved.amendments.at(-1)?.number ?? ''}.`);
      navigate(`/contracts/${mode.contract.id}`);
    } catch (e) {
      if (!showContractIssues(form, e)) toast.error((e as Error).message);
      else toast.error('Program nie przyjął aneksu — popraw zaznaczone pola.');
    }
  }

  const back = mode.kind === 'amend' ? `/contracts/${mode.contract.id}` : '/contracts';

  return (
    <Form<ContractFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      className="contract-form"
      onValuesChange={() => {
        setDirty(true);
        validateTouched(form, schema, {
          ...toContentInput(form.getFieldsValue(true) as ContractFormValues),
          amendment: (form.getFieldsValue(true) as ContractFormValues).amendment,
        });
      }}
    >
      <Flex vertical gap="middle">
        {amending && (
          <Card size="small" title="Aneks" className="contract-section amendment-card">
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="Wprowadź zmiany w treści kontraktu poniżej. Wariant, data i miejsce zawarcia oraz strony pozostają jak w zawartym kontrakcie."
            />
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name={['amendment', 'date']} label="Data aneksu" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={24} md={18}>
                <Form.Item name={['amendment', 'description']} label="Czego dotyczy aneks" required>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder="np. Przedłużenie okresu obowiązywania kontraktu"
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        )}
        <PartiesSection
          person={person}
          staff={staff}
          projectOptions={projectOptions}
          locked={amending}
        />
        <AssessmentSection />
        <ArrangementsSection />
        <SupportSection instruments={instruments} ruleApplies={ruleApplies} />
        <PeriodSection />
        <Flex gap={8} wrap className="form-actions contract-actions">
          {amending ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={() => void issueAmendment()}
            >
              Sporządź aneks
            </Button>
          ) : (
            <>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={saving}
                onClick={() => void saveDraft()}
              >
                Zapisz projekt kontraktu
              </Button>
              <Button icon={<EyeOutlined />} onClick={() => void open('preview')}>
                Podgląd
              </Button>
              <Button icon={<SignatureOutlined />} onClick={() => void open('sign')}>
                Podpisz (zawrzyj) kontrakt
              </Button>
            </>
          )}
          <Button onClick={() => guardedNavigate(back)}>Anuluj</Button>
        </Flex>
      </Flex>
      {mode.kind === 'draft' && dialog === 'preview' && (
        <PdfPreviewDialog
          source={{
            kind: 'draft',
            contractId: mode.contract.id,
            title: 'Podgląd projektu kontraktu socjalnego',
            fileName: pdfFileName('Kontrakt', null),
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {mode.kind === 'draft' && dialog === 'sign' && (
        <SignDialog contract={mode.contract} onClose={() => setDialog(null)} />
      )}
    </Form>
  );
}
