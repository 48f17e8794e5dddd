import { describe, expect, it } from 'vitest';
import type { CourseCompletionRow } from '../../../src-main/contract/courses';
import {
  classesSummary,
  holidayWarnings,
  patternIssues,
  patternOutcome,
  type ClassRow,
} from '../../../src-renderer/features/courses/class-pattern-form';
import {
  completionState,
  examText,
  formatNip,
  issuePlan,
  reasonsText,
  topicsSum,
  verificationState,
} from '../../../src-renderer/features/courses/course-view';
import { registerScope } from '../../../src-renderer/features/courses/CertificateRegisterScreen';

const COURSE = { startDate: '2026-03-30', endDate: '2026-04-24' };
const at = (h: number) => h * 60;

describe('the programme’s running sum', () => {
  it.each([
    [[60, 58], 120, 'Suma godzin tematów: 118 h z 120 h — brakuje 2 h', false],
    [[60, 62], 120, 'Suma godzin tematów: 122 h z 120 h — o 2 h za dużo', false],
    [[60, 60], 120, 'Suma godzin tematów: 120 h z 120 h — zgadza się z liczbą godzin kursu', true],
    [[40], null, 'Suma godzin tematów: 40 h — podaj liczbę godzin kursu', false],
  ])('topics %j against %s h', (hours, total, text, matches) => {
    const sum = topicsSum(
      hours.map((h) => ({ hours: h })),
      total,
    );
    expect(sum.text).toBe(text);
    expect(sum.matches).toBe(matches);
  });

  it('counts rows still being typed as nothing', () => {
    const sum = topicsSum([{ hours: 10 }, { hours: null }, {}, null, { hours: '5' }], 20);
    expect(sum.sum).toBe(10);
    expect(sum.text).toContain('brakuje 10 h');
  });
});

describe('a NIP as people write it', () => {
  it('puts in the dashes of ten digits and leaves anything else', () => {
    expect(formatNip('1234563218')).toBe('123-456-32-18');
    expect(formatNip('12-34')).toBe('12-34');
  });
});

describe('"Dodaj według tygodnia"', () => {
  it('says what is missing, each on its field', () => {
    const issues = patternIssues({ weekdays: [], from: 'x', to: null }, COURSE);
    expect(issues.map((i) => i.path[0])).toEqual([
      'weekdays',
      'from',
      'to',
      'startDate',
      'endDate',
    ]);
    expect(issues[0]!.message).toBe('Zaznacz co najmniej jeden dzień tygodnia');
  });

  it('refuses an end before the start and days outside the course', () => {
    const issues = patternIssues(
      { weekdays: [1], from: at(13), to: at(9), startDate: '2026-03-01', endDate: '2026-04-24' },
      COURSE,
    );
    expect(issues).toEqual([
      { path: ['to'], message: 'Zajęcia muszą się kończyć po rozpoczęciu' },
      {
        path: ['startDate'],
        message: 'Zajęcia muszą się odbyć w czasie kursu (30.03.2026–24.04.2026)',
      },
    ]);
  });

  it('gives Mondays and Wednesdays, leaving out Easter Monday, in date order', () => {
    const outcome = patternOutcome(
      { weekdays: [3, 1], from: at(9), to: at(13), startDate: '2026-03-30', endDate: '2026-04-10' },
      COURSE,
      [],
    )!;
    expect(outcome.rows.map((r) => r.date)).toEqual(['2026-03-30', '2026-04-01', '2026-04-08']);
    expect(outcome.rows.every((r) => r.id === null && r.from === at(9) && r.to === at(13))).toBe(
      true,
    );
    expect(outcome.holidays).toEqual(['06.04.2026 (Poniedziałek Wielkanocny)']);
    expect(outcome.text).toBe(
      'Powstanie 3 nowe zajęcia (12 h): poniedziałek, środa. Pominięte święta: 06.04.2026 (Poniedziałek Wielkanocny).',
    );
  });

  it('skips a day whose class already overlaps the hours, so a second click adds nothing new', () => {
    const existing: Partial<ClassRow>[] = [{ date: '2026-03-30', from: at(12), to: at(15) }];
    const outcome = patternOutcome(
      { weekdays: [1], from: at(9), to: at(13), startDate: '2026-03-30', endDate: '2026-04-13' },
      COURSE,
      existing,
    )!;
    expect(outcome.rows.map((r) => r.date)).toEqual(['2026-04-13']);
    expect(outcome.taken).toEqual(['30.03.2026']);
    expect(outcome.text).toContain('Pominięte, bo są już zajęcia o tej porze: 30.03.2026.');
  });

  it('is silent while the pattern is incomplete', () => {
    expect(patternOutcome({ weekdays: [1] }, COURSE, [])).toBeNull();
  });
});

