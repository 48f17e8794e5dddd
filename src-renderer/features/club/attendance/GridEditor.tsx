import { useId, useState } from 'react';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { MonthGrid as Grid } from '../../../../src-main/contract/attendance';
import { plural } from '../../../../src-main/domain/plural';
import { ApiError, errorMessage } from '../../../api/client';
import { FailureAlert } from '../../../ui/FailureAlert';
import { useToast } from '../../../ui/toast';
import { issuesByRow, type MarkDraft, type MarkField } from './marks';
import {
  changedCount,
  gridSave,
  pruneDrafts,
  setDraft,
  type CellInput,
  type CellKey,
  type GridCell,
  type GridDrafts,
} from './month-grid';
import { MonthGrid, sessionWhen } from './MonthGrid';

type CellIssues = ReadonlyMap<CellKey, Partial<Record<MarkField, string>>>;

/**
 * The edits of an attendance grid (a club group's month, a course's classes): the changed
 * cells beside the stored marks, the core's refusals back on their cells, and the count of
 * unsaved changes the screen asks about before it shows another grid.
 */
export function useGridDrafts() {
  const [drafts, setDrafts] = useState<GridDrafts>(new Map());
  const [issues, setIssues] = useState<CellIssues>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const toast = useToast();

  const discard = () => {
    setDrafts(new Map());
    setIssues(new Map());
    setGeneral([]);
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

  /** Sends the changed cells through `write`; the answer is the grid as stored. */
  const save = async (grid: Grid, write: (marks: CellInput[]) => Promise<Grid>) => {
    if (saving) return;
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
      const saved = await write(marks);
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

  return { drafts, issues, general, saving, discard, change, save };
}

export type GridDraftsState = ReturnType<typeof useGridDrafts>;

/**
 * The grid with its "Zapisz" / "Cofnij zmiany" bar, the refusal and the legend below. The
 * caller owns the drafts (`useGridDrafts`), so it can ask before showing another grid.
 */
export function GridEditor(props: {
  grid: Grid;
  edit: GridDraftsState;
  editable: boolean;
  write: (marks: CellInput[]) => Promise<Grid>;
  onOpenSession: (session: Grid['sessions'][number]) => void;
  /** What a greyed-out cell means here. */
  greyedOut: string;
}) {
  const { grid, edit, editable } = props;
  const status = useId();
  const changes = changedCount(grid, edit.drafts);
  return (
    <>
      {editable && (
        <Flex align="center" gap={12} wrap>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={changes === 0}
            loading={edit.saving}
            onClick={() => void edit.save(grid, props.write)}
          >
            Zapisz
          </Button>
          <Button
            icon={<UndoOutlined />}
            disabled={changes === 0 || edit.saving}
            onClick={edit.discard}
          >
            Cofnij zmiany
          </Button>
          <span id={status} aria-live="polite" className="attendance-unsaved">
            {changes > 0 ? `Niezapisane zmiany: ${changes}` : 'Wszystkie zmiany zapisane'}
          </span>
        </Flex>
      )}
      {edit.general.length > 0 && (
        <FailureAlert
          title="Nie zapisano obecności"
          description={
            <ul className="attendance-warning-list">
              {edit.general.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          }
        />
      )}
      <MonthGrid
        grid={grid}
        drafts={edit.drafts}
        editable={editable}
        issues={edit.issues}
        onChange={edit.change}
        onOpenSession={props.onOpenSession}
      />
      <Typography.Paragraph className="attendance-grid-legend">
        O — obecny, N — nieobecny, U — nieobecność usprawiedliwiona, C — obecny częściowo (z liczbą
        godzin), — nie zaznaczono. Wyszarzone pola: {props.greyedOut}. Nagłówek kolumny otwiera
        listę tych zajęć.
      </Typography.Paragraph>
    </>
  );
}

type Notice = { title: string; description?: string };

/**
 * The grid as it is read: the read's failure, "Wczytywanie obecności…", what to say when
 * there are no sessions yet (`noSessions`) or nobody to mark (`noPeople`), else the editor.
 */
export function LoadedGridEditor(
  props: Omit<Parameters<typeof GridEditor>[0], 'grid'> & {
    grid: Grid | null;
    error: string | null;
    noSessions: Notice;
    noPeople: Notice;
  },
) {
  const { grid, error, noSessions, noPeople, ...editor } = props;
  const notice = !grid
    ? null
    : grid.sessions.length === 0
      ? noSessions
      : grid.people.length === 0
        ? noPeople
        : null;
  return (
    <>
      {error && <Alert type="error" showIcon title={error} />}
      {!grid && !error && <Spin description="Wczytywanie obecności…" />}
      {notice && (
        <Alert type="info" showIcon title={notice.title} description={notice.description} />
      )}
      {grid && !notice && <GridEditor grid={grid} {...editor} />}
    </>
  );
}
