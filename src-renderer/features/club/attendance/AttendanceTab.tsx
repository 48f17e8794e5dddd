import { useEffect, useId, useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { ChannelInput } from '../../../../src-main/contract';
import type { MonthGrid as Grid } from '../../../../src-main/contract/attendance';
import type { ClubProgramme } from '../../../../src-main/contract/club';
import { plural } from '../../../../src-main/domain/plural';
import { useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { monthName, monthRange } from '../../../documents/timetable';
import { LEAVE_QUESTION, useLeaveGuard } from '../../../ui/leave-guard';
import { useCan } from '../../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import { monthListsPdf } from './attendance-print';
import { HoursSection } from './HoursSection';
import { LoadedGridEditor, useGridDrafts } from './GridEditor';
import { changedCount, cycleMonths, initialMonth } from './month-grid';
import { createReadStore } from './read-store';
import { SessionAttendanceDialog } from './SessionAttendanceDialog';
import './attendance.css';

type Picked = { groupId: number; month: string };

/**
 * "Obecność": a group's month as a grid (people × sessions) saved in one go, the month's
 * lists to print, each session's own list from its column's head, and below the group's hours
 * with the warnings and the end of participation.
 */
export function AttendanceTab({ programme }: { programme: ClubProgramme }) {
  const { api } = useStores();
  const { modal } = App.useApp();
  const today = useToday();
  const { edition, groups } = programme;
  const months = cycleMonths(edition.startDate, edition.endDate);
  const [picked, setPicked] = useState<Picked | null>(null);
  const groupId = groups.some((g) => g.id === picked?.groupId)
    ? picked!.groupId
    : (groups[0]?.id ?? null);
  const month = picked?.month ?? initialMonth(months, today);
  const group = groups.find((g) => g.id === groupId) ?? null;

  const [gridStore] = useState(() =>
    createReadStore(api, (input: Picked) => api.call('attendance.month', input)),
  );
  const [hoursStore] = useState(() =>
    createReadStore(api, (editionId: number) => api.call('club.hours', { editionId })),
  );
  const loaded = useStore(gridStore, (s) => s.data);
  const gridError = useStore(gridStore, (s) => s.error);
  const grid = loaded && loaded.groupId === groupId && loaded.month === month ? loaded : null;
  const mayRecord = useCan('attendance.recordMonth');

  const edit = useGridDrafts();
  const [openSession, setOpenSession] = useState<number | null>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const ids = { group: useId(), month: useId() };

  useEffect(() => {
    if (groupId !== null) void gridStore.getState().load({ groupId, month });
  }, [gridStore, groupId, month]);
  useEffect(() => {
    void hoursStore.getState().load(edition.id);
  }, [hoursStore, edition.id]);
  // Another window's marks are read in; the cells changed here stay as they are.
  useEffect(() => gridStore.getState().watch(['club']), [gridStore]);
  useEffect(() => hoursStore.getState().watch(['club', 'participants']), [hoursStore]);

  const changes = grid ? changedCount(grid, edit.drafts) : 0;
  useLeaveGuard(changes > 0);

  /** Another group or month: unsaved cells are dropped, after asking. */
  const pick = (next: Picked) => {
    const go = () => {
      edit.discard();
      setPicked(next);
    };
    if (changes === 0) return go();
    modal.confirm({
      title: LEAVE_QUESTION,
      content: `${changes} ${plural(changes, 'zmieniona obecność nie została zapisana', 'zmienione obecności nie zostały zapisane', 'zmienionych obecności nie zostało zapisanych')}.`,
      okText: 'Porzuć zmiany',
      okButtonProps: { danger: true },
      cancelText: 'Wróć',
      onOk: go,
    });
  };

  const reread = (saved?: Grid) => {
    if (saved) gridStore.getState().put(saved);
    else void gridStore.getState().reread();
    void hoursStore.getState().reread();
  };

  const write = async (marks: ChannelInput<'attendance.recordMonth'>['marks']) => {
    const saved = await api.call('attendance.recordMonth', {
      groupId: grid!.groupId,
      month,
      marks,
    });
    reread(saved);
    return saved;
  };

  if (!group)
    return (
      <Alert
        type="info"
        showIcon
        title="Edycja nie ma jeszcze grup"
        description="Obecność zapisuje się dla członków grup — dodaj grupę na karcie „Grupy”."
      />
    );

  return (
    <Flex vertical gap="middle" className="attendance-tab">
      <Typography.Title level={2} className="attendance-title">
        Obecność w miesiącu
      </Typography.Title>
      <Space wrap align="center">
        <label htmlFor={ids.group}>Grupa</label>
        <Select
          id={ids.group}
          style={{ minWidth: 200 }}
          value={group.id}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          onChange={(id: number) => pick({ groupId: id, month })}
        />
        <label htmlFor={ids.month}>Miesiąc</label>
        <Select
          id={ids.month}
          style={{ minWidth: 180 }}
          value={month}
          options={months.map((m) => ({ value: m, label: monthName(m) }))}
          onChange={(m: string) => pick({ groupId: group.id, month: m })}
        />
        <Button
          icon={<PrinterOutlined />}
          disabled={!grid || grid.sessions.length === 0}
          onClick={() => setPdf(monthListsPdf(api, edition.id, group, month, monthRange(month)))}
        >
          Drukuj listy obecności (miesiąc)
        </Button>
      </Space>

      <LoadedGridEditor
        grid={grid}
        error={gridError}
        noSessions={{
          title: `Grupa nie ma zajęć w miesiącu: ${monthName(month)}`,
          description: 'Zajęcia układa się na karcie „Harmonogram”.',
        }}
        noPeople={{ title: 'W tym miesiącu grupa nie ma członków' }}
        edit={edit}
        editable={mayRecord}
        write={write}
        onOpenSession={(s) => setOpenSession(s.id)}
        greyedOut="osoba nie należała wtedy do grupy albo zajęcia jeszcze się nie odbyły"
      />

      <HoursSection store={hoursStore} group={group} editionId={edition.id} />

      {openSession !== null && (
        <SessionAttendanceDialog
          sessionId={openSession}
          onClose={() => setOpenSession(null)}
          onSaved={() => reread()}
        />
      )}
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </Flex>
  );
}
