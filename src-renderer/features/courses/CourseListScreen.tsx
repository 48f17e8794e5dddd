import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Flex, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CourseSummary } from '../../../src-main/contract/courses';
import { formatDate } from '../../../src-main/domain/dates';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature } from '../../app/stores';
import { ListTable, useSearched } from '../../ui/ListTable';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useCan } from '../accounts/can';
import { ProjectFilter } from '../projects/ProjectFilter';
import { CoursesNav } from './CoursesNav';

const columns: TableColumnsType<CourseSummary> = [
  {
    title: 'Kurs',
    dataIndex: 'name',
    render: (name: string, c) => <Link to={`/courses/${c.id}`}>{name}</Link>,
    sorter: (a, b) => comparePolish(a.name, b.name),
  },
  {
    title: 'Organizator',
    dataIndex: 'provider',
    sorter: (a, b) => comparePolish(a.provider, b.provider),
  },
  {
    title: 'Termin',
    key: 'dates',
    className: 'nowrap',
    render: (_, c) => `${formatDate(c.startDate)}–${formatDate(c.endDate)}`,
    sorter: (a, b) => a.startDate.localeCompare(b.startDate),
    defaultSortOrder: 'descend',
  },
  {
    title: 'Godziny',
    dataIndex: 'totalHours',
    align: 'right',
    render: (h: number) => `${h} h`,
    sorter: (a, b) => a.totalHours - b.totalHours,
  },
  {
    title: 'Uczestnicy',
    dataIndex: 'participants',
    align: 'right',
    sorter: (a, b) => a.participants - b.participants,
  },
  {
    title: 'Zaświadczenia',
    dataIndex: 'certificates',
    align: 'right',
    sorter: (a, b) => a.certificates - b.certificates,
  },
  {
    title: 'Projekt',
    dataIndex: 'project',
    sorter: (a, b) => comparePolish(a.project, b.project),
  },
];

const searchedText = (c: CourseSummary) => `${c.name} ${c.provider}`;

/** "Kursy zawodowe": the courses of every project or of one, searched by name or provider. */
export function CourseListScreen() {
  const navigate = useNavigate();
  const courses = useFeature('courses', (s) => s.courses);
  const projectId = useFeature('courses', (s) => s.projectId);
  const loading = useFeature('courses', (s) => s.loading);
  const error = useFeature('courses', (s) => s.error);
  const loadCourses = useFeature('courses', (s) => s.loadCourses);
  const watchList = useFeature('courses', (s) => s.watchList);
  const loadProjects = useFeature('projects', (s) => s.load);
  const canCreate = useCan('courses.save');
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadCourses();
    void loadProjects();
  }, [loadCourses, loadProjects]);
  useEffect(() => watchList(), [watchList]);

  const shown = useSearched(courses, query, searchedText);

  return (
    <Flex vertical gap="middle">
      <ScreenTitle
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/courses/new')}>
              Nowy kurs
            </Button>
          )
        }
      >
        Kursy zawodowe
      </ScreenTitle>
      <CoursesNav />
      <Flex gap={8} wrap>
        <Input.Search
          aria-label="Szukaj kursu po nazwie lub organizatorze"
          placeholder="Szukaj po nazwie kursu lub organizatorze"
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 380 }}
        />
        <ProjectFilter value={projectId} onChange={(id) => void loadCourses(id ?? null)} />
      </Flex>
      <LoadErrorAlert error={error} onRetry={() => void loadCourses()} />
      <ListTable<CourseSummary>
        columns={columns}
        rows={shown}
        loading={loading && courses.length === 0}
        filtered={query !== '' || projectId !== undefined}
        emptyText={{
          none: 'Nie ma jeszcze kursów zawodowych',
          noMatch: 'Żaden kurs nie pasuje do wyszukiwania',
        }}
      />
    </Flex>
  );
}
