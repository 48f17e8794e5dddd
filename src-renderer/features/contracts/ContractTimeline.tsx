import type { ReactNode } from 'react';
import { Button, Card, Timeline, Typography } from 'antd';
import type { TimelineItemType } from 'antd/es/timeline/Timeline';
import { ClockCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import {
  EVALUATION_DECISION_LABELS,
  EVALUATION_RESULT_LABELS,
  OBLIGATIONS_KEPT_LABELS,
  TASK_PROGRESS,
  TASK_PROGRESS_LABELS,
  type SocialContract,
} from '../../../src-main/contract/social-contracts';
import { TERMINATION_REASON_LABELS } from '../../../src-main/domain/contract-status';
import { formatDate } from '../../../src-main/domain/dates';
import { pdfFileName } from './contract-labels';
import type { PdfSource } from './PdfPreviewDialog';

type Entry = { date: string; order: number; item: TimelineItemType };

function Heading({ date, children }: { date: string; children: ReactNode }) {
  return (
    <div className="timeline-heading">
      <span className="nowrap timeline-date">{formatDate(date)}</span> {children}
    </div>
  );
}

function DocumentLink(props: { label: string; source: PdfSource; onOpen: (s: PdfSource) => void }) {
  return (
    <Button
      size="small"
      type="link"
      icon={<FilePdfOutlined />}
      className="timeline-link"
      onClick={() => props.onOpen(props.source)}
    >
      {props.label}
    </Button>
  );
}

type Evaluation = SocialContract['evaluations'][number];

/** Both parties' part of an evaluation (older ones keep only the worker's assessment). */
function EvaluationParts({ evaluation: e }: { evaluation: Evaluation }) {
  const said = (label: string, text: string) => (
    <Typography.Paragraph className="timeline-text" ellipsis={{ rows: 3, expandable: true }}>
      <strong>{label}:</strong> {text}
    </Typography.Paragraph>
  );
  const facts = [
    e.personKeptObligations &&
      `zobowiązania osoby — ${OBLIGATIONS_KEPT_LABELS[e.personKeptObligations]}`,
    e.officeKeptObligations &&
      `zobowiązania ośrodka — ${OBLIGATIONS_KEPT_LABELS[e.officeKeptObligations]}`,
    e.result && `kontrakt ${EVALUATION_RESULT_LABELS[e.result]}`,
  ].filter(Boolean);
  return (
    <>
      {facts.length > 0 && <div>Ocena: {facts.join('; ')}.</div>}
      {e.decision && <div>Decyzja: {EVALUATION_DECISION_LABELS[e.decision]}.</div>}
      {said('Pracownik socjalny', e.assessment)}
      {e.personAssessment && said('Osoba', e.personAssessment)}
    </>
  );
}

/**
 * Przebieg kontraktu: signing with the number, each evaluation, each amendment with what
 * it changed, and the end — each with its issued document to re-print.
 */
export function ContractTimeline(props: {
  contract: SocialContract;
  onOpen: (s: PdfSource) => void;
}) {
  const { contract: c, onOpen } = props;
  const entries: Entry[] = [];

  if (c.signedOn && c.number && c.documentId) {
    entries.push({
      date: c.signedOn,
      order: 0,
      item: {
        color: 'blue',
        content: (
          <>
            <Heading date={c.signedOn}>
              Zawarto kontrakt nr <strong>{c.number}</strong>
            </Heading>
            <Typography.Text type="secondary">
              Zawarty {formatDate(c.content.concludedOn)} w miejscowości {c.content.concludedPlace}.
            </Typography.Text>
            <div>
              <DocumentLink
                label="Drukuj oryginał"
                onOpen={onOpen}
                source={{
                  kind: 'issued',
                  documentId: c.documentId,
                  title: `Kontrakt socjalny nr ${c.number} — oryginał`,
                  fileName: pdfFileName('Kontrakt', c.number),
                }}
              />
            </div>
          </>
        ),
      },
    });
  }

  c.evaluations.forEach((e, i) => {
    const counts = TASK_PROGRESS.map(
      (s) => [s, e.taskProgress.filter((t) => t.status === s).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${TASK_PROGRESS_LABELS[s]}: ${n}`)
      .join(', ');
    entries.push({
      date: e.date,
      order: 1,
      item: {
        color: 'green',
        content: (
          <>
            <Heading date={e.date}>Ocena realizacji nr {i + 1}</Heading>
            {counts && <div>Zadania — {counts}</div>}
            <EvaluationParts evaluation={e} />
            <Typography.Text type="secondary">
              {e.actorName ? `Ocenił(a): ${e.actorName}. ` : ''}
              {e.nextEvaluationOn ? `Następna ocena: ${formatDate(e.nextEvaluationOn)}.` : ''}
            </Typography.Text>
            <div>
              <DocumentLink
                label="Karta oceny"
                onOpen={onOpen}
                source={{
                  kind: 'issued',
                  documentId: e.documentId,
                  title: `Ocena realizacji kontraktu nr ${c.number} z ${formatDate(e.date)}`,
                  fileName: pdfFileName('Ocena', `${c.number}/O/${i + 1}`),
                }}
              />
            </div>
          </>
        ),
      },
    });
  });

  for (const a of c.amendments) {
    entries.push({
      date: a.date,
      order: 2,
      item: {
        color: 'orange',
        content: (
          <>
            <Heading date={a.date}>
              Aneks nr <strong>{a.number}</strong>
            </Heading>
            <div>{a.description}</div>
            {a.effectiveFrom !== a.date && (
              <Typography.Text type="secondary">
                Obowiązuje od {formatDate(a.effectiveFrom)}.
              </Typography.Text>
            )}
            <ul className="timeline-changes">
              {a.changes.map((ch) => (
                <li key={ch.section}>
                  <strong>{ch.section}:</strong> <span className="change-before">{ch.before}</span>{' '}
                  → <span className="change-after">{ch.after}</span>
                </li>
              ))}
            </ul>
            <DocumentLink
              label="Drukuj aneks"
              onOpen={onOpen}
              source={{
                kind: 'issued',
                documentId: a.documentId,
                title: `Aneks nr ${a.number}`,
                fileName: pdfFileName('Aneks', a.number),
              }}
            />
          </>
        ),
      },
    });
  }

  if (c.endedOn && c.status === 'completed') {
    entries.push({
      date: c.endedOn,
      order: 3,
      item: {
        color: 'green',
        content: (
          <>
            <Heading date={c.endedOn}>
              Zakończono kontrakt — {c.goalsReached ? 'cele osiągnięte' : 'cele nieosiągnięte'}
            </Heading>
            {c.endNote && <div className="timeline-text">{c.endNote}</div>}
          </>
        ),
      },
    });
  }
  if (c.endedOn && c.status === 'terminated') {
    entries.push({
      date: c.endedOn,
      order: 3,
      item: {
        color: 'red',
        content: (
          <>
            <Heading date={c.endedOn}>
              Rozwiązano kontrakt —{' '}
              {c.terminationReason ? TERMINATION_REASON_LABELS[c.terminationReason] : ''}
            </Heading>
            {c.endNote && <div className="timeline-text">{c.endNote}</div>}
          </>
        ),
      },
    });
  }

  entries.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  const items = entries.map((e) => e.item);
  if (c.status === 'signed' && c.nextEvaluationOn) {
    items.push({
      color: c.alerts.evaluationDue ? 'red' : 'gray',
      icon: <ClockCircleOutlined />,
      content: (
        <Typography.Text type={c.alerts.evaluationDue ? 'danger' : 'secondary'}>
          Planowana ocena: {formatDate(c.nextEvaluationOn)}
          {c.alerts.evaluationDue ? ' — termin minął' : ''}
        </Typography.Text>
      ),
    });
  }

  return (
    <Card size="small" title="Przebieg kontraktu" className="contract-timeline">
      {items.length === 0 ? (
        <Typography.Text type="secondary">Kontrakt nie został jeszcze zawarty.</Typography.Text>
      ) : (
        <Timeline items={items} />
      )}
    </Card>
  );
}
