import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { EyeOutlined, SaveOutlined, SignatureOutlined } from '@ant-design/icons';
import type { Participant } from '../../../src-main/contract/participants';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature, useStores } from '../../app/stores';
import { useToday } from '../../app/today';
import { useConfirmedWrite, withRules } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { validateWithSchema } from '../../ui/form-errors';
import { useGuardedNavigate, useLeaveGuard } from '../../ui/leave-guard';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { lifeDateIssues } from './contract-checks';
import {
  amendmentFields,
  amendmentForm,
  contractForm,
  showContractIssues,
  toContentInput,
  type ContractFormValues,
} from './contract-form';
import { draftPdfFileName } from './contract-labels';
import {
  ArrangementsSection,
  AssessmentSection,
  PeriodSection,
  SupportSection,
} from './ContentSections';
import { PartiesSection } from './PartiesSection';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { acknowledgeIssues, ACKNOWLEDGED, PrintWarnings, usePrintWarnings } from './PrintWarnings';
import { SignDialog } from './SignDialog';
import { errorMessage } from '../../api/client';

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
  const { contracts, projects: projectsStore } = useStores();
  const toast = useToast();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const location = useLocation();
  const saving = useFeature('contracts', (s) => s.saving);
  const instruments = useFeature('instruments', (s) => s.instruments);
  const projectFacts = useFeature('projects', (s) => s.facts);
  const staff = useFeature('session', (s) => s.staff);
  const projects = useFeature('projects', (s) => s.projects);
  const today = useToday();
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<Then | null>(
    () => (location.state as { then?: Then } | null)?.then ?? null,
  );
  useLeaveGuard(dirty);

  const amending = mode.kind === 'amend';
  const contractId = mode.kind === 'new' ? undefined : mode.contract.id;
  const projectId = Form.useWatch('projectId', form) as number | null | undefined;

  // An amendment is issued and printed for signature: first the project's end and the logo strip.
  const periodTo = Form.useWatch('periodTo', form) as string | null | undefined;
  const tasks = Form.useWatch('tasks', form) as ContractFormValues['tasks'];
  const print = usePrintWarnings(
    amending ? mode.contract.projectId : null,
    { periodTo, tasks },
    amending,
  );
  const effectiveFromByHand = useRef(false);
  const amendSchema = withRules(amendmentForm, (v) => [
    ...(amending
      ? lifeDateIssues(['amendment', 'date'], v.amendment?.date, mode.contract, today)
      : []),
    ...acknowledgeIssues(print.warnings, form.getFieldValue(ACKNOWLEDGED)),
  ]);
  const schema = amending ? amendSchema : contractForm;
  const amendment = useConfirmedWrite(form, () => {}, {
    showIssues: (f, e) => {
      const shown = showContractIssues(f, e);
      if (shown) toast.error('Program nie przyjął aneksu — popraw zaznaczone pola.');
      return shown;
    },
    onInvalid: () => toast.error('Formularz zawiera błędy — popraw zaznaczone pola.'),
  });

  // The dialog asked for before a new contract was first saved opens once, not on a reload.
  useEffect(() => {
    if ((location.state as { then?: Then } | null)?.then)
      navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  useEffect(() => {
    if (projectId) void projectsStore.getState().loadFacts(projectId);
  }, [projectId, projectsStore]);

  const ruleApplies = amending
    ? mode.contract.rule.applies
    : projectId
      ? (projectFacts[projectId]?.isEfs ?? null)
      : false;

  const party = useFeature('participants', (s) => s.party);
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
      toast.error(errorMessage(e));
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
        toast.success('Zapisano szkic kontraktu.');
        navigate(`/contracts/${saved.id}`, { replace: true, state: then ? { then } : null });
      } else if (!then) {
        toast.success('Zapisano zmiany w szkicu kontraktu.');
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

  function issueAmendment() {
    if (mode.kind !== 'amend') return;
    const { id, number } = mode.contract;
    const values = form.getFieldsValue(true) as ContractFormValues;
    amendment.submit({
      schema: amendSchema,
      values: { ...toContentInput(values), amendment: values.amendment },
      ask: () => {
        const a = amendmentFields.parse(values.amendment);
        return {
          title: `Sporządzić aneks do kontraktu nr ${number}?`,
          content: `Aneks zostanie zawarty i wydrukowany do podpisu: otrzyma numer z rejestru i datę ${formatDate(a.date)}, a obowiązuje od ${formatDate(a.effectiveFrom)}. Jego treści nie będzie można później zmienić.`,
          okText: 'Zawrzyj aneks i drukuj',
        };
      },
      write: (content) =>
        contracts.getState().amend({ id, ...amendmentFields.parse(values.amendment), content }),
      done: (saved) => `Sporządzono aneks nr ${saved.amendments.at(-1)?.number ?? ''}.`,
      then: (saved) => {
        setDirty(false);
        navigate(`/contracts/${id}`, { state: { print: saved.amendments.at(-1)?.documentId } });
      },
    });
  }

  const back = mode.kind === 'amend' ? `/contracts/${mode.contract.id}` : '/contracts';

  return (
    <Form<ContractFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      className="contract-form"
      onValuesChange={(changed: ContractFormValues) => {
        setDirty(true);
        // "Obowiązuje od" follows the amendment's date until the worker sets it by hand.
        if (changed.amendment && 'effectiveFrom' in changed.amendment)
          effectiveFromByHand.current = true;
        else if (changed.amendment && 'date' in changed.amendment && !effectiveFromByHand.current)
          form.setFieldValue(['amendment', 'effectiveFrom'], changed.amendment.date ?? null);
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
              <Col xs={12} md={5}>
                <Form.Item name={['amendment', 'date']} label="Data aneksu" required>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item
                  name={['amendment', 'effectiveFrom']}
                  label="Aneks obowiązuje od"
                  required
                >
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
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
        {amending && <PrintWarnings warnings={print.warnings} />}
        {amendment.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="Nie sporządzono aneksu"
            description={amendment.error}
          />
        )}
        <Flex gap={8} wrap className="form-actions contract-actions">
          {amending ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={!print.ready}
              onClick={issueAmendment}
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
                Zapisz szkic kontraktu
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
            title: 'Podgląd szkicu kontraktu socjalnego',
            fileName: draftPdfFileName(person, today),
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {mode.kind === 'draft' && dialog === 'sign' && (
        <SignDialog
          contract={mode.contract}
          onClose={() => setDialog(null)}
          onSigned={(signed) =>
            navigate(`/contracts/${signed.id}`, {
              replace: true,
              state: { print: signed.documentId },
            })
          }
        />
      )}
    </Form>
  );
}
