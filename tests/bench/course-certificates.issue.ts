import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, isoWeekday } from '../../src-main/domain/dates';
import { TEST_TODAY } from '../support/clock';
import { validEnrolment } from '../support/test-app';
import { addFullAccount } from '../support/workstation';
import { writerPerson } from '../support/writers';
import { channelCaller, demoBenchApp } from './bench-app';

/** The PESEL serial of the people this bench registers (attendance uses 8, dispatch 9). */
const BENCH_STATION = 7;

/**
 * The core's half of "issue the certificates of a whole course": the demo office on a file
 * database, a finished course in its 7.1.1 project with `count` people who all completed it,
 * then — timed — `courses.issueCertificates` (every number drawn in one write) and
 * `courses.printCertificates` (the stored data of all of them). The printable data is written
 * to `dir` for the rendering process.
 */
export async function issueCourseCertificates(
  dir: string,
  count: number,
): Promise<{ issueMs: number; printMs: number; dataFile: string }> {
  const app = await demoBenchApp(dir);
  try {
    app.sessions.start('bench', await addFullAccount(app, 'Ława', 'Benchowa'));
    const call = channelCaller(app, 'bench');

    const project = (await call('projects.list', undefined)).find(
      (p) => !/KIS|Klub/.test(p.title),
    )!;
    const start = addDays(TEST_TODAY, -28 - (isoWeekday(TEST_TODAY) - 1));
    const ids: number[] = [];
    for (let n = 0; n < count; n++) {
      const person = await call('participants.create', writerPerson(BENCH_STATION, n));
      const enrolled = addDays(start, -7);
      const enrolment = await call(
        'enrolments.create',
        validEnrolment(person.id, project.id, { enrolledOn: enrolled, consentDate: enrolled }),
      );
      await call('enrolments.changeStatus', { id: enrolment.id, to: 'qualified', date: enrolled });
      await call('enrolments.changeStatus', {
        id: enrolment.id,
        to: 'participant',
        date: enrolled,
      });
      ids.push(person.id);
    }
    const provider = await call('courses.saveProvider', {
      name: 'Centrum Szkoleń Budowlanych „Kielnia” sp. z o.o.',
      nip: '777-000-11-11',
      address: 'ul. Szkolna 3\n26-600 Radom',
    });
    const topics = Array.from({ length: 12 }, (_, i) => ({
      title: `Temat ${i + 1}: technologia robót wykończeniowych, część ${i + 1}`,
      hours: 10,
    }));
    const course = await call('courses.save', {
      projectId: project.id,
      providerId: provider.id,
      name: 'Technologia robót wykończeniowych w budownictwie',
      form: 'kurs',
      place: 'Radom, ul. Szkolna 3',
      startDate: start,
      endDate: addDays(start, 4),
      totalHours: 120,
      topics,
      examRequired: false,
      resultKind: 'qualification',
    });
    await call('courses.setParticipants', { courseId: course.id, participantIds: ids });
    const { classes } = await call('courses.saveClasses', {
      courseId: course.id,
      classes: [0, 1, 2].map((d) => ({
        id: null,
        date: addDays(start, d),
        from: 480,
        to: 960,
        topic: null,
      })),
    });
    await call('courses.recordGrid', {
      courseId: course.id,
      marks: classes.flatMap((c) =>
        ids.map((participantId) => ({ sessionId: c.id, participantId, status: 'present' })),
      ),
    });

    let t = performance.now();
    const { issued } = await call('courses.issueCertificates', {
      courseId: course.id,
      participantIds: null,
      identifyBy: 'pesel',
    });
    const issueMs = performance.now() - t;
    if (issued.length !== count) throw new Error(`issued ${issued.length} of ${count}`);
    t = performance.now();
    const printable = await call('courses.printCertificates', {
      certificateIds: issued.map((c) => c.id),
    });
    const printMs = performance.now() - t;
    const dataFile = join(dir, 'certificates.json');
    writeFileSync(dataFile, JSON.stringify(printable.map((p) => p.data)));
    return { issueMs, printMs, dataFile };
  } finally {
    app.handle.close();
  }
}
