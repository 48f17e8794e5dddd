import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Flex, Input, Modal, Table, Typography } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import type { ParticipantRow } from '../../../src-main/contract/participants';
import type { Course, CourseParticipant } from '../../../src-main/contract/courses';
import { plural } from '../../../src-main/domain/plural';
import { comparePolish, searchKey } from '../../../src-main/domain/text';
import { errorMessage } from '../../api/client';
import { useFeature, useStores } from '../../app/stores';
import { FailureAlert } from '../../ui/FailureAlert';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import { SEX_LABELS } from '../participants/participant-labels';
import { examText } from './course-view';

/**
 * "Uczestnicy": the course's people, taken from those enrolled in its project with the status
 * "uczestnik"; someone with recorded attendance, an exam result or a certificate stays (the
 * core says so when asked to take them off).
 */
export function ParticipantsTab({ course }: { course: Course }) {
  const { modal } = App.useApp();
  const toast = useToast();
  const canSave = useCan('courses.setParticipants');
  const setParticipants = useFeature('courses', (s) => s.setParticipants);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = (p: CourseParticipant) =>
    modal.confirm({
      title: `Usunąć z kursu: ${p.name}?`,
      content:
        'Osoba zniknie z list obecności kursu. Nie da się usunąć kogoś, czyja obecność, egzamin albo zaświadczenie są już zapisane.',
      okText: 'Usuń z kursu',
      okButtonProps: { danger: true },
      cancelText: 'Wróć',
      onOk: async () => {
        setError(null);
        try {
          await setParticipants({
            courseId: course.id,
            participantIds: course.participants
              .filter((x) => x.participantId !== p.participantId)
              .map((x) => x.participantId),
          });
          toast.success(`Usunięto z kursu: ${p.name}`);
        } catch (e) {
          setError(errorMessage(e));
        }
      },
    });

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            Dodaj uczestników z projektu
          </Button>
        </div>
      )}
      {error && <FailureAlert title="Nie zmieniono listy uczestników" description={error} />}
      <Table<CourseParticipant>
        rowKey="participantId"
        size="middle"
        pagination={false}
        dataSource={course.participants}
        locale={{ emptyText: 'Kurs nie ma jeszcze uczestników' }}
        columns={[
          {
            title: 'Lp.',
            key: 'n',
            width: '4em',
            render: (_, __, i) => `${i + 1}.`,
          },
          {
            title: 'Nazwisko i imię',
            dataIndex: 'name',
            sorter: (a, b) => comparePolish(a.name, b.name),
            render: (name: string, p) => (
              <Link to={`/participants/${p.participantId}`}>{name}</Link>
            ),
          },
          { title: 'Płeć', dataIndex: 'sex', render: (s: 'K' | 'M') => SEX_LABELS[s] },
          { title: 'Egzamin', key: 'exam', render: (_, p) => examText(p.exam) },
          ...(canSave
            ? [
                {
                  title: 'Działania',
                  key: 'actions',
                  render: (_: unknown, p: CourseParticipant) => (
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Usuń z kursu: ${p.name}`}
                      title="Usuń z kursu"
                      onClick={() => remove(p)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && <AddParticipantsDialog course={course} onClose={() => setAdding(false)} />}
    </Flex>
  );
}

/** The project's participants (status "uczestnik") not yet on the course, to tick and add. */
function AddParticipantsDialog({ course, onClose }: { course: Course; onClose: () => void }) {
  const { api } = useStores();
  const toast = useToast();
  const setParticipants = useFeature('courses', (s) => s.setParticipants);
  const saving = useFeature('courses', (s) => s.saving);
  const [people, setPeople] = useState<ParticipantRow[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    api
      .call('participants.search', {
        projectId: course.projectId,
        status: 'participant',
        pageSize: 200,
      })
      .then(
        (r) => live && setPeople(r.rows),
        (e: unknown) => live && setLoadError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [api, course.projectId]);

  const onCourse = new Set(course.participants.map((p) => p.participantId));
  const candidates = useMemo(() => {
    const key = searchKey(query);
    return (people ?? [])
      .filter((p) => !onCourse.has(p.id))
      .filter((p) => !key || searchKey(`${p.lastName} ${p.firstName} ${p.locality}`).includes(key))
      .sort((a, b) =>
        comparePolish(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [people, query, course.participants]);

  async function save() {
    setError(null);
    try {
      await setParticipants({
        courseId: course.id,
        participantIds: [...onCourse, ...picked],
      });
      toast.success(
        `Dodano do kursu ${picked.length} ${plural(picked.length, 'osobę', 'osoby', 'osób')}`,
      );
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      width={760}
      title={`Dodaj uczestników: ${course.name}`}
      okText={picked.length ? `Dodaj (${picked.length})` : 'Dodaj'}
      okButtonProps={{ disabled: picked.length === 0 }}
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          Do kursu można dodać osoby zapisane do projektu „{course.project}” ze statusem
          „uczestnik”.
        </Typography.Paragraph>
        <Input.Search
          aria-label="Szukaj osoby po nazwisku, imieniu lub miejscowości"
          placeholder="Szukaj po nazwisku"
          allowClear
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {loadError && <Alert type="error" showIcon title={loadError} />}
        <Table<ParticipantRow>
          rowKey="id"
          size="small"
          loading={!people && !loadError}
          dataSource={candidates}
          pagination={candidates.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          rowSelection={{
            selectedRowKeys: picked,
            onChange: (keys) => setPicked(keys as number[]),
            getCheckboxProps: (p) => ({ 'aria-label': `Wybierz: ${p.lastName} ${p.firstName}` }),
            columnTitle: (checkbox) => checkbox,
          }}
          locale={{
            emptyText: query
              ? 'Nikt nie pasuje do wyszukiwania'
              : 'Wszyscy uczestnicy projektu są już na kursie (albo projekt nie ma uczestników)',
          }}
          columns={[
            {
              title: 'Nazwisko i imię',
              key: 'name',
              render: (_, p) => `${p.lastName} ${p.firstName}`,
            },
            { title: 'Miejscowość', dataIndex: 'locality' },
          ]}
        />
        {error && <FailureAlert title="Nie dodano uczestników" description={error} />}
      </Flex>
    </Modal>
  );
}
