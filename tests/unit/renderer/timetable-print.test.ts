import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ClubProgramme, ClubSession } from '../../../src-main/contract/club';
import type { Channel, ChannelInput } from '../../../src-main/contract';
import type { ApiClient } from '../../../src-renderer/api/client';
import type { TimetableDocumentData } from '../../../src-renderer/documents/timetable';
import {
  fileSlug,
  groupMonthRequest,
  printGroupMonth,
  printTrainerMonth,
  timetableXlsx,
  trainerMonthRequest,
} from '../../../src-renderer/features/club/timetable-print';

const slot = (weekday: number) => ({ weekday, from: 540, to: 780 });

const programme = {
  edition: {
    id: 3,
    projectId: 9,
    projectTitle: 'Aktywni razem',
    name: 'KIS 2027',
    startDate: '2027-01-04',
    endDate: '2027-09-26',
    weeks: 38,
    meetings: [slot(1), slot(3), slot(5)],
    daysOff: ['2027-01-29'],
    minAttendancePercent: 80,
    revision: 4,
    sessions: 3,
    lastPlan: null,
  },
  groups: [
    { id: 1, editionId: 3, name: 'Grupa 1', sizeLimit: 30, meetings: null, members: 12 },
    {
      id: 2,
      editionId: 3,
      name: 'Grupa 2',
      sizeLimit: 30,
      meetings: [slot(2), slot(4)],
      members: 10,
    },
  ],
  modules: [
    { id: 5, name: 'Psychoedukacja', duty: false },
    { id: 6, name: 'Konsultacje', duty: true },
  ],
  trainers: [
    {
      id: 7,
      name: 'Anna Wiśniewska',
      specialisations: ['psychologist', 'addictionTherapist'],
      availability: [slot(1), slot(2), slot(3)],
    },
  ],
  rooms: [{ id: 8, name: 'Sala klubowa' }],
} as unknown as ClubProgramme;

const stored = (id: number, groupId: number, moduleId: number, date: string): ClubSession => ({
  id,
  editionId: 3,
  groupId,
  moduleId,
  trainerId: 7,
  roomId: 8,
  date,
  from: 540,
  to: 660,
  locked: false,
  manual: false,
});

function fakeApi(isEfs = true) {
  const calls: { channel: Channel; input: unknown }[] = [];
  const sessions = [stored(1, 1, 5, '2027-01-04'), stored(2, 2, 6, '2027-01-05')];
  const api = {
    async call(channel: Channel, input: ChannelInput<Channel>) {
      calls.push({ channel, input });
      switch (channel) {
        case 'club.getEdition':
          return programme;
        case 'club.sessions': {
          const q = input as { groupId?: number; trainerId?: number };
          return {
            editionId: 3,
            revision: 4,
            sessions: sessions.filter((s) => q.groupId === undefined || s.groupId === q.groupId),
          };
        }
        case 'settings.get':
          return { officeName: 'MOPR w Radomiu' };
        case 'settings.getLogoStrip':
          return { dataUrl: 'data:image/png;base64,AAAA' };
        case 'projects.get':
          return { title: 'Aktywni razem', programme: 'FEM 2021–2027', measure: null, isEfs };
        default:
          throw new Error(`unexpected ${channel}`);
      }
    },
  } as unknown as Pick<ApiClient, 'call'>;
  return { api, calls };
}

describe('printing the club’s timetable', () => {
  it('reads a group’s month with names, its days off and the EU strip', async () => {
    const { api, calls } = fakeApi();
    const request = await groupMonthRequest(api, 3, 1, '2027-01', '2026-12-14');
    expect(request.kind).toBe('timetable');
    const data = request.data as TimetableDocumentData;
    expect(calls.find((c) => c.channel === 'club.sessions')?.input).toEqual({
      editionId: 3,
      from: '2027-01-01',
      to: '2027-01-31',
      groupId: 1,
    });
    expect(data).toMatchObject({
      variant: 'group',
      subject: 'Grupa 1',
      office: { name: 'MOPR w Radomiu' },
      project: { title: 'Aktywni razem', isEfs: true, logoStrip: 'data:image/png;base64,AAAA' },
      edition: { name: 'KIS 2027', startDate: '2027-01-04', endDate: '2027-09-26' },
      preparedOn: '2026-12-14',
    });
    expect(data.sessions).toEqual([
      {
        date: '2027-01-04',
        from: 540,
        to: 660,
        module: 'Psychoedukacja',
        duty: false,
        trainer: 'Anna Wiśniewska',
        group: 'Grupa 1',
        room: 'Sala klubowa',
      },
    ]);
    // the edition meets Mon/Wed/Fri: 6 January (Wed) and the office's 29 January (Fri)
    expect(data.daysOff.map((d) => d.date)).toEqual(['2027-01-06', '2027-01-29']);
  });

  it('reads a trainer’s month over every group, with their specialisations', async () => {
    const { api, calls } = fakeApi(false);
    const data = (await trainerMonthRequest(api, 3, 7, '2027-01', '2026-12-14'))
      .data as TimetableDocumentData;
    expect(calls.find((c) => c.channel === 'club.sessions')?.input).toMatchObject({ trainerId: 7 });
    expect(data.variant).toBe('trainer');
    expect(data.subjectNote).toBe('psycholog, terapeuta uzależnień');
    expect(data.sessions.map((s) => s.group)).toEqual(['Grupa 1', 'Grupa 2']);
    // no EU strip outside an EFS project
    expect(data.project.logoStrip).toBeNull();
    // meetings Mon–Fri across the groups, the trainer available Mon–Wed: only 6 January
    expect(data.daysOff.map((d) => d.date)).toEqual(['2027-01-06']);
  });

  it('gives the preview dialog a source it loads when it opens', async () => {
    const { api, calls } = fakeApi();
    const source = printGroupMonth(api, 3, 1, '2027-01', { name: 'Grupa 1', today: '2026-12-14' });
    expect(calls).toHaveLength(0);
    expect(source).toMatchObject({
      kind: 'printable',
      title: 'Harmonogram zajęć — Grupa 1 — styczeń 2027',
      fileName: 'harmonogram-grupa-1-2027-01.pdf',
    });
    if (source.kind !== 'printable') throw new Error('not printable');
    expect((await source.load()).kind).toBe('timetable');
    expect(printTrainerMonth(api, 3, 7, '2027-02', { name: 'Anna Wiśniewska' }).fileName).toBe(
      'harmonogram-anna-wisniewska-2027-02.pdf',
    );
    expect(fileSlug('Łódź — Żółć')).toBe('lodz-zolc');
  });

  it('exports the whole cycle as a workbook, each group’s sessions on its sheet', async () => {
    const { api, calls } = fakeApi();
    const { blob, fileName } = await timetableXlsx(api, 3, {}, '2026-12-14');
    expect(fileName).toBe('harmonogram-kis-2027-2027-01-04-2027-09-26.xlsx');
    expect(calls.find((c) => c.channel === 'club.sessions')?.input).toEqual({
      editionId: 3,
      from: '2027-01-04',
      to: '2027-09-26',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['Grupa 1', 'Grupa 2', 'Informacje']);
    expect(book.getWorksheet('Grupa 1')!.getCell('E2').value).toBe('Psychoedukacja');
    expect(book.getWorksheet('Grupa 2')!.getCell('E2').value).toBe('Konsultacje (dyżur)');
  });
});
