import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { Course, CourseCompletionRow } from '../../../src-main/contract/courses';
import { useStores } from '../../app/stores';
import { ToneTag } from '../../ui/ToneTag';
import { useCan } from '../accounts/can';
import { createReadStore } from '../club/attendance/read-store';
import { CertificateBatchDialog } from './CertificateBatchDialog';
import { CourseCertificates } from './CourseCertificates';
import { attendedOfRequired, completionState, examText, issuePlan } from './course-view';
import { IssueCertificatesDialog } from './IssueCertificatesDialog';
import './courses.css';
import type { Batch } from './course-print';

/**
 * "Ukończenie i zaświadczenia": who completed the course (hours attended of those required,
 * the percentage, the exam) and who did not and why; "Wydaj zaświadczenia" for everyone
 * eligible, printed as one batch; below, the course's certificates with their actions.
 */
export function CompletionTab({ course }: { course: Course }) {
  const { api } = useStores();
  const [store] = useState(() =>
    createReadStore(api, (courseId: number) => api.call('courses.completion', { courseId })),
  );
  const completion = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const canIssue = useCan('courses.issueCertificates');
  const [issuing, setIssuing] = useState(false);
  const [batch, setBatch] = useState<Batch | null>(null);
  // The certificates' list is read again after each issue (its key changes).
  const [issuedTimes, setIssuedTimes] = useState(0);

  useEffect(() => {
    void store.getState().load(course.id);
  }, [store, course.id]);
  useEffect(() => store.getState().watch(['courses', 'participants']), [store]);

  const rows = completion?.courseId === course.id ? completion.people : null;
  const plan = rows ? issuePlan(rows) : null;

  return (
    <Flex vertical gap="large">
      <section aria-labelledby="course-completion">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={2} id="course-completion" className="attendance-title">
            Ukończenie kursu
          </Typography.Title>
          {canIssue && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              disabled={!plan || plan.eligible.length === 0}
              onClick={() => setIssuing(true)}
            >
              Wydaj zaświadczenia
              {plan && plan.eligible.length > 0 ? ` (${plan.eligible.length})` : ''}
            </Button>
          )}
        </Flex>
        {completion && (
          <Typography.Paragraph type="secondary">
            Zaświadczenie otrzymuje osoba z obecnością co najmniej {completion.minAttendancePercent}{' '}
            % godzin kursu{completion.examRequired ? ', która zdała egzamin końcowy' : ''}, gdy
            wszystkie zajęcia mają zapisaną obecność.
          </Typography.Paragraph>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        <Table<CourseCompletionRow>
          rowKey="participantId"
          size="middle"
          loading={!rows && !error}
          dataSource={rows ?? []}
          pagination={false}
          locale={{ emptyText: 'Kurs nie ma jeszcze uczestników' }}
          columns={[
            { title: 'Nazwisko i imię', dataIndex: 'name' },
            {
              title: 'Godziny obecności z wymaganych',
              key: 'hours',
              render: (_, r) => <span className="nowrap">{attendedOfRequired(r)}</span>,
            },
            {
              title: 'Obecność',
              dataIndex: 'percent',
              align: 'right',
              render: (p: number) => <span className="nowrap">{p} %</span>,
            },
            { title: 'Egzamin', key: 'exam', render: (_, r) => examText(r.exam) },
            {
              title: 'Ukończenie',
              key: 'state',
              render: (_, r) => {
                const state = completionState(r);
                return (
                  <Flex vertical gap={4} align="start">
                    <ToneTag tone={state.tone}>{state.label}</ToneTag>
                    {state.reasons && <span>{state.reasons}</span>}
                    {r.warnings.map((w) => (
                      <Typography.Text key={w.message} type="warning">
                        {w.message}
                      </Typography.Text>
                    ))}
                  </Flex>
                );
              },
            },
          ]}
        />
      </section>
      <CourseCertificates
        key={issuedTimes}
        course={course}
        onChanged={() => void store.getState().reread()}
        onBatch={setBatch}
      />
      {issuing && rows && (
        <IssueCertificatesDialog
          course={course}
          rows={rows}
          onClose={() => setIssuing(false)}
          onIssued={(next) => {
            setIssuedTimes((n) => n + 1);
            void store.getState().reread();
            setBatch(next);
          }}
        />
      )}
      {batch && (
        <CertificateBatchDialog
          title={batch.title}
          fileName={batch.fileName}
          load={batch.load}
          onClose={() => setBatch(null)}
        />
      )}
    </Flex>
  );
}
