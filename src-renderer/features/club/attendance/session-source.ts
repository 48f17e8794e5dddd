import type { MarkInput, SessionSheet } from '../../../../src-main/contract/attendance';
import type { ApiClient } from '../../../api/client';
import type { PdfSource } from '../../contracts/PdfPreviewDialog';
import { courseListsPdf, dayListsPdf, sessionListPdf } from './attendance-print';

/*
 * Whose session an attendance dialog shows: a club session or a course's class. Both have
 * the same sheet and marks (contract/attendance.ts); only the channels, who may record and
 * the words differ — said here once, so the dialog and the grid stay one.
 */

export type SessionKind = SessionSheet['session']['kind'];
type Api = Pick<ApiClient, 'call'>;
type Session = SessionSheet['session'];

export function readSheet(api: Api, kind: SessionKind, id: number): Promise<SessionSheet> {
  return kind === 'course'
    ? api.call('courses.sheet', { classId: id })
    : api.call('attendance.session', { sessionId: id });
}

export function recordSheet(
  api: Api,
  kind: SessionKind,
  id: number,
  marks: MarkInput[],
): Promise<SessionSheet> {
  return kind === 'course'
    ? api.call('courses.record', { classId: id, marks })
    : api.call('attendance.record', { sessionId: id, marks });
}

/** The channel whose permission records marks of this kind. */
export const RECORD_CHANNEL = { club: 'attendance.record', course: 'courses.record' } as const;

/** The lists a session's dialog offers to print, with their buttons' words. */
export function sessionPrints(api: Api, session: Session): { label: string; source: PdfSource }[] {
  if (session.kind === 'course')
    return [
      {
        label: 'Drukuj listę',
        source: courseListsPdf(api, { id: session.editionId, name: session.group }, session),
      },
    ];
  return [
    { label: 'Drukuj listę', source: sessionListPdf(api, session) },
    {
      label: 'Drukuj listy całego dnia',
      source: dayListsPdf(api, session.editionId, session.date),
    },
  ];
}

/** The words that differ: a club's group, a course's participants. */
export const SESSION_WORDS = {
  club: {
    nobody: 'Nikt nie należał do grupy w dniu tych zajęć.',
    whoRecords: 'Obecność zapisuje koordynator, lider lub prowadzący',
    outside: 'poza grupą',
    gridCaption: 'Obecność w miesiącu: wiersze to osoby, kolumny to zajęcia',
  },
  course: {
    nobody: 'Kurs nie ma jeszcze uczestników.',
    whoRecords: 'Obecność na kursie zapisuje koordynator projektu',
    outside: 'poza kursem',
    gridCaption: 'Obecność na zajęciach kursu: wiersze to osoby, kolumny to zajęcia',
  },
} as const satisfies Record<SessionKind, Record<string, string>>;
