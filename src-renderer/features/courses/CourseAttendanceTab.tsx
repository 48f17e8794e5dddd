import { useEffect, useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { MonthGrid as Grid } from '../../../src-main/contract/attendance';
import type { Course } from '../../../src-main/contract/courses';
import { useStores } from '../../app/stores';
import { useLeaveGuard } from '../../ui/leave-guard';
import { useCan } from '../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../contracts/PdfPreviewDialog';
import { courseListsPdf } from '../club/attendance/attendance-print';
import { LoadedGridEditor, useGridDrafts } from '../club/attendance/GridEditor';
import { changedCount, type CellInput } from '../club/attendance/month-grid';
import { createReadStore } from '../club/attendance/read-store';
import { SessionAttendanceDialog } from '../club/attendance/SessionAttendanceDialog';
import '../club/attendance/attendance.css';

/**
 * "Obecność": the course's people × its classes — the club's grid and session dialog, with
 * the course standing for the group and a class's topic for the module — saved in one go,
 * and the lists to print (one class's from its column's head, or all of them).
 */
export function CourseAttendanceTab({ course }: { course: Course }) {
  const { api } = useStores();
  const [store] = useState(() =>
    createReadStore(api, (courseId: number) => api.call('courses.grid', { courseId })),
  );
  const loaded = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const grid = loaded && loaded.groupId === course.id ? loaded : null;
  const mayRecord = useCan('courses.recordGrid');
  const edit = useGridDrafts();
  const [openClass, setOpenClass] = useState<number | null>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);

  useEffect(() => {
    void store.getState().load(course.id);
  }, [store, course.id]);
  useEffect(() => store.getState().watch(['courses']), [store]);
  useLeaveGuard(grid ? changedCount(grid, edit.drafts) > 0 : false);

  const write = async (marks: CellInput[]): Promise<Grid> => {
    const saved = await api.call('courses.recordGrid', { courseId: course.id, marks });
    store.getState().put(saved);
    return saved;
  };

  return (
    <Flex vertical gap="middle" className="attendance-tab">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="attendance-title">
          Obecność na zajęciach kursu
        </Typography.Title>
        <Button
          icon={<PrinterOutlined />}
          disabled={course.classes.length === 0}
          onClick={() => setPdf(courseListsPdf(api, course))}
        >
          Drukuj listy obecności (wszystkie zajęcia)
        </Button>
      </Flex>
      <LoadedGridEditor
        grid={grid}
        error={error}
        noSessions={{
          title: 'Kurs nie ma jeszcze zajęć',
          description: 'Zajęcia dodaje się na karcie „Zajęcia”.',
        }}
        noPeople={{
          title: 'Kurs nie ma jeszcze uczestników',
          description: 'Uczestników dodaje się na karcie „Uczestnicy”.',
        }}
        edit={edit}
        editable={mayRecord}
        write={write}
        onOpenSession={(s) => setOpenClass(s.id)}
        greyedOut="zajęcia jeszcze się nie odbyły"
      />
      {openClass !== null && (
        <SessionAttendanceDialog
          kind="course"
          sessionId={openClass}
          onClose={() => setOpenClass(null)}
          onSaved={() => void store.getState().reread()}
        />
      )}
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </Flex>
  );
}
