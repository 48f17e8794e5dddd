import { useEffect, useId, useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Spin, Typography } from 'antd';
import { PrinterOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { MonthGrid as Grid } from '../../../../src-main/contract/attendance';
import type { ClubProgramme } from '../../../../src-main/contract/club';
import { plural } from '../../../../src-main/domain/plural';
import { ApiError, errorMessage } from '../../../api/client';
import { useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { monthName, monthRange } from '../../../documents/timetable';
import { FailureAlert } from '../../../ui/FailureAlert';
import { LEAVE_QUESTION, useLeaveGuard } from '../../../ui/leave-guard';
import { useToast } from '../../../ui/toast';
import { useCan } from '../../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import { monthListsPdf } from './attendance-print';
import { HoursSection } from './HoursSection';
import { issuesByRow, type MarkDraft, type MarkField } from './marks';
import {
  changedCount,
  cycleMonths,
  gridSave,
  initialMonth,
  pruneDrafts,
  setDraft,
  type CellKey,
  type GridCell,
  type GridDrafts,
} from './month-grid';
import { MonthGrid, sessionWhen } from './MonthGrid';
import { createReadStore } from './read-store';
import { SessionAttendanceDialog } from './SessionAttendanceDialog';
import './attendance.css';

type Picked = { groupId: number; month: string };
type CellIssues = ReadonlyMap<CellKey, Partial<Record<MarkField, string>>>;

/**
 * "Obecność": a group's month as a grid (people × sessions) saved in one go, the month's
 * lists to print, each session's own list from its column's head, and below the group's hours
 * with the warnings and the end of participation.
 */
export function AttendanceTab({ programme }: { programme: ClubProgramme }) {
  const { api } = useStores();
  const { modal } = App.useApp();
  const toast = useToast();
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

  const [drafts, setDrafts] = useState<GridDrafts>(new Map());
  const [issues, setIssues] = useState<CellIssues>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [openSession, setOpenSession] = useState<number | null>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const ids = { group: useId(), month: useId(), status: useId() };

  useEffect(() => {
    if (groupId !== null) void gridStore.getState().load({ groupId, month });
  }, [gridStore, groupId, month]);
  useEffect(() => {
    void hoursStore.getState().load(edition.id);
  }, [hoursStore, edition.id]);
  // Another window's marks are read in; the cells changed here stay as they are.
  useEffect(() => gridStore.getState().watch(['club']), [gridStore]);
  useEffect(() => hoursStore.getState().watch(['club', 'participants']), [hoursStore]);

  const changes = grid ? changedCount(grid, drafts) : 0;
  useLeaveGuard(changes > 0);

  /** Another group or month: unsaved cells are dropped, after asking. */
  const pick = (next: Picked) => {
    const go = () => {
      setDrafts(new Map());
      setIssues(new Map());
      setGeneral([]);
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

  const change = (cell: GridCell, draft: MarkDraft) => {
    setDrafts((d) => setDraft(d, cell, draft));
    setIssues((i) => {
      if (!i.has(cell.key)) return i;
      const next = new Map(i);
      next.delete(cell.key);
      return next;
    });
  };

  const reread = (saved?: Grid) => {
    if (saved) gridStore.getState().put(saved);
    else void gridStore.getState().reread();
    void hoursStore.getState().reread();
  };

  const save = async () => {
    if (!grid || saving) return;
    setGeneral([]);
    const { marks, keys, unfinished } = gridSave(grid, drafts);
    if (unfinished.length) {
      setGeneral([
        `Uzupełnij godziny obecności częściowej (${unfinished.length} ${plural(unfinished.length, 'pole', 'pola', 'pól')}) — wpisz je pod literą C, np. 2,5.`,
      ]);
      return;
    }
    if (!marks.length) return;
    setSaving(true);
    try {
      const saved = await api.call('attendance.recordMonth', {
        groupId: grid.groupId,
        month,
        marks,
      });
      reread(saved);
      setDrafts((d) => pruneDrafts(saved, d));
      setIssues(new Map());
      toast.success(
        `Zapisano obecność: ${marks.length} ${plural(marks.length, 'pole', 'pola', 'pól')}`,
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_input' && e.issues.length) {
        const found = issuesByRow(e.issues, keys);
        setIssues(found.rows);
        const where = (key: CellKey) => {
          const [sessionId, participantId] = key.split(':').map(Number);
          const s = grid.sessions.find((x) => x.id === sessionId);
          const p = grid.people.find((x) => x.participantId === participantId);
          return `${p?.name ?? ''}, ${s ? sessionWhen(s) : ''}`;
        };
        setGeneral([
          ...found.general,
          ...[...found.rows].map(([key, row]) => `${where(key)}: ${Object.values(row).join(' ')}`),
        ]);
      } else setGeneral([errorMessage(e)]);
    } finally {
      setSaving(false);
    }
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

      {gridError && <Alert type="error" showIcon title={gridError} />}
      {!grid && !gridError && <Spin description="Wczytywanie obecności…" />}
      {grid && grid.sessions.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={`Grupa nie ma zajęć w miesiącu: ${monthName(month)}`}
          description="Zajęcia układa się na karcie „Harmonogram”."
        />
      )}
      {grid && grid.sessions.length > 0 && grid.people.length === 0 && (
        <Alert type="info" showIcon title="W tym miesiącu grupa nie ma członków" />
      )}
      {grid && grid.sessions.length > 0 && grid.people.length > 0 && (
        <>
          {mayRecord && (
            <Flex align="center" gap={12} wrap>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={changes === 0}
                loading={saving}
                onClick={() => void save()}
              >
                Zapisz
              </Button>
              <Button
                icon={<UndoOutlined />}
                disabled={changes === 0 || saving}
                onClick={() => {
                  setDrafts(new Map());
                  setIssues(new Map());
                  setGeneral([]);
                }}
              >
                Cofnij zmiany
              </Button>
              <span id={ids.status} aria-live="polite" className="attendance-unsaved">
                {changes > 0 ? `Niezapisane zmiany: ${changes}` : 'Wszystkie zmiany zapisane'}
              </span>
            </Flex>
          )}
          {general.length > 0 && (
            <FailureAlert
              title="Nie zapisano obecności"
              description={
                <ul className="attendance-warning-list">
                  {general.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              }
            />
          )}
          <MonthGrid
            grid={grid}
            drafts={drafts}
            editable={mayRecord}
            issues={issues}
            onChange={change}
            onOpenSession={(s) => setOpenSession(s.id)}
          />
          <Typography.Paragraph className="attendance-grid-legend">
            O — obecny, N — nieobecny, U — nieobecność usprawiedliwiona, C — obecny częściowo (z
            liczbą godzin), — nie zaznaczono. Wyszarzone pola: osoba nie należała wtedy do grupy
            albo zajęcia jeszcze się nie odbyły. Nagłówek kolumny otwiera listę tych zajęć.
          </Typography.Paragraph>
        </>
      )}

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
