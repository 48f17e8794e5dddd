import { Flex } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ContractRow } from '../../../src-main/contract/social-contracts';
import { CONTRACT_STATUS_LABELS } from '../../../src-main/domain/contract-status';
import { ToneTag } from '../../ui/ToneTag';
import { ALERT_KEYS, ALERT_LABELS, ALERT_TONES, period, STATUS_TONES } from './contract-labels';

/** "Kończy się wkrótce", "Termin oceny", "Okres minął" — what needs the worker's attention. */
export function AlertTags({ alerts }: { alerts: ContractRow['alerts'] }) {
  return (
    <>
      {ALERT_KEYS.filter((k) => alerts[k]).map((k) => (
        <ToneTag key={k} tone={ALERT_TONES[k]}>
          {ALERT_LABELS[k]}
        </ToneTag>
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
        <ToneTag tone={STATUS_TONES[r.status]}>{CONTRACT_STATUS_LABELS[r.status]}</ToneTag>
        <AlertTags alerts={r.alerts} />
      </Flex>
    ),
  },
];
