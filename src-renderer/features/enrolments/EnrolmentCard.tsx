import { Button, Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import type { Enrolment } from '../../../src-main/contract/enrolments';
import { formatDate } from '../../../src-main/domain/dates';
import {
  allowedNextStatuses,
  ENROLMENT_STATUS_LABELS as LABEL,
  type EnrolmentStatus,
} from '../../../src-main/domain/enrolment-status';

const STATUS_COLORS: Record<EnrolmentStatus, string> = {
  candidate: 'blue',
  qualified: 'cyan',
  reserve: 'gold',
  rejected: 'red',
  participant: 'green',
  completed: 'purple',
  droppedOut: 'volcano',
};

export function StatusTag({ status }: { status: EnrolmentStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{LABEL[status]}</Tag>;
}

const date = (iso: string | null) => (iso ? formatDate(iso) : '—');

/** Historia statusów: when, from → to, why and who. */
function StatusHistory({ history }: { history: Enrolment['history'] }) {
  return (
    <Timeline
      titleSpan="110px"
      items={history.map((h) => ({
        key: h.id,
        color: h.toStatus === 'rejected' || h.toStatus === 'droppedOut' ? 'red' : 'blue',
        title: formatDate(h.date),
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

/** One project the person is enrolled in, with its status history. */
export function EnrolmentCard({
  enrolment: e,
  onChangeStatus,
}: {
  enrolment: Enrolment;
  onChangeStatus: () => void;
}) {
  const final = allowedNextStatuses(e.status).length === 0;
  return (
    <Card
      size="small"
      type="inner"
      role="region"
      aria-label={`Zgłoszenie: ${e.projectTitle}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{e.projectTitle}</span>
          <StatusTag status={e.status} />
        </Flex>
      }
      extra={
        <Button
          icon={<SwapOutlined />}
          disabled={final}
          title={final ? 'To jest status końcowy' : undefined}
          onClick={onChangeStatus}
        >
          Zmień status
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'enrolled', label: 'Data zgłoszenia', children: date(e.enrolledOn) },
          { key: 'started', label: 'Rozpoczęcie udziału', children: date(e.startedOn) },
          { key: 'ended', label: 'Zakończenie udziału', children: date(e.endedOn) },
          {
            key: 'eligibility',
            label: 'Kryteria',
            children: eligibilityText(e.eligibility),
            span: 'filled',
          },
          {
            key: 'monitoring',
            label: 'Dane monitorowania EFS',
            children: e.monitoring ? 'zebrane' : 'do uzupełnienia',
          },
          {
            key: 'longTerm',
            label: 'Osoba długotrwale bezrobotna',
            children: e.longTermUnemployed === null ? '—' : e.longTermUnemployed ? 'tak' : 'nie',
          },
          {
            key: 'consent',
            label: 'Zgoda RODO',
            children: e.consentDataProcessing ? `tak, ${date(e.consentDate)}` : 'brak',
          },
        ]}
      />
      <section aria-labelledby={`history-${e.id}`}>
        <Typography.Title level={5} style={{ marginTop: 12 }} id={`history-${e.id}`}>
          Historia statusów
        </Typography.Title>
        <StatusHistory history={e.history} />
      </section>
    </Card>
  );
}
