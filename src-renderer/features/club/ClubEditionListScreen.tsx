import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Flex, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { EditionSummary } from '../../../src-main/contract/club';
import { formatDate } from '../../../src-main/domain/dates';
import { plural } from '../../../src-main/domain/plural';
import { comparePolish, searchKey } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useCan } from '../accounts/can';

const columns: TableColumnsType<EditionSummary> = [
  {
    title: 'Edycja',
    dataIndex: 'name',
    render: (name: string, e) => <Link to={`/club/${e.id}`}>{name}</Link>,
    sorter: (a, b) => comparePolish(a.name, b.name),
  },
  {
    title: 'Projekt',
    dataIndex: 'projectTitle',
    sorter: (a, b) => comparePolish(a.projectTitle, b.projectTitle),
  },
  {
    title: 'Cykl',
    key: 'cycle',
    render: (_, e) => `${formatDate(e.startDate)}–${formatDate(e.endDate)} (${e.weeks} tyg.)`,
    sorter: (a, b) => a.startDate.localeCompare(b.startDate),
    defaultSortOrder: 'descend',
  },
  { title: 'Grupy', dataIndex: 'groups', align: 'right', sorter: (a, b) => a.groups - b.groups },
  {
    title: 'Harmonogram',
    key: 'plan',
    render: (_, e) =>
      e.plannedAt
        ? `${e.sessions} ${plural(e.sessions, 'zajęcia', 'zajęcia', 'zajęć')}, ułożony ${formatDate(e.plannedAt.slice(0, 10))}`
        : 'nieułożony',
    sorter: (a, b) => a.sessions - b.sessions,
  },
];

/** Klub Integracji Społecznej: the club's editions, by project. */
export function ClubEditionListScreen() {
  const navigate = useNavigate();
  const editions = useFeature('club', (s) => s.editions);
  const projectId = useFeature('club', (s) => s.projectId);
  const loading = useFeature('club', (s) => s.loading);
  const error = useFeature('club', (s) => s.error);
  const loadEditions = useFeature('club', (s) => s.loadEditions);
  const watchList = useFeature('club', (s) => s.watchList);
  const projects = useFeature('projects', (s) => s.projects);
  const loadProjects = useFeature('projects', (s) => s.load);
  const canCreate = useCan('club.createEdition');
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadEditions();
    void loadProjects();
  }, [loadEditions, loadProjects]);
  useEffect(() => watchList(), [watchList]);

  const shown = useMemo(() => {
    const key = searchKey(query);
    return key ? editions.filter((e) => searchKey(e.name).includes(key)) : editions;
  }, [editions, query]);
  const projectOptions = [...projects]
    .sort((a, b) => comparePolish(a.title, b.title))
    .map((p) => ({ value: p.id, label: p.title }));

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/club/new')}>
              Nowa edycja
            </Button>
          )
        }
      >
        Klub Integracji Społecznej
      </ScreenTitle>
      <Flex gap={8} wrap>
        <Input.Search
          aria-label="Szukaj edycji po nazwie"
          placeholder="Szukaj po nazwie edycji"
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 360 }}
        />
        <Select
          aria-label="Projekt"
          placeholder="Wszystkie projekty"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={projectId ?? null}
          options={projectOptions}
          onChange={(id: number | null | undefined) => void loadEditions(id ?? null)}
          style={{ minWidth: 320 }}
        />
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          action={<Button onClick={() => void loadEditions()}>Spróbuj ponownie</Button>}
        />
      )}
      <Table<EditionSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={shown.length > 25 ? { pageSize: 25, showSizeChanger: false } : false}
        locale={{
          emptyText:
            query || projectId !== undefined
              ? 'Żadna edycja nie pasuje do wyszukiwania'
              : 'Nie ma jeszcze edycji klubu',
        }}
      />
    </Flex>
  );
}
