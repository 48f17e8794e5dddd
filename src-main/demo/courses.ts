import type { Channel, ChannelInput, ChannelOutput } from '../contract';
import type { MarkInput } from '../contract/attendance';
import { classesFromPattern } from '../domain/courses/class-pattern';
import { addDays, isoWeekday } from '../domain/dates';

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/*
 * Two finished vocational courses of the demo's 7.1.1 project, modelled on the seeds (a welder
 * MAG course for men, a shop assistant's course with a cash register for women): attendance
 * recorded, the exam, and the certificates issued — one lost and given as a duplicate, one
 * issued with a mistake, revoked and issued anew. Who did not complete shows why.
 */

const WELDER = {
  provider: {
    name: 'Ośrodek Szkolenia Zawodowego „Iskra” sp. z o.o.',
    nip: '526-000-12-81',
    address: 'ul. Hutnicza 7\n26-600 Radom',
    risNumber: '2.14/00045/2012',
    contactPerson: 'Grażyna Łuczak',
    phone: '48 360 00 11',
    email: 'szkolenia@iskra.example.pl',
  },
  course: {
    name: 'Spawacz metodą MAG (135) — blachy i rury spoinami pachwinowymi',
    form: 'kurs',
    place: 'Radom, ul. Hutnicza 7, hala szkoleniowa',
    totalHours: 120,
    topics: [
      { title: 'Bezpieczeństwo i higiena pracy przy pracach spawalniczych', hours: 8 },
      { title: 'Materiałoznawstwo i rysunek techniczny', hours: 12 },
      { title: 'Technologia spawania metodą MAG', hours: 20 },
      { title: 'Ćwiczenia praktyczne na stanowisku spawalniczym', hours: 72 },
      { title: 'Przygotowanie do egzaminu', hours: 8 },
    ],
    minAttendancePercent: 80,
    examRequired: true,
    resultKind: 'qualification',
  },
  /** Mon–Fri 8:00–14:00, six hours a day over four weeks. */
  pattern: { weekdays: [1, 2, 3, 4, 5], from: 480, to: 840, days: 20 },
} as const;

const SHOP = {
  provider: {
    name: 'Akademia Handlu „Kasa” s.c.',
    nip: '952-100-04-21',
    address: 'ul. Żeromskiego 40\n26-600 Radom',
    risNumber: null,
    contactPerson: 'Jolanta Wąs',
    phone: '48 362 44 10',
    email: null,
  },
  course: {
    name: 'Sprzedawca z obsługą kasy fiskalnej',
    form: 'kurs',
    place: 'Radom, ul. Żeromskiego 40, sala nr 2',
    totalHours: 80,
    topics: [
      { title: 'Organizacja pracy w sklepie', hours: 10 },
      { title: 'Obsługa kasy fiskalnej i terminala płatniczego', hours: 20 },
      { title: 'Obsługa klienta i komunikacja', hours: 14 },
      { title: 'Towaroznawstwo', hours: 10 },
      { title: 'Prawa konsumenta, BHP i ochrona przeciwpożarowa', hours: 6 },
      { title: 'Zajęcia praktyczne w sklepie', hours: 20 },
    ],
    minAttendancePercent: 80,
    examRequired: false,
    resultKind: 'competence',
  },
  /** Mon–Thu 9:00–14:00, five hours a day over four weeks. */
  pattern: { weekdays: [1, 2, 3, 4], from: 540, to: 840, days: 16 },
} as const;

/** The programme's topic taught after `hours` of classes: the topics follow in their order. */
function topicAt(topics: readonly { title: string; hours: number }[], hours: number): string {
  let before = 0;
  for (const t of topics) {
    before += t.hours;
    if (hours < before) return t.title;
  }
  return topics.at(-1)!.title;
}

/** The Monday on or before the day. */
const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/**
 * One finished course: its classes from its weekly pattern (skipping holidays) from the Monday
 * of `from`, the people on it, attendance where `absent(place, n)` says who missed the n-th
 * class, and exam results (`failed` names who failed).
 */
async function finishedCourse(
  run: Run,
  spec: typeof WELDER | typeof SHOP,
  projectId: number,
  people: number[],
  from: string,
  absent: (place: number, n: number) => boolean,
  failed: number[] = [],
) {
  const provider = await run('courses.saveProvider', spec.provider);
  const startDate = mondayOf(from);
  const { weekdays, from: start, to: end, days } = spec.pattern;
  const { classes } = classesFromPattern({
    weekdays,
    from: start,
    to: end,
    startDate,
    endDate: addDays(startDate, 7 * 6),
  });
  const taught = classes.slice(0, days);
  const saved = await run('courses.save', {
    ...spec.course,
    topics: [...spec.course.topics],
    projectId,
    providerId: provider.id,
    startDate,
    endDate: taught.at(-1)!.date,
  });
  await run('courses.setParticipants', { courseId: saved.id, participantIds: people });
  const { classes: stored } = await run('courses.saveClasses', {
    courseId: saved.id,
    classes: taught.map((c, i) => ({
      id: null,
      ...c,
      topic: topicAt(spec.course.topics, (i * (end - start)) / 60),
    })),
  });
  const marks = stored.flatMap((c, n) =>
    people.map((participantId, place): MarkInput & { sessionId: number } =>
      absent(place, n)
        ? { sessionId: c.id, participantId, status: 'absent', minutes: null, reason: null }
        : { sessionId: c.id, participantId, status: 'present', minutes: null, reason: null },
    ),
  );
  await run('courses.recordGrid', { courseId: saved.id, marks });
  if (spec.course.examRequired)
    await run('courses.saveExam', {
      courseId: saved.id,
      results: people.map((participantId, place) => ({
        participantId,
        result: failed.includes(place) ? ('failed' as const) : ('passed' as const),
        date: addDays(stored.at(-1)!.date, 1),
      })),
    });
  return saved.id;
}

/**
 * The demo's courses in the project, with `men` and `women` among its participants: the welder
 * course ended about two months ago, the shop assistant's about a month ago.
 */
export async function seedDemoCourses(
  run: Run,
  projectId: number,
  people: { men: number[]; women: number[] },
  today: string,
) {
  // One welder missed a week of classes (below 80 %), one failed the exam.
  const welder = await finishedCourse(
    run,
    WELDER,
    projectId,
    people.men.slice(0, 6),
    addDays(today, -90),
    (place, n) => place === 4 && n >= 8 && n < 13,
    [5],
  );
  // One woman was often absent: six days of sixteen.
  const shop = await finishedCourse(
    run,
    SHOP,
    projectId,
    people.women.slice(0, 8),
    addDays(today, -60),
    (place, n) => place === 7 && n % 10 < 3,
  );
  const issued = [];
  for (const courseId of [welder, shop])
    issued.push(
      (
        await run('courses.issueCertificates', {
          courseId,
          participantIds: null,
          identifyBy: 'birthDate',
        })
      ).issued,
    );
  const [welderCertificates, shopCertificates] = issued as [
    ChannelOutput<'courses.issueCertificates'>['issued'],
    ChannelOutput<'courses.issueCertificates'>['issued'],
  ];
  for (const c of welderCertificates)
    await run('courses.confirmReceipt', { id: c.id, receivedOn: today, how: 'person' });
  // A welder lost his certificate: a duplicate.
  await run('courses.duplicate', { id: welderCertificates[0]!.id });
  // A shop assistant's name was typed wrongly: revoked and issued anew.
  await run('courses.revoke', {
    id: shopCertificates[1]!.id,
    reason: 'Błąd w nazwisku uczestniczki',
    reissue: true,
  });
}
