import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Flex, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ProjectSummary } from '../../../src-main/contract/projects';
import { formatDate } from '../../../src-main/domain/dates';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { useCan } from '../accounts/can';
import { ListTable, useSearched } from '../../ui/ListTable';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ScreenTitle } from '../../ui/ScreenTitle';

const total = (p: ProjectSummary) => p.plannedWomen + p.plannedMen;

const columns: TableColumnsType<ProjectSummary> = [
  {
    title: 'Tytuł',
    dataIndex: 'title',
    render: (title: string, p) => <Link to={`/projects/${p.id}`}>{title}</Link>,
    sorter: (a, b) => comparePolish(a.title, b.title),
    defaultSortOrder: 'ascend',
  },
  {
    title: 'Program',
    dataIndex: 'programme',
    sorter: (a, b) => comparePolish(a.programme, b.programme),
  },
  {
    title: 'Edycja',
    dataIndex: 'edition',
    render: (edition: string | null) => edition ?? '—',
    sorter: (a, b) => comparePolish(a.edition ?? '', b.edition ?? ''),
  },
  {
    title: 'Okres',
    key: 'period',
    render: (_, p) => `${formatDate(p.startDate)}–${formatDate(p.endDate)}`,
    sorter: (a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate),
  },
  {
    title: 'Plan K/M',
    key: 'plan',
    align: 'right',
    render: (_, p) => `${p.plannedWomen} K / ${p.plannedMen} M (razem ${total(p)})`,
    sorter: (a, b) => total(a) - total(b),
  },
  {
    title: 'Zgłoszeni / uczestnicy',
    key: 'enrolled',
    align: 'right',
    render: (_, p) => `${p.enrolled} / ${p.participants}`,
    sorter: (a, b) => a.enrolled - b.enrolled || a.participants - b.participants,
  },
];

const searchedText = (p: ProjectSummary) => p.title;

/** Projekty: every project and edition of the office, searchable by title. */
export function ProjectListScreen() {
  const navigate = useNavigate();
  const projects = useFeature('projects', (s) => s.projects);
  const loading = useFeature('projects', (s) => s.loading);
  const error = useFeature('projects', (s) => s.error);
  const load = useFeature('projects', (s) => s.load);
  const watchList = useFeature('projects', (s) => s.watchList);
  const [query, setQuery] = useState('');
  const canCreate = useCan('projects.create');

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => watchList(), [watchList]);

  const shown = useSearched(projects, query, searchedText);

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/projects/new')}
            >
              Nowy projekt
            </Button>
          )
        }
      >
        Projekty
      </ScreenTitle>
      <Input.Search
        aria-label="Szukaj projektu po tytule"
        placeholder="Szukaj po tytule, np. klub integracji"
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ maxWidth: 420 }}
      />
      <LoadErrorAlert error={error} onRetry={() => void load()} />
      <ListTable<ProjectSummary>
        columns={columns}
        rows={shown}
        loading={loading}
        filtered={query !== ''}
        emptyText={{
          none: 'Nie ma jeszcze projektów',
          noMatch: 'Żaden projekt nie pasuje do wyszukiwania',
        }}
      />
    </Flex>
  );
}
