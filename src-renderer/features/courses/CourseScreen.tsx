import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert, Flex, Spin, Tabs } from 'antd';
import type { Course } from '../../../src-main/contract/courses';
import { formatDate } from '../../../src-main/domain/dates';
import { useFeature } from '../../app/stores';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useGuardedAction } from '../../ui/leave-guard';
import { useCan } from '../accounts/can';
import { ClassesTab } from './ClassesTab';
import { CompletionTab } from './CompletionTab';
import { CourseAttendanceTab } from './CourseAttendanceTab';
import { CourseForm } from './CourseForm';
import { CoursesNav } from './CoursesNav';
import { ExamTab } from './ExamTab';
import { ParticipantsTab } from './ParticipantsTab';
import { preloadPdfRenderer } from '../../documents/render-browser';

const TABS = ['course', 'participants', 'classes', 'attendance', 'exam', 'completion'] as const;
type Tab = (typeof TABS)[number];

/** /courses/new and /courses/:id — a vocational course from its programme to its certificates. */
export function CourseScreen() {
  const params = useParams();
  const id = params.id === undefined ? undefined : Number(params.id);
  const current = useFeature('courses', (s) => s.current);
  const currentError = useFeature('courses', (s) => s.currentError);
  const loadOne = useFeature('courses', (s) => s.loadOne);
  const watchCourse = useFeature('courses', (s) => s.watchCourse);

  useEffect(() => {
    if (id !== undefined) void loadOne(id);
    // A course's lists and certificates are printed from its tabs: warm the renderer up.
    preloadPdfRenderer();
  }, [id, loadOne]);
  useEffect(() => (id === undefined ? undefined : watchCourse()), [id, watchCourse]);

  const loaded = id !== undefined && current?.id === id ? current : null;
  const title = id === undefined ? 'Nowy kurs' : loaded ? `Kurs: ${loaded.name}` : 'Kurs zawodowy';

  return (
    <Flex vertical gap="middle">
      <ScreenTitle kind="Kursy zawodowe">{title}</ScreenTitle>
      <CoursesNav />
      {id === undefined ? (
        <CourseForm course={null} />
      ) : loaded ? (
        <CourseTabs course={loaded} />
      ) : currentError ? (
        <Alert type="error" showIcon title={currentError} />
      ) : (
        <Spin description="Wczytywanie…" />
      )}
    </Flex>
  );
}

function CourseTabs({ course }: { course: Course }) {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab') as Tab | null;
  const showExam = course.examRequired || course.participants.some((p) => p.exam);
  const canSeeCompletion = useCan('courses.completion');
  const shown = TABS.filter(
    (t) => (t !== 'exam' || showExam) && (t !== 'completion' || canSeeCompletion),
  );
  const tab: Tab = asked && shown.includes(asked) ? asked : 'course';
  // Unsaved rows (classes, grid cells, exam results) are asked about before another tab.
  const guarded = useGuardedAction();
  const count = (n: number) => (n > 0 ? ` (${n})` : '');

  const items = [
    {
      key: 'course',
      label: 'Dane kursu',
      // Keyed by the course: another window's write does not replace what is being typed.
      children: <CourseForm key={course.id} course={course} />,
    },
    {
      key: 'participants',
      label: `Uczestnicy${count(course.participants.length)}`,
      children: <ParticipantsTab course={course} />,
    },
    {
      key: 'classes',
      label: `Zajęcia${count(course.classes.length)}`,
      children: <ClassesTab course={course} />,
    },
    { key: 'attendance', label: 'Obecność', children: <CourseAttendanceTab course={course} /> },
    { key: 'exam', label: 'Egzamin', children: <ExamTab course={course} /> },
    {
      key: 'completion',
      label: 'Ukończenie i zaświadczenia',
      children: <CompletionTab course={course} />,
    },
  ].filter((i) => shown.includes(i.key as Tab));

  return (
    <Flex vertical gap={4}>
      <span className="course-facts">
        {course.provider} · {formatDate(course.startDate)}–{formatDate(course.endDate)} ·{' '}
        {course.totalHours} h · {course.project}
      </span>
      <Tabs
        activeKey={tab}
        onChange={(key) => guarded(() => setSearch({ tab: key }, { replace: true }))}
        destroyOnHidden
        items={items}
      />
    </Flex>
  );
}
