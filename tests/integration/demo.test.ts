import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../src-main/bootstrap';
import { fixedClock } from '../../src-main/domain/clock';
import { addDays } from '../../src-main/domain/dates';
import type { EditionHours } from '../../src-main/contract/attendance';
import type { ClubProgramme, ClubSession } from '../../src-main/contract/club';
import type { CourseCertificateEntry } from '../../src-main/contract/course-certificates';
import type { CourseCompletion, CourseSummary } from '../../src-main/contract/courses';
import { toPlanInput, toPlannedSessions } from '../../src-main/features/club/plan-input';
import { TEST_TODAY } from '../support/clock';
import { validatePlan } from '../support/club-plan-oracle';

/** The demo office as created on `today`, read back through the dispatcher. */
async function demoOn(today: string) {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-demo-'));
  const core = await startCore({
    dbPath: join(dir, 'demo.sqlite'),
    migrationsFolder: resolve('drizzle'),
    demo: true,
    clock: fixedClock(today),
  });
  const call = async (channel: string, input: unknown = {}) => {
    const envelope = await core.dispatch(channel, input, 'test');
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.data as never;
  };
  try {
    // The demo's accounts and password are shown on its login screen; the coordinator reads all.
    const { demo } = (await call('session.get')) as { demo: { password: string } };
    await call('session.login', { login: 'koordynator', password: demo.password });
    const projects: { startDate: string; endDate: string }[] = await call('projects.list');
    const contracts: {
      rows: { status: string; periodFrom: string; periodTo: string; nextEvaluationOn: string }[];
    } = await call('contracts.list');
    const [edition]: { id: number }[] = await call('club.listEditions', {});
    const programme: ClubProgramme = await call('club.getEdition', { id: edition!.id });
    const { sessions }: { sessions: ClubSession[] } = await call('club.sessions', {
      editionId: edition!.id,
    });
    const hours: EditionHours = await call('club.hours', { editionId: edition!.id });
    const certificates: unknown[] = await call('club.certificates', { editionId: edition!.id });
    const courses: CourseSummary[] = await call('courses.list', {});
    const completions: CourseCompletion[] = [];
    for (const c of courses) completions.push(await call('courses.completion', { courseId: c.id }));
    const register: CourseCertificateEntry[] = await call('courses.certificates', {});
    return {
      projects,
      contracts: contracts.rows,
      programme,
      sessions,
      hours,
      certificates,
      courses: { list: courses, completions, register },
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the demo office', () => {
  // The day the tests live on, a year and more later, the last day of a month, a leap day.
  it.each([TEST_TODAY, addDays(TEST_TODAY, 400), '2027-01-31', '2028-02-29'])(
    'created on %s is a project running around that day',
    async (today) => {
      const { projects, contracts, programme, sessions, hours, certificates, courses } =
        await demoOn(today);
      expect(projects).toHaveLength(2);
      for (const p of projects) {
        expect(p.startDate < today, 'project started before today').toBe(true);
        expect(p.endDate > today, 'project still running').toBe(true);
      }
      expect(contracts.map((c) => c.status).sort()).toEqual(['draft', 'signed', 'signed']);
      for (const c of contracts) {
        expect(c.periodFrom <= today).toBe(true);
        expect(c.periodTo > today).toBe(true);
      }
      const next = contracts.flatMap((c) => (c.nextEvaluationOn ? [c.nextEvaluationOn] : []));
      // One contract evaluated three days ago with the next evaluation ahead, one due already.
      expect(next.some((d) => d > today)).toBe(true);
      expect(next.some((d) => d <= today)).toBe(true);
      // The club's edition is planned whole: Radom's eleven modules for two groups, and the
      // independent validator finds nothing wrong with the timetable.
      expect(programme.groups).toHaveLength(2);
      expect(programme.modules).toHaveLength(11);
      expect(sessions.length).toBeGreaterThan(200);
      expect(validatePlan(toPlanInput(programme), toPlannedSessions(sessions))).toEqual([]);
      expect(sessions.some((s) => s.date < today) && sessions.some((s) => s.date > today)).toBe(
        true,
      );
      // Attendance is recorded up to today: everyone has hours, one person is warned of, one
      // left early with a certificate.
      const people = hours.groups.flatMap((g) => g.people);
      expect(people.every((p) => p.total.unrecorded === 0 && p.total.attended > 0)).toBe(true);
      expect(people.some((p) => p.warnings.length > 0)).toBe(true);
      expect(people.filter((p) => p.completion?.outcome === 'left')).toHaveLength(1);
      expect(certificates).toHaveLength(1);
      // Two finished courses with their certificates: everyone who completed has one, those
      // who did not are told why; one duplicate, one revoked and issued anew.
      expect(courses.list).toHaveLength(2);
      for (const c of courses.list) expect(c.endDate < today).toBe(true);
      const all = courses.completions.flatMap((c) => c.people);
      // A welder missed a week, a welder failed the exam, a shop assistant was often absent.
      const notCompleted = all.filter((p) => !p.eligible);
      expect(notCompleted).toHaveLength(3);
      for (const p of notCompleted) expect(p.reasons.length).toBeGreaterThan(0);
      expect(all.filter((p) => p.eligible).every((p) => p.certificate !== null)).toBe(true);
      const { register } = courses;
      expect(register).toHaveLength(all.filter((p) => p.eligible).length + 1);
      expect(register.filter((e) => e.status === 'revoked')).toHaveLength(1);
      expect(register.filter((e) => e.replacesNumber !== null)).toHaveLength(1);
      expect(register.filter((e) => e.duplicates.length > 0)).toHaveLength(1);
    },
    // A whole office seeded and a sign-in (scrypt, slow on purpose): 2–3 s on an idle machine,
    // several times that on a busy one.
    20_000,
  );
});
