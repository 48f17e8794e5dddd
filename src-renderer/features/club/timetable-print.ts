import type { ClubProgramme, ClubSession } from '../../../src-main/contract/club';
import { todayIso } from '../../../src-main/domain/dates';
import { publicHolidayOn } from '../../../src-main/domain/holidays';
import { specialistLabel } from '../../../src-main/domain/club/specialists';
import type { ApiClient } from '../../api/client';
import type { DocumentRequest } from '../../documents/registry';
import {
  daysOffInMonth,
  monthName,
  monthRange,
  type TimetableDocumentData,
  type TimetableSession,
} from '../../documents/timetable';
import { timetableXlsxBlob } from '../../documents/timetable-xlsx';
import { downloadBlob } from '../audit/audit-export';
import type { PdfSource } from '../contracts/PdfPreviewDialog';

/**
 * What the club's screens print: a group's or a trainer's month as a PDF (opened in the
 * same preview as contracts: `<PdfPreviewDialog source={printGroupMonth(…)} />`), and the
 * timetable of a range of dates as a workbook. Everything is read when the preview opens,
 * from the plan as it stands; nothing is issued or stored (registry.ts, `PrintOnlyKind`).
 *
 *   const [pdf, setPdf] = useState<PdfSource | null>(null);
 *   <Button onClick={() => setPdf(printGroupMonth(api, edition.id, group.id, '2027-01', { today }))}>
 *   {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
 */

type Api = Pick<ApiClient, 'call'>;

/** What the screen knows already: names for the dialog's title, and the core's today. */
export type PrintOptions = { name?: string; today?: string };

type Context = {
  programme: ClubProgramme;
  officeName: string;
  project: TimetableDocumentData['project'];
};

async function loadContext(api: Api, editionId: number): Promise<Context> {
  const [programme, office, logo] = await Promise.all([
    api.call('club.getEdition', { id: editionId }),
    api.call('settings.get', undefined),
    api.call('settings.getLogoStrip', undefined),
  ]);
  const project = await api.call('projects.get', { id: programme.edition.projectId });
  return {
    programme,
    officeName: office.officeName,
    project: {
      title: project.title,
      // Projects keep no agreement number yet; the builder prints one when there is.
      number: null,
      programme: project.programme,
      measure: project.measure,
      isEfs: project.isEfs,
      logoStrip: project.isEfs ? logo.dataUrl : null,
    },
  };
}

/** Stored sessions with their names resolved, as both documents print them. */
export function namedSessions(
  programme: ClubProgramme,
  sessions: readonly ClubSession[],
): TimetableSession[] {
  const name = <T extends { id: number; name: string }>(list: T[]) => {
    const byId = new Map(list.map((x) => [x.id, x]));
    return (id: number) => byId.get(id);
  };
  const group = name(programme.groups);
  const module = name(programme.modules);
  const trainer = name(programme.trainers);
  const room = name(programme.rooms);
  return sessions.map((s) => ({
    date: s.date,
    from: s.from,
    to: s.to,
    module: module(s.moduleId)?.name ?? `moduł nr ${s.moduleId}`,
    duty: module(s.moduleId)?.duty ?? false,
    trainer: trainer(s.trainerId)?.name ?? `prowadzący nr ${s.trainerId}`,
    group: group(s.groupId)?.name ?? `grupa nr ${s.groupId}`,
    room: room(s.roomId)?.name ?? `sala nr ${s.roomId}`,
  }));
}

/** The weekdays of the edition's meetings, or of one group's own ones. */
function meetingWeekdays(programme: ClubProgramme, groupId?: number): number[] {
  const groups =
    groupId === undefined ? programme.groups : programme.groups.filter((g) => g.id === groupId);
  const slots = [
    ...(groupId === undefined || groups.some((g) => !g.meetings) ? programme.edition.meetings : []),
    ...groups.flatMap((g) => g.meetings ?? []),
  ];
  return [...new Set(slots.map((s) => s.weekday))];
}

