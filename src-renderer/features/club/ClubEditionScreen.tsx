import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert, Flex, Spin, Tabs } from 'antd';
import type { ClubProgramme } from '../../../src-main/contract/club';
import { useFeature } from '../../app/stores';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useGuardedAction } from '../../ui/leave-guard';
import { useCan } from '../accounts/can';
import { AttendanceTab } from './attendance/AttendanceTab';
import { CertificatesTab } from './attendance/CertificatesTab';
import { EditionForm } from './EditionForm';
import { GroupsTab } from './GroupsTab';
import { ModulesTab } from './ModulesTab';
import { RoomsTab } from './RoomsTab';
import { TrainersTab } from './TrainersTab';
import { TimetablePanel } from './timetable/TimetablePanel';
import { TimetablePrintActions } from './timetable/TimetablePrintActions';

const TABS = [
  'edition',
  'programme',
  'groups',
  'trainers',
  'rooms',
  'timetable',
  'attendance',
  'certificates',
] as const;
type Tab = (typeof TABS)[number];

/** /club/new and /club/:id — an edition of the club with its programme, people, rooms and plan. */
export function ClubEditionScreen() {
  const params = useParams();
  const id = params.id === undefined ? undefined : Number(params.id);
  const current = useFeature('club', (s) => s.current);
  const currentError = useFeature('club', (s) => s.currentError);
  const loadOne = useFeature('club', (s) => s.loadOne);
  const watchEdition = useFeature('club', (s) => s.watchEdition);

  useEffect(() => {
    if (id !== undefined) void loadOne(id);
  }, [id, loadOne]);
  useEffect(() => (id === undefined ? undefined : watchEdition()), [id, watchEdition]);

  const loaded = id !== undefined && current?.edition.id === id ? current : null;
  const title =
    id === undefined
      ? 'Nowa edycja klubu'
      : loaded
        ? `Edycja klubu: ${loaded.edition.name}`
        : 'Edycja klubu';

  return (
    <Flex vertical gap="middle">
      <ScreenTitle kind="Klub Integracji Społecznej">{title}</ScreenTitle>
      {id === undefined ? (
        <NewEdition />
      ) : loaded ? (
        <EditionTabs programme={loaded} />
      ) : currentError ? (
        <Alert type="error" showIcon title={currentError} />
      ) : (
        <Spin description="Wczytywanie…" />
      )}
    </Flex>
  );
}

function NewEdition() {
  const canSave = useCan('club.createEdition');
  return <EditionForm edition={null} canSave={canSave} />;
}

function EditionTabs({ programme }: { programme: ClubProgramme }) {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : 'edition';
  const canSave = useCan('club.updateEdition');
  const canSeeAttendance = useCan('attendance.month');
  const canSeeFigures = useCan('club.figures');
  // The attendance grid's unsaved cells are asked about before another tab replaces it.
  const guarded = useGuardedAction();
  const { edition } = programme;
  const count = (n: number) => (n > 0 ? ` (${n})` : '');

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => guarded(() => setSearch({ tab: key }, { replace: true }))}
      destroyOnHidden
      items={[
        {
          key: 'edition',
          label: 'Edycja',
          // Keyed by the edition: a refresh after another window's write keeps what is typed.
          children: <EditionForm key={edition.id} edition={edition} canSave={canSave} />,
        },
        {
          key: 'programme',
          label: `Program${count(programme.modules.length)}`,
          children: <ModulesTab programme={programme} canSave={canSave} />,
        },
        {
          key: 'groups',
          label: `Grupy${count(programme.groups.length)}`,
          children: <GroupsTab programme={programme} canSave={canSave} />,
        },
        {
          key: 'trainers',
          label: `Prowadzący${count(programme.trainers.length)}`,
          children: <TrainersTab programme={programme} canSave={canSave} />,
        },
        {
          key: 'rooms',
          label: `Sale${count(programme.rooms.length)}`,
          children: <RoomsTab programme={programme} canSave={canSave} />,
        },
        {
          key: 'timetable',
          label: 'Harmonogram',
          children: (
            <TimetablePanel
              editionId={edition.id}
              printActions={(shown) => (
                <TimetablePrintActions programme={programme} shown={shown} />
              )}
            />
          ),
        },
        ...(canSeeAttendance
          ? [
              {
                key: 'attendance',
                label: 'Obecność',
                children: <AttendanceTab programme={programme} />,
              },
            ]
          : []),
        ...(canSeeFigures
          ? [
              {
                key: 'certificates',
                label: 'Zaświadczenia',
                children: <CertificatesTab editionId={edition.id} />,
              },
            ]
          : []),
      ]}
    />
  );
}
