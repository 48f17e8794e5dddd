import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Flex, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { EditionSummary } from '../../../src-main/contract/club';
import { formatDate } from '../../../src-main/domain/dates';
import { plural } from '../../../src-main/domain/plural';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { ListTable, useSearched } from '../../ui/ListTable';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useCan } from '../accounts/can';
import { ProjectFilter } from '../projects/ProjectFilter';

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

const searchedText = (e: EditionSummary) => e.name;

/** Klub Integracji Społecznej: the club's editions, by project. */
export function ClubEditionListScreen() {
  const navigate = useNavigate();
  const editions = useFeature('club', (s) => s.editions);
  const projectId = useFeature('club', (s) => s.projectId);
  const loading = useFeature('club', (s) => s.loading);
  const error = useFeature('club', (s) => s.error);
  const loadEditions = useFeature('club', (s) => s.loadEditions);
  const watchList = useFeature('club', (s) => s.watchList);
  const loadProjects = useFeature('projects', (s) => s.load);
  const canCreate = useCan('club.createEdition');
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadEditions();
    void loadProjects();
  }, [loadEditions, loadProjects]);
  useEffect(() => watchList(), [watchList]);

  const shown = useSearched(editions, query, searchedText);

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
        <ProjectFilter value={projectId} onChange={(id) => void loadEditions(id ?? null)} />
      </Flex>
      <LoadErrorAlert error={error} onRetry={() => void loadEditions()} />
      <ListTable<EditionSummary>
        columns={columns}
        rows={shown}
        loading={loading}
        filtered={query !== '' || projectId !== undefined}
        emptyText={{
          none: 'Nie ma jeszcze edycji klubu',
          noMatch: 'Żadna edycja nie pasuje do wyszukiwania',
        }}
      />
    </Flex>
  );
}
