import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Flex, Input, Select, Table, Tag, Typography, type InputRef } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import { ClearOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { ParticipantRow } from '../../../src-main/contract/participants';
import { formatDate } from '../../../src-main/domain/dates';
import {
  ENROLMENT_STATUSES,
  ENROLMENT_STATUS_LABELS,
} from '../../../src-main/domain/enrolment-status';
import { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS } from '../../../src-main/domain/exclusion';
import { useFeature, useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { polishOptionFilter } from '../../ui/option-filter';
import {
  FILTER_KEYS,
  type ParticipantCriteria,
  type ParticipantSortField,
} from './participants.store';
import { FIELD_LABELS as L } from './participant-labels';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { corePager } from '../../ui/ListTable';
import { useSearchWhenTypingPauses } from '../../ui/typing-pause';

const STATUS_OPTIONS = ENROLMENT_STATUSES.map((s) => ({
  value: s,
  label: ENROLMENT_STATUS_LABELS[s],
}));
const EXCLUSION_OPTIONS = EXCLUSION_REASONS.map((r) => ({
  value: r,
  label: EXCLUSION_REASON_LABELS[r],
}));

/** Columns the core can sort by; the column key is the sort field. */
const sortable = (
  field: ParticipantSortField,
  c: ParticipantCriteria,
): ColumnType<ParticipantRow> => ({
  key: field,
  sorter: true,
  sortDirections: ['ascend', 'descend', 'ascend'],
  sortOrder: c.sort === field ? (c.dir === 'asc' ? 'ascend' : 'descend') : null,
});

type FilterKey = (typeof FILTER_KEYS)[number];
const FILTER_LABELS: Record<FilterKey, string> = {
  query: 'Szukane',
  projectId: 'Projekt',
  status: 'Status w projekcie',
  socialWorkerId: 'Pracownik socjalny',
  exclusionReason: 'Przesłanka wykluczenia',
};

/** The table of results, where ↑ and ↓ move between the names (arrowThroughResults). */
const RESULTS = 'participant-results';

/** Numbers and dates stay on one line; the column titles above them may wrap. */
const nowrapCell = () => ({ className: 'nowrap' });

export function ParticipantListScreen() {
  const stores = useStores();
  const { criteria, rows, total, loading, error, search, clearFilters } = useFeature(
    'participants',
    (s) => s,
  );
  const projects = useFeature('projects', (s) => s.projects);
  const staff = useFeature('session', (s) => s.staff);
  const navigate = useNavigate();
  const canCreate = useCan('participants.create');
  // A club leader or a trainer sees names only: no card behind them.
  const canOpen = useCan('participants.get');
  const [query, setQuery] = useState(criteria.query);
  const searchField = useRef<InputRef>(null);

  useEffect(() => {
    void stores.participants.getState().search();
    void stores.projects.getState().load();
  }, [stores]);
  // People added or changed in another window appear here without a reload.
  useEffect(() => stores.participants.getState().watchList(), [stores]);

  useSearchWhenTypingPauses(query, (typed) => {
    if (typed !== stores.participants.getState().criteria.query) void search({ query: typed });
  });

  const projectOptions = useMemo(
    () => projects.map((p) => ({ value: p.id, label: p.title })),
    [projects],
  );
  const workerOptions = useMemo(
    () =>
      staff
        .filter((s) => s.role === 'socialWorker')
        .map((s) => ({ value: s.id, label: `${s.lastName} ${s.firstName}` })),
    [staff],
  );

  /** What each set filter shows in the summary: the chosen option's name. */
  const shown: Record<FilterKey, string | undefined> = {
    query: criteria.query ? `„${criteria.query}”` : undefined,
    projectId: projectOptions.find((o) => o.value === criteria.projectId)?.label,
    status: criteria.status && ENROLMENT_STATUS_LABELS[criteria.status],
    socialWorkerId: workerOptions.find((o) => o.value === criteria.socialWorkerId)?.label,
    exclusionReason: criteria.exclusionReason && EXCLUSION_REASON_LABELS[criteria.exclusionReason],
  };
  const active = FILTER_KEYS.filter((key) => criteria[key] !== undefined && criteria[key] !== '');

  const removeFilter = (key: FilterKey) => {
    if (key === 'query') setQuery('');
    void search(key === 'query' ? { query: '' } : { [key]: undefined });
  };
  /**
   * ↓ in the search field goes straight to the first result (the filters stand ten Tabs
   * between them), ↑ and ↓ on a result to the one above or below, ↑ on the first back to
   * the field; Enter opens the result's card.
   */
  const arrowThroughResults = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const field = searchField.current?.input ?? null;
    const links = [...document.querySelectorAll<HTMLElement>(`.${RESULTS} .ant-table-tbody a`)];
    const at = links.indexOf(e.target as HTMLElement);
    if (at === -1 && e.target !== field) return;
    const next = e.key === 'ArrowDown' ? links[at + 1] : at === 0 ? field : links[at - 1];
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
  const clearAll = () => {
    setQuery('');
    void clearFilters();
  };

  const filter = <K extends keyof ParticipantCriteria>(
    key: K,
    label: string,
    options: { value: ParticipantCriteria[K]; label: string }[],
  ) => (
    <Select
      aria-label={`Filtr: ${label.toLowerCase()}`}
      placeholder={label}
      allowClear
      showSearch={{ filterOption: polishOptionFilter }}
      options={options as never}
      value={criteria[key] as never}
      onChange={(value) => void search({ [key]: value ?? undefined })}
      // In em, so that at A++ the filters wrap rather than cut their names short.
      style={{ minWidth: '14em', flex: '1 1 14em', maxWidth: '22em' }}
      popupMatchSelectWidth={false}
    />
  );

  return (
    <Flex vertical gap={16}>
      <ScreenTitle
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/participants/new')}
            >
              Nowy uczestnik
            </Button>
          )
        }
      >
        Uczestnicy
      </ScreenTitle>
      <Input.Search
        aria-label="Szukaj uczestnika"
        placeholder="Szukaj: nazwisko, imię, PESEL, nr dokumentu, miejscowość"
        // The list opens ready for typing a name.
        autoFocus
        ref={searchField}
        onKeyDown={arrowThroughResults}
        aria-describedby="participant-search-hint"
        enterButton={<Button aria-label="Szukaj" icon={<SearchOutlined />} />}
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onSearch={(value) => void search({ query: value })}
        style={{ maxWidth: 640 }}
      />
      <span id="participant-search-hint" className="sr-only">
        Strzałka w dół przechodzi do wyników wyszukiwania.
      </span>
      <Flex wrap gap={8}>
        {filter('projectId', 'Projekt', projectOptions)}
        {filter('status', 'Status w projekcie', STATUS_OPTIONS)}
        {filter('socialWorkerId', 'Pracownik socjalny', workerOptions)}
        {filter('exclusionReason', 'Przesłanka wykluczenia', EXCLUSION_OPTIONS)}
      </Flex>
      {active.length > 0 && (
        <Flex wrap gap={8} align="center" role="group" aria-label="Aktywne filtry">
          <Typography.Text type="secondary">Aktywne filtry:</Typography.Text>
          {active.map((key) => (
            <Tag
              key={key}
              color="blue"
              closable={{ 'aria-label': `Usuń filtr: ${FILTER_LABELS[key].toLowerCase()}` }}
              onClose={(e) => {
                e.preventDefault();
                removeFilter(key);
              }}
              style={{ marginInlineEnd: 0 }}
            >
              {FILTER_LABELS[key]}: {shown[key] ?? '…'}
            </Tag>
          ))}
          <Button size="small" icon={<ClearOutlined />} onClick={clearAll}>
            Wyczyść filtry
          </Button>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Typography.Text strong aria-live="polite">
        Znaleziono: {total}
      </Typography.Text>
      <Table<ParticipantRow>
        rowKey="id"
        className={RESULTS}
        size="middle"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: 'Brak uczestników spełniających kryteria' }}
        onRow={(row) =>
          canOpen
            ? {
                onClick: () => navigate(`/participants/${row.id}`),
                onKeyDown: arrowThroughResults,
                style: { cursor: 'pointer' },
              }
            : {}
        }
        onChange={(pagination, _filters, sorter) => {
          const s = sorter as SorterResult<ParticipantRow>;
          const sort = (s.order ? s.columnKey : 'lastName') as ParticipantSortField;
          const dir = s.order === 'descend' ? 'desc' : 'asc';
          const sortChanged = sort !== criteria.sort || dir !== criteria.dir;
          void search(
            sortChanged
              ? { sort, dir }
              : {
                  page: pagination.current ?? 1,
                  pageSize: pagination.pageSize ?? criteria.pageSize,
                },
          );
        }}
        pagination={corePager({
          page: criteria.page,
          pageSize: criteria.pageSize,
          total,
          sizes: [25, 50, 100],
          showTotal: (n, [from, to]) => `${from}–${to} z ${n}`,
        })}
        columns={[
          {
            title: L.lastName,
            dataIndex: 'lastName',
            ...sortable('lastName', criteria),
            render: (name: string, row) =>
              canOpen ? (
                <Link to={`/participants/${row.id}`} onClick={(e) => e.stopPropagation()}>
                  {name}
                </Link>
              ) : (
                name
              ),
          },
          { title: L.firstName, dataIndex: 'firstName', ...sortable('firstName', criteria) },
          {
            title: 'PESEL / nr dokumentu',
            key: 'identity',
            onCell: nowrapCell,
            render: (_, row) =>
              row.pesel ?? (row.documentNumber ? `dok. ${row.documentNumber}` : '—'),
          },
          {
            title: L.birthDate,
            dataIndex: 'birthDate',
            onCell: nowrapCell,
            render: formatDate,
            ...sortable('birthDate', criteria),
          },
          { title: L.locality, dataIndex: 'locality', ...sortable('locality', criteria) },
          {
            title: L.socialWorkerId,
            dataIndex: 'socialWorkerName',
            render: (n: string | null) => n ?? '—',
          },
        ]}
      />
    </Flex>
  );
}
