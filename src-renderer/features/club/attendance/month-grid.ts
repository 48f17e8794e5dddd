import type { MarkInput, MonthGrid } from '../../../../src-main/contract/attendance';
import { draftChanged, draftOf, markOf, type MarkDraft } from './marks';

/*
 * The month grid's edits (people × sessions of a group): the stored marks are the core's
 * answer, the cells a person changed are drafts kept beside it by key. The grid may be read
 * again underneath (another window saved, a session sheet was saved) — edits stay, and those
 * that now equal what is stored stop counting as changes.
 */

export type CellKey = `${number}:${number}`;
export const cellKey = (sessionId: number, participantId: number): CellKey =>
  `${sessionId}:${participantId}`;

export type GridDrafts = ReadonlyMap<CellKey, MarkDraft>;

export type CellInput = MarkInput & { sessionId: number };

/** One cell as the grid shows it. */
export interface GridCell {
  key: CellKey;
  sessionId: number;
  participantId: number;
  /** The person belonged to the group that day. */
  member: boolean;
  /** The session took place (today or before): only then can its marks change. */
  editable: boolean;
  stored: MarkDraft;
  draft: MarkDraft;
  changed: boolean;
  /** Session length in minutes, for the hours of a partial presence. */
  minutes: number;
}

/** Every cell of a person's row, in the sessions' order. */
export function rowCells(
  grid: MonthGrid,
  drafts: GridDrafts,
  person: MonthGrid['people'][number],
): GridCell[] {
  return grid.sessions.map((session, i) => {
    const cell = person.cells[i] ?? { member: false, mark: null };
    const key = cellKey(session.id, person.participantId);
    const minutes = session.to - session.from;
    const stored = draftOf(cell.mark);
    const editable = cell.member && session.recordable;
    const own = editable ? drafts.get(key) : undefined;
    return {
      key,
      sessionId: session.id,
      participantId: person.participantId,
      member: cell.member,
      editable,
      stored,
      draft: own ?? stored,
      changed: own !== undefined && draftChanged(cell.mark, own, minutes),
      minutes,
    };
  });
}

/** Every cell of the grid, row by row. */
export const gridCells = (grid: MonthGrid, drafts: GridDrafts): GridCell[] =>
  grid.people.flatMap((person) => rowCells(grid, drafts, person));

/** The drafts with one cell set; a draft back at the stored mark is forgotten. */
export function setDraft(
  drafts: GridDrafts,
  cell: Pick<GridCell, 'key' | 'stored' | 'minutes'>,
  draft: MarkDraft,
): Map<CellKey, MarkDraft> {
  const next = new Map(drafts);
  const same =
    draft.status === cell.stored.status &&
    draft.hours === cell.stored.hours &&
    draft.reason === cell.stored.reason;
  if (same) next.delete(cell.key);
  else next.set(cell.key, draft);
  return next;
}

/** Drafts that no longer differ from the grid (or no longer have an editable cell) dropped. */
export function pruneDrafts(grid: MonthGrid, drafts: GridDrafts): Map<CellKey, MarkDraft> {
  const changed = new Set(
    gridCells(grid, drafts)
      .filter((c) => c.changed)
      .map((c) => c.key),
  );
  return new Map([...drafts].filter(([key]) => changed.has(key)));
}

export interface GridSave {
  /** What `attendance.recordMonth` is sent: the changed cells, row by row. */
  marks: CellInput[];
  /** The cell of each mark sent, by index (the core's issues name that index). */
  keys: CellKey[];
  /** Changed cells not yet valid (a partial presence without its hours): nothing is sent. */
  unfinished: GridCell[];
}

/** The changed cells to save. */
export function gridSave(grid: MonthGrid, drafts: GridDrafts): GridSave {
  const save: GridSave = { marks: [], keys: [], unfinished: [] };
  for (const cell of gridCells(grid, drafts)) {
    if (!cell.changed) continue;
    const mark = markOf(cell.participantId, cell.draft, cell.minutes);
    if (!mark) {
      save.unfinished.push(cell);
      continue;
    }
    save.marks.push({ ...mark, sessionId: cell.sessionId });
    save.keys.push(cell.key);
  }
  return save;
}

/** How many cells are changed (the unsaved-changes count). */
export const changedCount = (grid: MonthGrid, drafts: GridDrafts): number =>
  gridCells(grid, drafts).filter((c) => c.changed).length;

/** The months of the edition's cycle, 'YYYY-MM'. */
export function cycleMonths(startDate: string, endDate: string): string[] {
  const months: string[] = [];
  let year = Number(startDate.slice(0, 4));
  let month = Number(startDate.slice(5, 7));
  const last = endDate.slice(0, 7);
  for (;;) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > last || months.length > 120) break;
    months.push(m);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Today's month within the cycle (its first month before it, its last after it). */
export const initialMonth = (months: readonly string[], today: string): string => {
  const now = today.slice(0, 7);
  if (months.includes(now)) return now;
  return now < (months[0] ?? now) ? (months[0] ?? now) : (months.at(-1) ?? now);
};