describe('the classes against the course’s hours', () => {
  it('adds up whole rows only and says the gap', () => {
    const rows = [
      { date: '2026-03-30', from: at(9), to: at(13) },
      { date: '2026-03-31', from: at(9), to: at(12) + 30 },
      { date: '2026-04-01', from: '9:', to: at(13) },
    ];
    expect(classesSummary(rows, 10).text).toBe(
      '3 zajęcia, razem 7,5 h z 10 h kursu — brakuje 2,5 h',
    );
  });

  it('warns of a class typed on a public holiday', () => {
    expect(holidayWarnings([{ date: '2026-04-06' }, { date: '2026-04-07' }])).toEqual([
      '06.04.2026 to święto (Poniedziałek Wielkanocny)',
    ]);
  });
});

const row = (over: Partial<CourseCompletionRow>): CourseCompletionRow => ({
  participantId: 1,
  name: 'Żak Anna',
  sex: 'K',
  total: { planned: 7200, held: 7200, attended: 6000, excused: 0, absent: 1200, unrecorded: 0 },
  required: 5760,
  percent: 83,
  exam: null,
  eligible: true,
  reasons: [],
  warnings: [],
  certificate: null,
  ...over,
});

describe('completion in words', () => {
  it('joins the core’s reasons into one sentence', () => {
    expect(reasonsText(['obecność 71 % przy wymaganych 80 %', 'egzamin niezdany.'])).toBe(
      'Obecność 71 % przy wymaganych 80 %; egzamin niezdany.',
    );
    expect(reasonsText([])).toBe('');
  });

  it('says eligible, issued or why not, in the form of the person’s sex', () => {
    expect(completionState(row({})).label).toBe('Ukończyła — może otrzymać zaświadczenie');
    expect(
      completionState(
        row({ sex: 'M', certificate: { id: 3, number: '4/2026', code: 'K7QM-3XPD' } }),
      ).label,
    ).toBe('Ukończył — zaświadczenie nr 4/2026');
    const refused = completionState(
      row({ eligible: false, reasons: ['obecność 71 % przy wymaganych 80 %'] }),
    );
    expect(refused).toEqual({
      tone: 'gold',
      label: 'Nie spełnia warunków',
      reasons: 'Obecność 71 % przy wymaganych 80 %.',
    });
  });

  it('splits the people before issuing: already issued, to issue, refused', () => {
    const plan = issuePlan([
      row({ participantId: 1 }),
      row({ participantId: 2, eligible: false, reasons: ['egzamin niezdany'] }),
      row({ participantId: 3, certificate: { id: 1, number: '1/2026', code: 'AAAA-BBBB' } }),
    ]);
    expect(plan.eligible.map((r) => r.participantId)).toEqual([1]);
    expect(plan.refused.map((r) => r.participantId)).toEqual([2]);
    expect(plan.issued.map((r) => r.participantId)).toEqual([3]);
  });

  it('names the exam result with its day', () => {
    expect(examText({ result: 'passed', date: '2026-04-24' })).toBe('Zdany (24.04.2026)');
    expect(examText({ result: 'absent', date: null })).toBe('Nieobecność na egzaminie');
    expect(examText(null)).toBe('—');
  });
});

describe('what a verification code says', () => {
  const base = {
    code: 'K7QM-3XPD',
    number: '12/2026',
    issuedOn: '2026-04-27',
    person: 'Żak Anna',
    course: 'Spawacz MAG',
    courseDates: { from: '2026-03-30', to: '2026-04-24' },
    totalHours: 120,
    status: 'valid' as const,
    revokedOn: null,
    revokeReason: null,
    replacedByNumber: null,
    duplicateOn: null,
  };
  it.each([
    [{}, 'Ważne'],
    [
      {
        status: 'revoked' as const,
        revokedOn: '2026-05-04',
        revokeReason: 'błąd w nazwisku',
        replacedByNumber: '14/2026',
      },
      'Unieważnione 04.05.2026 — błąd w nazwisku (zastąpione nr 14/2026)',
    ],
    [
      { status: 'revoked' as const, revokedOn: '2026-05-04', revokeReason: 'pomyłka' },
      'Unieważnione 04.05.2026 — pomyłka',
    ],
    [{ duplicateOn: '2026-06-01' }, 'Duplikat wydany 01.06.2026 — ważny'],
  ])('%j → %s', (over, label) => {
    expect(verificationState({ ...base, ...over }).label).toBe(label);
  });
});

describe('the register’s scope', () => {
  it('says what the printout covers', () => {
    expect(registerScope({ year: 2026, status: 'valid', search: 'żak' }, 'Spawacz MAG')).toBe(
      'rok 2026, kurs „Spawacz MAG”, ważne, wyszukiwanie „żak”',
    );
    expect(registerScope({}, undefined)).toBe('');
  });
});
