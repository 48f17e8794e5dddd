import type { MonthGrid as Grid } from '../../../../src-main/contract/attendance';
import { formatDate } from '../../../../src-main/domain/dates';
import { isoWeekday } from '../../../documents/timetable';
import { toTime } from '../timetable/timetable-view';
import { moduleShort } from './hours-view';
import { draftIssues, withStatus, type MarkDraft, type MarkField } from './marks';
import { rowCells, type CellKey, type GridCell, type GridDrafts } from './month-grid';
import { SESSION_WORDS } from './session-source';
import { StatusSelect } from './StatusSelect';

const WEEKDAYS = ['pn', 'wt', 'śr', 'cz', 'pt', 'sb', 'nd'];

type Session = Grid['sessions'][number];

/** "02.11.2026 9:00": how a cell's accessible name says its session. */
export const sessionWhen = (s: Session) => `${formatDate(s.date)} ${toTime(s.from)}`;

/**
 * A group's month (or a course's classes): a row per person (Polish order), a column per session. Each cell is a
 * short select (O, N, U, C) named in full for a screen reader ("Żak Anna, 02.11.2026 9:00:
 * obecność"); a partial presence takes its hours below. Cells of days the person was not in
 * the group, and of sessions still to come, are disabled. A column's head opens the session's
 * own list.
 */
export function MonthGrid(props: {
  grid: Grid;
  drafts: GridDrafts;
  editable: boolean;
  /** The core's refusals of the last save, by cell. */
  issues: ReadonlyMap<CellKey, Partial<Record<MarkField, string>>>;
  onChange(cell: GridCell, draft: MarkDraft): void;
  onOpenSession(session: Session): void;
}) {
  const { grid, drafts, editable, issues, onChange } = props;
  // A course's grid names its people "on the course", a club's "in the group".
  const words = SESSION_WORDS[grid.sessions[0]?.kind ?? 'club'];
  return (
    <div className="attendance-grid-wrap">
      <table className="attendance-grid">
        <caption className="sr-only">{words.gridCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Nazwisko i imię</th>
            {grid.sessions.map((s) => (
              <th
                key={s.id}
                scope="col"
                className={s.recordable ? undefined : 'attendance-future'}
                title={`${s.module}, ${s.trainer}, ${s.room}`}
              >
                <button
                  type="button"
                  className="attendance-grid-head"
                  onClick={() => props.onOpenSession(s)}
                >
                  <span className="attendance-grid-day">
                    {formatDate(s.date).slice(0, 5)} {WEEKDAYS[isoWeekday(s.date) - 1]}
                  </span>{' '}
                  <span className="attendance-grid-day">{toTime(s.from)}</span>
                  <span className="sr-only">
                    {' '}
                    — obecność na zajęciach {formatDate(s.date)}: {s.module}
                  </span>
                </button>
                <span className="attendance-grid-module" aria-hidden="true">
                  {moduleShort(s.module)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.people.map((person) => (
            <tr key={person.participantId}>
              <th scope="row">{person.name}</th>
              {rowCells(grid, drafts, person).map((cell, i) => {
                const session = grid.sessions[i]!;
                const when = sessionWhen(session);
                if (!cell.member)
                  return (
                    <td key={cell.key}>
                      <StatusSelect
                        short
                        disabled
                        value={null}
                        aria-label={`${person.name}, ${when}: ${words.outside}`}
                        onChange={() => undefined}
                      />
                    </td>
                  );
                const own = issues.get(cell.key);
                const hoursIssue =
                  own?.minutes ??
                  (cell.draft.hours !== ''
                    ? draftIssues(cell.draft, cell.minutes).minutes
                    : undefined);
                const problem = [own?.status, own?.participantId, own?.reason, hoursIssue]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={cell.key}
                    className={cell.changed ? 'attendance-cell-changed' : undefined}
                    title={problem || undefined}
                  >
                    <StatusSelect
                      short
                      disabled={!editable || !cell.editable}
                      value={cell.draft.status}
                      invalid={problem !== ''}
                      aria-label={`${person.name}, ${when}: obecność`}
                      onChange={(status) => onChange(cell, withStatus(cell.draft, status))}
                    />
                    {cell.draft.status === 'partial' && (
                      <input
                        className="ant-input ant-input-sm attendance-cell-hours"
                        aria-label={`${person.name}, ${when}: godziny obecności`}
                        aria-invalid={hoursIssue ? true : undefined}
                        placeholder="h"
                        inputMode="decimal"
                        disabled={!editable || !cell.editable}
                        value={cell.draft.hours}
                        onChange={(e) => onChange(cell, { ...cell.draft, hours: e.target.value })}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