async function monthData(
  api: Api,
  editionId: number,
  month: string,
  who: { groupId: number } | { trainerId: number },
  today: string,
): Promise<TimetableDocumentData> {
  const range = monthRange(month);
  const [context, stored] = await Promise.all([
    loadContext(api, editionId),
    api.call('club.sessions', { editionId, ...range, ...who }),
  ]);
  const { programme } = context;
  const { edition } = programme;
  let subject: string;
  let subjectNote: string | null = null;
  let weekdays: number[];
  if ('groupId' in who) {
    const group = programme.groups.find((g) => g.id === who.groupId);
    if (!group) throw new Error('Tej grupy nie ma już w edycji klubu.');
    subject = group.name;
    weekdays = meetingWeekdays(programme, group.id);
  } else {
    const trainer = programme.trainers.find((t) => t.id === who.trainerId);
    if (!trainer) throw new Error('Tego prowadzącego nie ma już w edycji klubu.');
    subject = trainer.name;
    subjectNote = trainer.specialisations.map(specialistLabel).join(', ') || null;
    const available = new Set(trainer.availability.map((s) => s.weekday));
    weekdays = meetingWeekdays(programme).filter((d) => available.has(d));
  }
  return {
    variant: 'groupId' in who ? 'group' : 'trainer',
    office: { name: context.officeName },
    project: context.project,
    edition: { name: edition.name, startDate: edition.startDate, endDate: edition.endDate },
    subject,
    subjectNote,
    month,
    sessions: namedSessions(programme, stored.sessions),
    daysOff: daysOffInMonth({
      month,
      cycle: edition,
      meetingWeekdays: weekdays,
      officeDaysOff: edition.daysOff,
      holidayOn: publicHolidayOn,
    }),
    preparedOn: today,
  };
}

/** The print request of a group's month (for the preview, or a test). */
export async function groupMonthRequest(
  api: Api,
  editionId: number,
  groupId: number,
  month: string,
  today = todayIso(),
): Promise<DocumentRequest> {
  return { kind: 'timetable', data: await monthData(api, editionId, month, { groupId }, today) };
}

/** The print request of a trainer's month. */
export async function trainerMonthRequest(
  api: Api,
  editionId: number,
  trainerId: number,
  month: string,
  today = todayIso(),
): Promise<DocumentRequest> {
  return { kind: 'timetable', data: await monthData(api, editionId, month, { trainerId }, today) };
}

/** "grupa-1", "anna-wisniewska": a file name's part, without Polish letters or spaces. */
export function fileSlug(text: string): string {
  return (
    text
      .toLocaleLowerCase('pl')
      .replaceAll('ł', 'l')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'harmonogram'
  );
}

/** The preview of a group's month: pass it to `PdfPreviewDialog`. */
export function printGroupMonth(
  api: Api,
  editionId: number,
  groupId: number,
  month: string,
  options: PrintOptions = {},
): PdfSource {
  const name = options.name ?? `grupa ${groupId}`;
  return {
    kind: 'printable',
    title: `Harmonogram zajęć — ${name} — ${monthName(month)}`,
    fileName: `harmonogram-${fileSlug(name)}-${month}.pdf`,
    load: () => groupMonthRequest(api, editionId, groupId, month, options.today),
  };
}

/** The preview of a trainer's month, with their hours in the month. */
export function printTrainerMonth(
  api: Api,
  editionId: number,
  trainerId: number,
  month: string,
  options: PrintOptions = {},
): PdfSource {
  const name = options.name ?? `prowadzący ${trainerId}`;
  return {
    kind: 'printable',
    title: `Harmonogram zajęć — ${name} — ${monthName(month)}`,
    fileName: `harmonogram-${fileSlug(name)}-${month}.pdf`,
    load: () => trainerMonthRequest(api, editionId, trainerId, month, options.today),
  };
}

/**
 * The timetable from `from` to `to` (the edition's whole cycle when left out) as a workbook,
 * one sheet per group; the Blob and the name to save it under.
 */
export async function timetableXlsx(
  api: Api,
  editionId: number,
  range: { from?: string; to?: string } = {},
  today = todayIso(),
): Promise<{ blob: Blob; fileName: string }> {
  const context = await loadContext(api, editionId);
  const { programme } = context;
  const from = range.from ?? programme.edition.startDate;
  const to = range.to ?? programme.edition.endDate;
  const { sessions } = await api.call('club.sessions', { editionId, from, to });
  const named = namedSessions(programme, sessions);
  const blob = await timetableXlsxBlob({
    project: context.project,
    edition: programme.edition,
    from,
    to,
    preparedOn: today,
    groups: programme.groups.map((group) => ({
      name: group.name,
      sessions: named.filter((_, i) => sessions[i]!.groupId === group.id),
    })),
  });
  return { blob, fileName: `harmonogram-${fileSlug(programme.edition.name)}-${from}-${to}.xlsx` };
}

/** Builds the workbook and hands it to the browser's download (Electron: the save dialog). */
export async function exportTimetableXlsx(
  api: Api,
  editionId: number,
  range: { from?: string; to?: string } = {},
  today = todayIso(),
): Promise<string> {
  const { blob, fileName } = await timetableXlsx(api, editionId, range, today);
  downloadBlob(blob, fileName);
  return fileName;
}

/** Today's month as 'YYYY-MM', the month a timetable screen opens on. */
export const monthOf = (date: string): string => date.slice(0, 7);

export type { PdfSource };
