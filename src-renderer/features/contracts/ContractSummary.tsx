import type { ReactNode } from 'react';
import { Card, Descriptions, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import {
  TASK_PARTY_LABELS,
  type SocialContract,
} from '../../../src-main/contract/social-contracts';
import { amountInWords, formatAmount } from '../../../src-main/domain/amount-in-words';
import { formatDate } from '../../../src-main/domain/dates';
import {
  INSTRUMENT_GROUP_LABELS,
  INSTRUMENT_GROUPS,
} from '../../../src-main/domain/integration-instruments';
import { useFeature } from '../../app/stores';
import { ASSESSMENT_LABELS } from '../../documents/contract-sections';
import { ToneTag } from '../../ui/ToneTag';
import { period, VARIANT_LABELS } from './contract-labels';

const para = (s: string | null | undefined) =>
  s ? <span className="pre-wrap">{s}</span> : <Typography.Text type="secondary">—</Typography.Text>;

function referral(r: SocialContract['content']['labourOfficeReferral']): ReactNode {
  if (!r) return para(null);
  return [r.date && `z dnia ${formatDate(r.date)}`, r.number && `nr ${r.number}`]
    .filter(Boolean)
    .join(', ');
}

function Lines({ items, empty }: { items: string[]; empty: string }): ReactNode {
  if (items.length === 0)
    return (
      <div>
        <Typography.Text type="secondary">{empty}</Typography.Text>
      </div>
    );
  return (
    <ol className="summary-list">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ol>
  );
}

/** The contract's current content (with its amendments), read-only, in the model form's order. */
export function ContractSummary({ contract: c }: { contract: SocialContract }) {
  const { content } = c;
  const labels = ASSESSMENT_LABELS[content.variant];
  const staff = useFeature('session', (s) => s.staff);
  const worker = staff.find((s) => s.id === content.socialWorkerId);
  const family = content.familyParties
    .map((f) => `${f.firstName} ${f.lastName} (${f.relation})`)
    .join(', ');

  return (
    <Flex vertical gap="middle">
      <Card size="small" title="Strony kontraktu">
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            { key: 'variant', label: 'Wariant', children: VARIANT_LABELS[content.variant] },
            {
              key: 'concluded',
              label: 'Zawarty',
              children: `${formatDate(content.concludedOn)}, ${content.concludedPlace}`,
            },
            {
              key: 'person',
              label: 'Osoba',
              children: <Link to={`/participants/${c.participantId}`}>{c.participantName}</Link>,
            },
            ...(content.variant === 'A'
              ? [{ key: 'family', label: 'Członkowie rodziny', children: family || '—' }]
              : []),
            {
              key: 'worker',
              label: 'Pracownik socjalny',
              children: `${worker ? `${worker.firstName} ${worker.lastName}` : '—'}${content.socialWorkerPhone ? `, tel. ${content.socialWorkerPhone}` : ''}`,
            },
            { key: 'project', label: 'Projekt', children: c.projectTitle ?? 'poza projektem' },
          ]}
        />
      </Card>
      <Card size="small" title={labels.title}>
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            ...(content.variant === 'B'
              ? [
                  {
                    key: 'referral',
                    label: 'Skierowanie z PUP',
                    children: referral(content.labourOfficeReferral),
                  },
                ]
              : []),
            {
              key: 'causes',
              label: labels.causes,
              children: para(content.assessment.causes),
            },
            {
              key: 'resources',
              label: labels.resources,
              children: para(content.assessment.resources),
            },
            {
              key: 'limits',
              label: labels.limitations,
              children: para(content.assessment.limitations),
            },
            ...(content.variant === 'B'
              ? [
                  {
                    key: 'time',
                    label: ASSESSMENT_LABELS.B.timeWithoutWork,
                    children: para(content.assessment.timeWithoutWork),
                  },
                  {
                    key: 'earlier',
                    label: ASSESSMENT_LABELS.B.earlierActivation,
                    children: para(content.assessment.earlierActivation),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title="Ustalenia stron">
        <Flex vertical gap={12}>
          <div>
            <Typography.Text strong>Cel główny: </Typography.Text>
            {content.mainGoal}
          </div>
          <div>
            <Typography.Text strong>Cele szczegółowe</Typography.Text>
            <Lines items={content.specificGoals} empty="Brak celów szczegółowych." />
          </div>
          <Table
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={content.tasks}
            columns={[
              { title: 'Lp.', key: 'n', width: 44, render: (_, __, i) => `${i + 1}.` },
              { title: 'Zadanie', dataIndex: 'description' },
              {
                title: 'Kto realizuje',
                key: 'party',
                render: (_, t) => t.partyName ?? TASK_PARTY_LABELS[t.party],
              },
              {
                title: 'Termin',
                dataIndex: 'dueDate',
                className: 'nowrap',
                render: (d: string | null) => (d ? formatDate(d) : '—'),
              },
              { title: 'Uwagi', dataIndex: 'notes', render: (n: string | null) => n ?? '' },
            ]}
          />
          <Flex gap={24} wrap>
            <div style={{ flex: '1 1 280px' }}>
              <Typography.Text strong>Zobowiązania osoby</Typography.Text>
              <Lines items={content.personObligations} empty="—" />
            </div>
            <div style={{ flex: '1 1 280px' }}>
              <Typography.Text strong>Zobowiązania ośrodka</Typography.Text>
              <Lines items={content.officeObligations} empty="—" />
            </div>
          </Flex>
        </Flex>
      </Card>
      <Card size="small" title="Planowane wsparcie">
        <Flex vertical gap={12}>
          <div>
            <Typography.Text strong>Instrumenty aktywnej integracji </Typography.Text>
            {c.rule.applies &&
              (c.rule.satisfied ? (
                <ToneTag tone="green">spełnia zasady EFS</ToneTag>
              ) : (
                <ToneTag tone="orange">nie spełnia zasad EFS</ToneTag>
              ))}
            {c.instruments.length === 0 ? (
              <div>
                <Typography.Text type="secondary">Nie wybrano instrumentów.</Typography.Text>
              </div>
            ) : (
              <ul className="summary-list">
                {INSTRUMENT_GROUPS.flatMap((g) =>
                  c.instruments
                    .filter((i) => i.group === g)
                    .map((i) => (
                      <li key={i.id}>
                        {i.name}{' '}
                        <Typography.Text type="secondary">
                          ({INSTRUMENT_GROUP_LABELS[g]})
                        </Typography.Text>
                      </li>
                    )),
                )}
              </ul>
            )}
          </div>
          {content.benefits.length > 0 && (
            <Table
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={content.benefits}
              columns={[
                { title: 'Planowane świadczenie', dataIndex: 'kind' },
                { title: 'Cel', dataIndex: 'purpose' },
                {
                  title: 'Planowana kwota',
                  dataIndex: 'amount',
                  render: (a: number) => (
                    <>
                      <span className="nowrap">{formatAmount(a)}</span>
                      <div className="amount-words">słownie: {amountInWords(a)}</div>
                    </>
                  ),
                },
                { title: 'Planowany termin', dataIndex: 'when' },
              ]}
            />
          )}
        </Flex>
      </Card>
      <Card size="small" title="Okres obowiązywania i ocena realizacji">
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            {
              key: 'period',
              label: 'Okres',
              children: period(content.periodFrom, content.periodTo),
            },
            { key: 'method', label: 'Sposób oceny', children: para(content.evaluation.method) },
            {
              key: 'first',
              label: 'Pierwsza ocena',
              children:
                formatDate(content.evaluation.firstOn) +
                (content.evaluation.everyWeeks
                  ? `, następnie co ${content.evaluation.everyWeeks} tyg.`
                  : ''),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
