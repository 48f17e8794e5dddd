import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../../src-renderer/documents/registry';
import { TEST_TODAY } from '../support/clock';
import { readPdf, renderPdf } from '../support/pdf';
import { validEnrolment } from '../support/test-app';
import { writerPerson } from '../support/writers';
import { addFullAccount } from '../support/workstation';
import { measure, ms } from './stats';
import { channelCaller, demoBenchApp } from './bench-app';

/** The PESEL serial of the people this bench registers (the writer tests use 0–4, dispatch 9). */
const BENCH_STATION = 8;
const GROUP_SIZE = 30;

/**
 * Issue 9's figures, through the whole dispatcher on a file database: the demo club (Radom's
 * programme, two groups over 38 weeks) with both groups filled to 30 people and every held
 * session recorded — then a month's grid of 30 people saved, the hours summary of the
 * edition, and a month of one group's attendance lists rendered to one PDF.
 */
export async function benchAttendance(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-attendance-'));
  const app = await demoBenchApp(dir);
  try {
    const staffId = await addFullAccount(app, 'Ława', 'Benchowa');
    app.sessions.start('bench', staffId);
    const call = channelCaller(app, 'bench');

    const [edition] = await call('club.listEditions', {});
    const { groups, edition: full } = await call('club.getEdition', { id: edition!.id });
    let n = 0;
    for (const group of groups) {
      await call('club.saveGroup', {
        id: group.id,
        editionId: group.editionId,
        name: group.name,
        sizeLimit: GROUP_SIZE,
        meetings: group.meetings,
      });
      const { members } = await call('club.members', { groupId: group.id });
      const added = [];
      while (members.length + added.length < GROUP_SIZE) {
        const person = await call('participants.create', writerPerson(BENCH_STATION, n++));
        const enrolment = await call(
          'enrolments.create',
          validEnrolment(person.id, edition!.projectId, {
            enrolledOn: full.startDate,
            consentDate: full.startDate,
          }),
        );
        await call('enrolments.changeStatus', {
          id: enrolment.id,
          to: 'qualified',
          date: full.startDate,
        });
        added.push({ participantId: person.id, joinedOn: full.startDate, leftOn: null });
      }
      await call('club.setMembers', {
        groupId: group.id,
        members: [
          ...members.map(({ participantId, joinedOn, leftOn }) => ({
            participantId,
            joinedOn,
            leftOn,
          })),
          ...added,
        ],
      });
    }

    // Every held session of the cycle recorded, a group's month at a time.
    const group = groups[0]!;
    const { sessions } = await call('club.sessions', { editionId: edition!.id, to: TEST_TODAY });
    const months = [...new Set(sessions.map((s) => s.date.slice(0, 7)))];
    const grid = async (groupId: number, month: string, flip: boolean) => {
      const g = await call('attendance.month', { groupId, month });
      return g.sessions.flatMap((s, column) =>
        s.recordable
          ? g.people.flatMap((p, row) =>
              p.cells[column]!.member
                ? [
                    {
                      sessionId: s.id,
                      participantId: p.participantId,
                      status:
                        (row + column) % 7 === (flip ? 1 : 0)
                          ? ('absent' as const)
                          : ('present' as const),
                    },
                  ]
                : [],
            )
          : [],
      );
    };
    for (const g of groups)
      for (const month of months)
        await call('attendance.recordMonth', {
          groupId: g.id,
          month,
          marks: await grid(g.id, month, false),
        });

    // The busiest full month before today: its grid saved again with other marks each time.
    const month = months.at(-2)!;
    const cells = [await grid(group.id, month, true), await grid(group.id, month, false)];
    let flip = 0;
    const save = await measure(
      () =>
        call('attendance.recordMonth', {
          groupId: group.id,
          month,
          marks: cells[flip++ % 2]!,
        }),
      40,
    );
    const sessionsInMonth = new Set(cells[0]!.map((c) => c.sessionId)).size;

    const hours = await measure(() => call('club.hours', { editionId: edition!.id }), 40);
    const allSessions = (await call('club.sessions', { editionId: edition!.id })).sessions.length;

    const monthFrom = `${month}-01`;
    const lists = async () => {
      const data = await call('attendance.lists', {
        editionId: edition!.id,
        groupId: group.id,
        from: monthFrom,
        to: sessions.filter((s) => s.date.startsWith(month)).at(-1)!.date,
      });
      return renderPdf(buildDocument({ kind: 'attendanceLists', data }));
    };
    const pdf = await lists();
    const render = await measure(lists, 10);

    console.log('attendance — through the dispatcher, demo club filled to 2 × 30 people');
    console.log(
      `save a month's grid (${GROUP_SIZE} × ${sessionsInMonth} = ${cells[0]!.length} marks)   median ${ms(save.median)}   p95 ${ms(save.p95)}`,
    );
    console.log(
      `hours summary (2 groups, ${allSessions} sessions)      median ${ms(hours.median)}   p95 ${ms(hours.p95)}`,
    );
    console.log(
      `a month of lists to one PDF (${sessionsInMonth} sessions, ${readPdf(pdf).pageCount} pages)   median ${ms(render.median)}   p95 ${ms(render.p95)}`,
    );
  } finally {
    app.handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
