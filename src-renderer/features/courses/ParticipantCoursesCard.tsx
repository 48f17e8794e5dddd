import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Table } from 'antd';
import { useStore } from 'zustand';
import type { PersonCourse } from '../../../src-main/contract/courses';
import { formatDate } from '../../../src-main/domain/dates';
import { useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { createReadStore } from '../club/attendance/read-store';
import { examText } from './course-view';

/**
 * The participant card's "Kursy zawodowe": the person's courses with the share attended, the
 * exam and the certificates (a revoked one said so). Nothing is shown for someone on no course.
 */
export function ParticipantCoursesCard({ participantId }: { participantId: number }) {
  const { api } = useStores();
  const allowed = useCan('courses.ofParticipant');
  const mayOpen = useCan('courses.get');
  const [store] = useState(() =>
    createReadStore(api, (id: number) => api.call('courses.ofParticipant', { participantId: id })),
  );
  const courses = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);

  useEffect(() => {
    if (allowed) void store.getState().load(participantId);
  }, [store, participantId, allowed]);
  useEffect(() => (allowed ? store.getState().watch(['courses']) : undefined), [store, allowed]);

  if (!allowed || (!error && !courses?.length)) return null;
  return (
    <Card size="small" title="Kursy zawodowe">
      {error && <Alert type="error" showIcon title={error} />}
      <Table<PersonCourse>
        size="small"
        rowKey="courseId"
        pagination={false}
        dataSource={courses ?? []}
        columns={[
          {
            title: 'Kurs',
            dataIndex: 'course',
            render: (name: string, c) =>
              mayOpen ? <Link to={`/courses/${c.courseId}`}>{name}</Link> : name,
          },
          { title: 'Projekt', dataIndex: 'project' },
          {
            title: 'Termin',
            key: 'dates',
            className: 'nowrap',
            render: (_, c) => `${formatDate(c.startDate)}–${formatDate(c.endDate)}`,
          },
          { title: 'Godziny', dataIndex: 'totalHours', align: 'right', render: (h) => `${h} h` },
          {
            title: 'Obecność',
            dataIndex: 'percent',
            align: 'right',
            render: (p: number) => <span className="nowrap">{p} %</span>,
          },
          { title: 'Egzamin', key: 'exam', render: (_, c) => examText(c.exam) },
          {
            title: 'Zaświadczenia',
            key: 'certificates',
            render: (_, c) =>
              c.certificates.length
                ? c.certificates
                    .map(
                      (x) =>
                        `nr ${x.number} z ${formatDate(x.issuedOn)}${x.revoked ? ' (unieważnione)' : ''}`,
                    )
                    .join('; ')
                : '—',
          },
        ]}
      />
    </Card>
  );
}
