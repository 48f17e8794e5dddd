import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, Flex, Input, Select, Table, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import type { ContractRow } from '../../../src-main/contract/social-contracts';
import {
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  ENDING_SOON_DAYS,
} from '../../../src-main/domain/contract-status';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature, useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { polishOptionFilter } from '../../ui/option-filter';
import { PERIOD_AND_STATUS_COLUMNS } from './contract-columns';
import { NewContractDialog } from './NewContractDialog';
import './contracts.css';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ProjectFilter } from '../projects/ProjectFilter';
import { corePager } from '../../ui/ListTable';
import { useSearchWhenTypingPauses } from '../../ui/typing-pause';

const columns: TableColumnsType<ContractRow> = [
  {
    title: 'Nr',
    dataIndex: 'number',
    className: 'nowrap',
    render: (n: string | null) => n ?? <Typography.Text type="secondary">szkic</Typography.Text>,
  },
  { title: 'Osoba', dataIndex: 'participantName' },
  { title: 'Projekt', dataIndex: 'projectTitle', render: (t: string | null) => t ?? '—' },
  { title: 'Pracownik', dataIndex: 'socialWorkerName', render: (n: string | null) => n ?? '—' },
  ...PERIOD_AND_STATUS_COLUMNS,
];

/** Kontrakty socjalne: every contract of the office, filtered and paged by the core. */
export function ContractListScreen() {
  const navigate = useNavigate();
  const { contracts, projects } = useStores();
  const criteria = useFeature('contracts', (s) => s.criteria);
  const rows = useFeature('contracts', (s) => s.rows);
  const total = useFeature('contracts', (s) => s.total);
  const loading = useFeature('contracts', (s) => s.loading);
  const error = useFeature('contracts', (s) => s.error);
  const staff = useFeature('session', (s) => s.staff);
  const search = contracts.getState().search;
  const [query, setQuery] = useState(criteria.query);
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    void contracts.getState().search();
    void projects.getState().load();
  }, [contracts, projects]);
  // Contracts drafted or signed in another window appear here without a reload.
  useEffect(() => contracts.getState().watchList(), [contracts]);

  useSearchWhenTypingPauses(query, (typed) => {
    if (typed !== contracts.getState().criteria.query) void search({ query: typed });
  });

  const canCreate = useCan('contracts.create');
  const workers = staff
    .filter((s) => s.role === 'socialWorker' || s.id === criteria.socialWorkerId)
    .map((s) => ({ value: s.id, label: `${s.lastName} ${s.firstName}` }))
    .sort((a, b) => comparePolish(a.label, b.label));

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)}>
              Nowy kontrakt
            </Button>
          )
        }
      >
        Kontrakty socjalne
      </ScreenTitle>
      <NewContractDialog open={picking} onClose={() => setPicking(false)} />
      <Input.Search
        aria-label="Szukaj kontraktu"
        placeholder="Szukaj: nazwisko, imię, PESEL osoby albo numer kontraktu"
        enterButton={<Button aria-label="Szukaj" icon={<SearchOutlined />} />}
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onSearch={(value) => void search({ query: value })}
        style={{ maxWidth: 640 }}
      />
      <Flex gap={12} wrap align="center" className="contract-filters">
        <Select
          aria-label="Status"
          placeholder="Każdy status"
          allowClear
          style={{ width: 170 }}
          value={criteria.status}
          options={CONTRACT_STATUSES.map((s) => ({ value: s, label: CONTRACT_STATUS_LABELS[s] }))}
          onChange={(status) => void search({ status })}
        />
        <Select
          aria-label="Pracownik socjalny"
          placeholder="Każdy pracownik"
          allowClear
          showSearch={{ filterOption: polishOptionFilter }}
          style={{ width: 220 }}
          value={criteria.socialWorkerId}
          options={workers}
          onChange={(socialWorkerId) => void search({ socialWorkerId })}
        />
        <ProjectFilter
          placeholder="Każdy projekt"
          style={{ width: 300 }}
          value={criteria.projectId}
          onChange={(projectId) => void search({ projectId })}
        />
        <Checkbox
          checked={criteria.endingSoon}
          onChange={(e) => void search({ endingSoon: e.target.checked })}
        >
          kończące się w ciągu {ENDING_SOON_DAYS} dni
        </Checkbox>
        <Checkbox
          checked={criteria.evaluationDue}
          onChange={(e) => void search({ evaluationDue: e.target.checked })}
        >
          z zaległą oceną
        </Checkbox>
      </Flex>
      <LoadErrorAlert error={error} onRetry={() => void search()} />
      <Table<ContractRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        rowClassName="clickable-row"
        onRow={(r) => ({
          onClick: () => navigate(`/contracts/${r.id}`),
          onKeyDown: (e) => {
            if (e.key === 'Enter') navigate(`/contracts/${r.id}`);
          },
          tabIndex: 0,
          'aria-label': `Kontrakt ${r.number ?? '(szkic)'} — ${r.participantName}`,
        })}
        pagination={corePager({
          page: criteria.page,
          pageSize: criteria.pageSize,
          total,
          sizes: [25, 50, 100],
          showTotal: (n) => `Razem: ${n}`,
          onChange: (page, pageSize) =>
            void search(pageSize !== criteria.pageSize ? { page: 1, pageSize } : { page }),
        })}
        locale={{
          emptyText:
            criteria.query.trim() ||
            criteria.status ||
            criteria.socialWorkerId ||
            criteria.projectId ||
            criteria.endingSoon ||
            criteria.evaluationDue
              ? 'Żaden kontrakt nie spełnia wybranych warunków'
              : 'Nie ma jeszcze kontraktów — pierwszy założysz przyciskiem „Nowy kontrakt”',
        }}
      />
    </Flex>
  );
}
