import { Button, Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { FormOutlined, SwapOutlined } from '@ant-design/icons';
import { EXIT_RESULT_LABELS, type Enrolment } from '../../../src-main/contract/enrolments';
import { formatDate } from '../../../src-main/domain/dates';
import {
  allowedNextStatuses,
  ENROLMENT_STATUS_LABELS as LABEL,
  type EnrolmentStatus,
} from '../../../src-main/domain/enrolment-status';

/**
 * Each status in its colour family, with text and border dark enough to read in the
 * high-contrast theme and on old monitors (antd's presets are too pale for that).
 */
const STATUS_COLORS: Record<EnrolmentStatus, { text: string; background: string }> = {
  candidate: { text: '#003eb3', background: '#e6f4ff' },
  qualified: { text: '#00474f', background: '#e6fffb' },
  reserve: { text: '#613400', background: '#fffbe6' },
  rejected: { text: '#820014', background: '#fff1f0' },
  participant: { text: '#135200', background: '#f6ffed' },
  completed: { text: '#22075e', background: '#f9f0ff' },
  droppedOut: { text: '#871400', background: '#fff2e8' },
};

export function StatusTag({ status }: { status: EnrolmentStatus }) {
  const { text, background } = STATUS_COLORS[status];
  return (
    <Tag
      style={{
        color: text,
        background,
        borderColor: text,
        marginInlineEnd: 0,
        fontSize: '0.875em',
      }}
    >
      {LABEL[status]}
    </Tag>
  );
}

const date = (iso: string | null) => (iso ? formatDate(iso) : '—');

/** Historia statusów: when, from → to, why and who. */
function StatusHistory({ history }: { history: Enrolment['history'] }) {
  return (
    <Timeline
      // Wide enough for "23.11.2026" in the largest text size; the date never wraps.
      titleSpan="7.5em"
      items={history.map((h) => ({
        key: h.id,
        color: h.toStatus === 'rejected' || h.toStatus === 'droppedOut' ? 'red' : 'blue',
        title: <span style={{ whiteSpace: 'nowrap' }}>{formatDate(h.date)}</span>,
        content: (
          <Flex vertical>
            <span>
              {h.fromStatus
                ? `${LABEL[h.fromStatus]} → ${LABEL[h.toStatus]}`
                : `Zgłoszenie: ${LABEL[h.toStatus]}`}
            </span>
            {h.reason && <span>Uzasadnienie: {h.reason}</span>}
            <Typography.Text type="secondary">
              {h.actorName ?? 'nie wybrano pracownika'}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}

function eligibilityText(e: Enrolment['eligibility']): string {
  if (e.eligible) return `Spełnia kryteria (na dzień ${formatDate(e.onDate)})`;
  const failed = e.results.filter((r) => !r.passed).map((r) => r.reason ?? r.label);
  return `Nie spełnia kryteriów (na dzień ${formatDate(e.onDate)}): ${failed.join('; ')}`;
}

function exitText(exit: Enrolment['exitSituation']): string {
  if (!exit) return 'do uzupełnienia';
  const results = exit.results.map((r) => EXIT_RESULT_LABELS[r].toLowerCase());
  return `${results.length ? results.join(', ') : 'żadna z wymienionych'} (ustalono ${formatDate(exit.recordedOn)})`;
}

/** One project the person is enrolled in, with its status history. */
export function EnrolmentCard({
  enrolment: e,
  readOnly = false,
  onChangeStatus,
  onEditMonitoring,
  onRecordExit,
}: {
  enrolment: Enrolment;
  /** For those who may read the casework but not change it (a coordinator). */
  readOnly?: boolean;
  onChangeStatus: () => void;
  onEditMonitoring: () => void;
  onRecordExit: () => void;
}) {
  const final = allowedNextStatuses(e.status).length === 0;
  const left = e.status === 'completed' || e.status === 'droppedOut';
  return (
    <Card
      size="small"
      type="inner"
      role="region"
      aria-label={`Zgłoszenie: ${e.projectTitle}`}
      title={
        <Flex gap={8} align="center" wrap style={{ whiteSpace: 'normal', paddingBlock: 6 }}>
          <span>{e.projectTitle}</span>
          <StatusTag status={e.status} />
        </Flex>
      }
      extra={
        !readOnly && (
          <Flex gap={8} wrap justify="flex-end">
            <Button icon={<FormOutlined />} onClick={onEditMonitoring}>
              {e.monitoring ? 'Zmień dane EFS' : 'Uzupełnij dane EFS'}
            </Button>
            {left && (
              <Button icon={<FormOutlined />} onClick={onRecordExit}>
                {e.exitSituation ? 'Zmień sytuację po zakończeniu' : 'Sytuacja po zakończeniu'}
              </Button>
            )}
            <Button
              icon={<SwapOutlined />}
              disabled={final}
              title={final ? 'To jest status końcowy' : undefined}
              onClick={onChangeStatus}
            >
              Zmień status
            </Button>
          </Flex>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'enrolled', label: 'Data zgłoszenia', children: date(e.enrolledOn) },
          { key: 'started', label: 'Rozpoczęcie udziału', children: date(e.startedOn) },
          { key: 'ended', label: 'Zakończenie udziału', children: date(e.endedOn) },
          {
            key: 'consent',
            label: 'Zgoda RODO',
            children: e.consentDataProcessing ? `tak, ${date(e.consentDate)}` : 'brak',
          },
          {
            key: 'monitoring',
            label: 'Dane monitorowania EFS',
            children: e.monitoring ? 'zebrane' : 'do uzupełnienia',
          },
          ...(left
            ? [
                {
                  key: 'exit',
                  label: 'Sytuacja po zakończeniu udziału',
                  children: exitText(e.exitSituation),
                },
              ]
            : []),
          {
            key: 'longTerm',
            label: 'Osoba długotrwale bezrobotna',
            children: e.longTermUnemployed === null ? '—' : e.longTermUnemployed ? 'tak' : 'nie',
          },
          {
            key: 'eligibility',
            label: 'Kryteria',
            children: eligibilityText(e.eligibility),
            span: 'filled',
          },
        ]}
      />
      <section aria-labelledby={`history-${e.id}`}>
        <Typography.Title
          level={4}
          style={{ marginTop: 12, fontSize: '1.1em' }}
          id={`history-${e.id}`}
        >
          Historia statusów
        </Typography.Title>
        <StatusHistory history={e.history} />
      </section>
    </Card>
  );
}
