import { Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ContractRow } from '../../../src-main/contract/social-contracts';
import { CONTRACT_STATUS_LABELS } from '../../../src-main/domain/contract-status';
import {
  ALERT_COLORS,
  ALERT_KEYS,
  ALERT_LABELS,
  period,
  STATUS_TAG_COLORS,
} from './contract-labels';

/** "Kończy się wkrótce", "Termin oceny", "Okres minął" — what needs the worker's attention. */
export function AlertTags({ alerts }: { alerts: ContractRow['alerts'] }) {
  return (
    <>
      {ALERT_KEYS.filter((k) => alerts[k]).map((k) => (
        <Tag key={k} color={ALERT_COLORS[k]}>
          {ALERT_LABELS[k]}
        </Tag>
      ))}
    </>
  );
}

/** The columns every list of contracts shows: the period and the status with its alerts. */
export const PERIOD_AND_STATUS_COLUMNS: TableColumnsType<ContractRow> = [
  {
    title: 'Okres',
    key: 'period',
    className: 'nowrap',
    render: (_, r) => period(r.periodFrom, r.periodTo),
  },
  {
    title: 'Status',
    key: 'status',
    render: (_, r) => (
      <Flex gap={4} wrap>
        <Tag color={STATUS_TAG_COLORS[r.status]}>{CONTRACT_STATUS_LABELS[r.status]}</Tag>
        <AlertTags alerts={r.alerts} />
      </Flex>
    ),
  },
];
