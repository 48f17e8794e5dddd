import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Col, Flex, Row, Space, Spin } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import {
  CONTRACT_STATUS_LABELS,
  canAmend,
  canEvaluate,
  canTransition,
} from '../../../src-main/domain/contract-status';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { preloadPdfRenderer } from '../../documents/render-browser';
import { useGuardedNavigate } from '../../ui/leave-guard';
import { ToneTag } from '../../ui/ToneTag';
import { ContractEditor } from './ContractEditor';
import { ContractSummary } from './ContractSummary';
import { ContractTimeline } from './ContractTimeline';
import { likelyProjectId, newContractValues, valuesOf } from './contract-form';
import { AlertTags } from './contract-columns';
import { pdfFileName, STATUS_TONES } from './contract-labels';
import { EndDialog, type EndKind } from './EndDialog';
import { EvaluationDialog } from './EvaluationDialog';
import { PdfPreviewDialog, type PdfSource } from './PdfPreviewDialog';
import './contracts.css';
import { ScreenTitle } from '../../ui/ScreenTitle';

/** What every screen of a contract needs: the catalogue, the projects, the staff. */
function useEditorData() {
  const { instruments, projects } = useStores();
  useEffect(() => {
    void instruments.getState().load();
    void projects.getState().load();
    preloadPdfRenderer();
  }, [instruments, projects]);
}

/** /contracts/new?participantId=…&projectId=… — a new contract, prefilled. */
export function NewContractScreen() {
  const [search] = useSearchParams();
  const participantId = Number(search.get('participantId'));
  const projectParam = search.get('projectId');
  const { participants } = useStores();
  const party = useFeature('participants', (s) => s.party);
  const partyError = useFeature('participants', (s) => s.partyError);
  const staff = useFeature('session', (s) => s.staff);
  const session = useFeature('session', (s) => s.session);
  const today = useToday();
  useEditorData();

  useEffect(() => {
    if (participantId > 0) void participants.getState().loadParty(participantId);
  }, [participantId, participants]);

  if (!(participantId > 0)) {
    return (
      <Flex vertical gap="middle">
        <ScreenTitle>Nowy kontrakt socjalny</ScreenTitle>
        <Alert
          type="info"
          showIcon
          title="Kontrakt zawiera się z konkretną osobą"
          description={
            <>
              Otwórz kartę uczestnika na liście <Link to="/participants">Uczestnicy</Link> i wybierz
              „Nowy kontrakt socjalny”.
            </>
          }
        />
      </Flex>
    );
  }
  const ready = party?.participant.id === participantId && session !== null;
  return (
    <Flex vertical gap="middle">
      <ScreenTitle>
        Nowy kontrakt socjalny
        {party && ready && ` — ${party.participant.firstName} ${party.participant.lastName}`}
      </ScreenTitle>
      {partyError && <Alert type="error" showIcon title={partyError} />}
      {!ready && !partyError && <Spin description="Wczytywanie…" />}
      {party && ready && (
        <ContractEditor
          key={`new-${participantId}`}
          mode={{ kind: 'new', participantId }}
          person={party.participant}
          initial={newContractValues({
            participant: party.participant,
            projectId: projectParam ? Number(projectParam) : likelyProjectId(party.enrolments),
            staff,
            actingStaffId: session.user?.staffId ?? null,
            today,
          })}
        />
      )}
    </Flex>
  );
}

/** /contracts/:id (and /contracts/:id/amend) — a draft in the editor, else read-only with its life. */
export function ContractScreen({ amend = false }: { amend?: boolean }) {
  const id = Number(useParams().id);
  const { contracts, participants } = useStores();
  const current = useFeature('contracts', (s) => s.current);
  const error = useFeature('contracts', (s) => s.currentError);
  const party = useFeature('participants', (s) => s.party);
  const today = useToday();
  // A coordinator reads a draft as it stands; only a social worker edits it (the core refuses).
  const mayEdit = useCan('contracts.update');
  useEditorData();

  useEffect(() => {
    void contracts.getState().loadOne(id);
  }, [id, contracts]);

  const contract = current?.id === id ? current : null;
  const participantId = contract?.participantId;
  const editing = contract !== null && ((contract.status === 'draft' && mayEdit) || amend);
  useEffect(() => {
    if (participantId !== undefined && editing)
      void participants.getState().loadParty(participantId);
  }, [participantId, editing, participants]);

  if (error && !contract) return <Alert type="error" showIcon title={error} />;
  if (!contract) return <Spin size="large" description="Wczytywanie kontraktu…" />;
  const person = party?.participant.id === contract.participantId ? party.participant : null;

  if (editing) {
    if (amend && !canAmend(contract.status)) {
      return (
        <Alert
          type="warning"
          showIcon
          title="Aneks można sporządzić tylko do zawartego kontraktu."
        />
      );
    }
    return (
      <Flex vertical gap="middle">
        <ScreenTitle extra={<StatusTag contract={contract} />}>
          {amend ? `Aneks do kontraktu nr ${contract.number}` : 'Szkic kontraktu socjalnego'} —{' '}
          {contract.participantName}
        </ScreenTitle>
        {!person ? (
          <Spin description="Wczytywanie…" />
        ) : (
          <ContractEditor
            key={`${amend ? 'amend' : 'draft'}-${contract.id}`}
            mode={amend ? { kind: 'amend', contract } : { kind: 'draft', contract }}
            person={person}
            initial={{
              ...valuesOf(contract.content, contract.projectId),
              ...(amend
                ? { amendment: { date: today, effectiveFrom: today, description: '' } }
                : {}),
            }}
          />
        )}
      </Flex>
    );
  }
  return <ContractView contract={contract} />;
}

