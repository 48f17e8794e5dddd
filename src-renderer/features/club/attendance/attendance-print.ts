import type { ChannelInput } from '../../../../src-main/contract';
import { formatDate } from '../../../../src-main/domain/dates';
import type { ApiClient } from '../../../api/client';
import { monthName } from '../../../documents/timetable';
import type { PdfSource } from '../../contracts/PdfPreviewDialog';
import { fileSlug } from '../timetable-print';

/*
 * What the attendance screens print, as sources for the PDF preview (the timetable's path):
 * attendance lists and the edition's figures are printed from what the core says now (never
 * issued); a certificate is re-printed from the data frozen when it was issued, a duplicate
 * marked with the day it was made.
 */

type Api = Pick<ApiClient, 'call'>;
type ListsInput = ChannelInput<'attendance.lists'>;

function listsSource(api: Api, input: ListsInput, title: string, fileName: string): PdfSource {
  return {
    kind: 'printable',
    title,
    fileName,
    load: async () => ({
      kind: 'attendanceLists',
      data: await api.call('attendance.lists', input),
    }),
  };
}

/** A group's lists for every session of a month ('YYYY-MM'). */
export function monthListsPdf(
  api: Api,
  editionId: number,
  group: { id: number; name: string },
  month: string,
  range: { from: string; to: string },
): PdfSource {
  return listsSource(
    api,
    { editionId, groupId: group.id, sessionId: null, ...range },
    `Listy obecności — ${group.name} — ${monthName(month)}`,
    `listy-obecnosci-${fileSlug(group.name)}-${month}.pdf`,
  );
}

/** One session's list. */
export function sessionListPdf(
  api: Api,
  session: { id: number; editionId: number; groupId: number; group: string; date: string },
): PdfSource {
  return listsSource(
    api,
    {
      editionId: session.editionId,
      groupId: session.groupId,
      sessionId: session.id,
      from: session.date,
      to: session.date,
    },
    `Lista obecności — ${session.group} — ${formatDate(session.date)}`,
    `lista-obecnosci-${fileSlug(session.group)}-${session.date}.pdf`,
  );
}

/** Every list of one day of the edition (all its groups' sessions that day). */
export function dayListsPdf(api: Api, editionId: number, date: string): PdfSource {
  return listsSource(
    api,
    { editionId, groupId: null, sessionId: null, from: date, to: date },
    `Listy obecności — ${formatDate(date)}`,
    `listy-obecnosci-${date}.pdf`,
  );
}

/** The edition's figures by sex (art. 18a ust. 6), as the office reports them. */
export function figuresPdf(api: Api, editionId: number, today: string): PdfSource {
  return {
    kind: 'printable',
    title: 'Liczba uczestników edycji klubu',
    fileName: `uczestnicy-kis-${editionId}-${today}.pdf`,
    load: async () => {
      const [figures, programme, office, logo] = await Promise.all([
        api.call('club.figures', { editionId }),
        api.call('club.getEdition', { id: editionId }),
        api.call('settings.get', undefined),
        api.call('settings.getLogoStrip', undefined),
      ]);
      const project = await api.call('projects.get', { id: programme.edition.projectId });
      return {
        kind: 'clubFigures',
        data: {
          figures,
          office: { name: office.officeName },
          project: {
            title: project.title,
            // Projects keep no agreement number yet.
            number: null,
            programme: project.programme,
            isEfs: project.isEfs,
            logoStrip: project.isEfs ? logo.dataUrl : null,
          },
          preparedOn: today,
        },
      };
    },
  };
}

/**
 * An issued certificate from its frozen data; `duplicate` asks the core for a duplicate (it
 * is logged as one, and printed with the day it was made).
 */
export function certificatePdf(
  api: Api,
  certificate: { documentId: number; number: string },
  duplicate = false,
): PdfSource {
  return {
    kind: 'printable',
    title: `${duplicate ? 'Duplikat zaświadczenia' : 'Zaświadczenie'} nr ${certificate.number}`,
    fileName: `zaswiadczenie-${fileSlug(certificate.number)}${duplicate ? '-duplikat' : ''}.pdf`,
    load: async () => {
      const answer = await api.call('club.certificate', {
        documentId: certificate.documentId,
        duplicate,
      });
      return {
        kind: 'clubCertificate',
        data: answer.data,
        options: { duplicateOn: answer.duplicateOn },
      };
    },
  };
}

/**
 * A course's lists (`kind: 'course'` data): one class's, or every class of the course when
 * `session` is left out.
 */
export function courseListsPdf(
  api: Api,
  course: { id: number; name: string },
  session?: { id: number; date: string },
): PdfSource {
  const one = session !== undefined;
  return {
    kind: 'printable',
    title: one
      ? `Lista obecności — ${course.name} — ${formatDate(session.date)}`
      : `Listy obecności — ${course.name} — wszystkie zajęcia`,
    fileName: one
      ? `lista-obecnosci-${fileSlug(course.name)}-${session.date}.pdf`
      : `listy-obecnosci-${fileSlug(course.name)}.pdf`,
    load: async () => ({
      kind: 'attendanceLists',
      data: await api.call('courses.lists', { courseId: course.id, classId: session?.id ?? null }),
    }),
  };
}
