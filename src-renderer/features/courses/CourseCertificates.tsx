import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { CourseCertificateEntry } from '../../../src-main/contract/course-certificates';
import type { Course } from '../../../src-main/contract/courses';
import { useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { createReadStore } from '../club/attendance/read-store';
import { CertificateActions, certificateColumns } from './CertificateActions';
import { courseBatch, type Batch } from './course-print';

/** The course's certificates (valid and revoked), each with its actions; all valid ones reprinted. */
export function CourseCertificates(props: {
  course: Course;
  onChanged: () => void;
  onBatch: (batch: Batch) => void;
}) {
  const { course, onChanged, onBatch } = props;
  const { api } = useStores();
  const canPrint = useCan('courses.printCertificates');
  const [store] = useState(() =>
    createReadStore(api, (courseId: number) => api.call('courses.certificates', { courseId })),
  );
  const entries = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  useEffect(() => {
    void store.getState().load(course.id);
  }, [store, course.id]);
  useEffect(() => store.getState().watch(['courses']), [store]);

  const valid = (entries ?? []).filter((e) => e.status === 'valid');
  const changed = () => {
    void store.getState().reread();
    onChanged();
  };

  return (
    <section aria-labelledby="course-certificates">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} id="course-certificates" className="attendance-title">
          Zaświadczenia kursu
        </Typography.Title>
        {canPrint && (
          <Button
            icon={<PrinterOutlined />}
            disabled={valid.length === 0}
            onClick={() => {
              onBatch(
                courseBatch(
                  api,
                  course,
                  valid.map((e) => e.id),
                ),
              );
            }}
          >
            Drukuj wszystkie ważne ({valid.length})
          </Button>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<CourseCertificateEntry>
        size="small"
        rowKey="id"
        loading={!entries && !error}
        dataSource={entries ?? []}
        pagination={(entries?.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: 'Nie wydano jeszcze zaświadczeń tego kursu' }}
        columns={[
          ...certificateColumns(false),
          {
            title: 'Działania',
            key: 'actions',
            render: (_, e) => <CertificateActions entry={e} onChanged={changed} />,
          },
        ]}
      />
    </section>
  );
}