function StatusTag({ contract }: { contract: SocialContract }) {
  return (
    <Space size={4}>
      <ToneTag tone={STATUS_TONES[contract.status]} className="status-tag">
        {CONTRACT_STATUS_LABELS[contract.status]}
      </ToneTag>
      <AlertTags alerts={contract.alerts} />
    </Space>
  );
}

type Dialog =
  { kind: 'evaluate' } | { kind: 'end'; end: EndKind } | { kind: 'pdf'; source: PdfSource };

/**
 * A document just issued (the signed contract, an amendment) to print for signature, asked
 * for by the step that issued it through the location's state: `{ print: documentId }`.
 */
function issuedForSignature(c: SocialContract, documentId: unknown): PdfSource | null {
  if (typeof documentId !== 'number') return null;
  if (documentId === c.documentId && c.number)
    return {
      kind: 'issued',
      documentId,
      title: `Kontrakt socjalny nr ${c.number} — do podpisu`,
      fileName: pdfFileName('Kontrakt', c.number),
      copies: 2,
    };
  const amendment = c.amendments.find((a) => a.documentId === documentId);
  return amendment
    ? {
        kind: 'issued',
        documentId,
        title: `Aneks nr ${amendment.number} — do podpisu`,
        fileName: pdfFileName('Aneks', amendment.number),
      }
    : null;
}

/** A signed or ended contract: its content, its timeline and what may be done next. */
function ContractView({ contract: c }: { contract: SocialContract }) {
  const { contracts } = useStores();
  const navigate = useGuardedNavigate();
  const location = useLocation();
  const replaceState = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  // Another window's evaluation or amendment shows here too — but never under an open form.
  const formOpen = dialog !== null && dialog.kind !== 'pdf';
  useEffect(
    () => (formOpen ? undefined : contracts.getState().watchCurrent()),
    [formOpen, contracts],
  );
  // A coordinator reads contracts; only a social worker changes them.
  const writes = useCan('contracts.addEvaluation');
  // Shown while the location asks for it; closing it clears the request.
  const toSign = issuedForSignature(c, (location.state as { print?: unknown } | null)?.print);
  const closeToSign = () => replaceState(location.pathname, { replace: true, state: null });
  const original: PdfSource | null = c.documentId
    ? {
        kind: 'issued',
        documentId: c.documentId,
        title: `Kontrakt socjalny nr ${c.number} — oryginał`,
        fileName: pdfFileName('Kontrakt', c.number),
      }
    : null;

  return (
    <Flex vertical gap="middle">
      <ScreenTitle extra={<StatusTag contract={c} />}>
        Kontrakt socjalny nr {c.number} — {c.participantName}
      </ScreenTitle>
      <Flex gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/contracts')}>
          Lista kontraktów
        </Button>
        {original && (
          <Button
            icon={<FilePdfOutlined />}
            onClick={() => setDialog({ kind: 'pdf', source: original })}
          >
            Drukuj oryginał
          </Button>
        )}
        {writes && canEvaluate(c.status) && (
          <Button type="primary" onClick={() => setDialog({ kind: 'evaluate' })}>
            Dodaj ocenę
          </Button>
        )}
        {writes && canAmend(c.status) && (
          <Button onClick={() => navigate(`/contracts/${c.id}/amend`)}>Sporządź aneks</Button>
        )}
        {writes && canTransition(c.status, 'completed') && (
          <Button onClick={() => setDialog({ kind: 'end', end: 'complete' })}>Zakończ</Button>
        )}
        {writes && canTransition(c.status, 'terminated') && (
          <Button danger onClick={() => setDialog({ kind: 'end', end: 'terminate' })}>
            Rozwiąż
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <ContractSummary contract={c} />
        </Col>
        <Col xs={24} xl={9}>
          <ContractTimeline contract={c} onOpen={(source) => setDialog({ kind: 'pdf', source })} />
        </Col>
      </Row>
      {dialog?.kind === 'evaluate' && <EvaluationDialog contract={c} onClose={close} />}
      {dialog?.kind === 'end' && <EndDialog contract={c} kind={dialog.end} onClose={close} />}
      {dialog?.kind === 'pdf' && <PdfPreviewDialog source={dialog.source} onClose={close} />}
      {toSign && !dialog && <PdfPreviewDialog source={toSign} onClose={closeToSign} />}
    </Flex>
  );
}
