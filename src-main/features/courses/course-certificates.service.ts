import { randomInt } from 'node:crypto';
import type { ParsedInput } from '../../contract';
import type {
  CertificateVerification,
  CourseCertificateData,
  CourseCertificateEntry,
  PrintableCertificate,
} from '../../contract/course-certificates';
import type { Course, CourseCompletionRow } from '../../contract/courses';
import { AppError } from '../../contract/errors';
import type { RuleIssue } from '../../contract/rules';
import { drawNumber } from '../../db/counters';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { formatAddress, townOf } from '../../domain/address';
import { formatCourseCertificateNumber, type ReceiptKind } from '../../domain/courses/course-rules';
import {
  makeVerificationCode,
  normalizeVerificationCode,
} from '../../domain/courses/verification-code';
import { formatDate } from '../../domain/dates';
import { polishSortKey } from '../../domain/sort-key';
import { narrowedTo } from '../accounts/participant-scope';
import { recordAudit } from '../audit/audit.repo';
import { fundedProjectOf } from '../documents/funded-project';
import { documentKindSpec } from '../documents/document-kinds';
import { issueDocument } from '../documents/documents.service';
import { notInFuture, refuseField } from '../field-rules';
import { findParticipant } from '../participants/participants.repo';
import { getOffice } from '../settings/settings.service';
import {
  certificateIdByCode,
  certificateRows,
  codeTaken,
  correctionsOf,
  duplicateByCode,
  duplicatesOf,
  insertCertificate,
  insertDuplicate,
  setCertificateDocument,
  setReceipt,
  setRevoked,
  type CertificateFilter,
  type CertificateRow,
} from './course-certificates.repo';
import { completionOf } from './course-completion.service';
import { requireCourse } from './courses.repo';
import { findProvider } from './providers.repo';
import { searchKey } from '../../domain/text';

/*
 * Certificates of completion of a course (§ 23 Rozporządzenia MEiN z 6.10.2023, Dz.U. 2023
 * poz. 2175) and their register (§ 25): issued only to those who met the course's rule, numbered
 * per year without gaps inside the issuing write, frozen with their SHA-256 in the register of
 * issued documents. A mistake is put right by revoking and issuing anew under a new number;
 * a lost one by a duplicate with its own code. Nothing is deleted, every step is logged.
 */

/** The register's counter: one series per year for all courses ("12/2026"). */
const SERIES = 'course-certificate';
const NOT_FOUND = 'Nie znaleziono zaświadczenia';

type IdentifyBy = ParsedInput<'courses.issueCertificates'>['identifyBy'];
type Person = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/** Why this person's certificate cannot print what the office chose, or null. */
function identityProblem(person: Person, by: IdentifyBy): string | null {
  if (by === 'pesel' && !person.pesel)
    return 'brak numeru PESEL — wydrukuj datę i miejsce urodzenia';
  if (by === 'birthDate' && !person.birthPlace)
    return 'brak miejsca urodzenia w danych osoby — uzupełnij je albo wydrukuj PESEL';
  return null;
}

/** A new verification code no certificate or duplicate has. */
async function freshCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = makeVerificationCode(randomInt);
    if (!(await codeTaken(tx, code))) return code;
  }
}

/**
 * Issues one certificate inside the caller's write: its number drawn, its data frozen, its
 * register entry and issued document recorded, the step logged.
 */
async function issueOne(
  ctx: HandlerContext,
  tx: Tx,
  course: Course,
  person: Person,
  by: IdentifyBy,
  replaces: { id: number; number: string } | null,
): Promise<{ id: number; participantId: number; number: string }> {
  const year = Number(ctx.today.slice(0, 4));
  const number = formatCourseCertificateNumber(year, await drawNumber(tx, SERIES, year));
  const code = await freshCode(tx);
  const [office, provider] = await Promise.all([
    getOffice(tx),
    findProvider(tx, course.providerId),
  ]);
  const data: CourseCertificateData = {
    number,
    issuedOn: ctx.today,
    place: townOf(office.address),
    code,
    organiser: { name: provider?.name ?? course.provider, address: provider?.address ?? '' },
    office: { name: office.officeName, address: office.address },
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      sex: person.sex,
      birthDate: by === 'birthDate' ? person.birthDate : null,
      birthPlace: by === 'birthDate' ? person.birthPlace : null,
      pesel: by === 'pesel' ? person.pesel : null,
    },
    course: {
      name: course.name,
      form: course.form,
      place: course.place,
      startDate: course.startDate,
      endDate: course.endDate,
      totalHours: course.totalHours,
      topics: course.topics.map(({ title, hours }) => ({ title, hours })),
    },
    replacesNumber: replaces?.number ?? null,
    project: await fundedProjectOf(tx, course.projectId, 'asset'),
  };
  const id = await insertCertificate(tx, {
    courseId: course.id,
    participantId: person.id,
    number,
    issuedOn: ctx.today,
    code,
    holderAddress: formatAddress(person.address),
    holderIdentity: person.pesel
      ? `PESEL ${person.pesel}`
      : `dokument ${person.documentNumber ?? ''}`.trim(),
    replacesId: replaces?.id ?? null,
  });
  const document = await issueDocument(ctx, tx, {
    kind: 'courseCertificate',
    number,
    issuedOn: ctx.today,
    entityId: id,
    data,
  });
  await setCertificateDocument(tx, id, document.id);
  await recordAudit(ctx, {
    entity: 'courseCertificate',
    entityId: id,
    action: 'issue',
    changedFields: replaces ? ['certificate', 'replaces'] : ['certificate'],
  });
  return { id, participantId: person.id, number };
}

/** Who of the course's people is to get a certificate now, and who not and why. */
function chooseHolders(
  people: readonly CourseCompletionRow[],
  named: readonly number[] | null,
): { chosen: CourseCompletionRow[]; skipped: CourseCompletionRow[] } {
  if (named === null) {
    const without = people.filter((p) => !p.certificate);
    return {
      chosen: without.filter((p) => p.eligible),
      skipped: without.filter((p) => !p.eligible),
    };
  }
  const issues: RuleIssue[] = [];
  const chosen: CourseCompletionRow[] = [];
  named.forEach((participantId, i) => {
    const row = people.find((p) => p.participantId === participantId);
    const path = ['participantIds', i];
    if (!row) issues.push({ path, message: 'Ta osoba nie jest uczestnikiem tego kursu' });
    else if (row.certificate)
      issues.push({
        path,
        message: `${row.name}: zaświadczenie nr ${row.certificate.number} już wydano — wydrukuj je ponownie albo wydaj duplikat`,
      });
    else if (!row.eligible)
      issues.push({
        path,
        message: `${row.name} nie spełnia warunków ukończenia kursu: ${row.reasons.join('; ')}`,
      });
    else chosen.push(row);
  });
  if (issues.length)
    throw new AppError('invalid_state', issues.map((i) => i.message).join('. '), { issues });
  return { chosen, skipped: [] };
}

export function issueCertificates(
  ctx: HandlerContext,
  input: ParsedInput<'courses.issueCertificates'>,
) {
  return ctx.uow.write(async (tx) => {
    const course = await requireCourse(tx, input.courseId);
    const completion = await completionOf(tx, course.id, ctx.today);
    const { chosen, skipped } = chooseHolders(completion.people, input.participantIds);
    const left = skipped.map((p) => ({
      participantId: p.participantId,
      name: p.name,
      reasons: p.reasons,
    }));
    const ready: Person[] = [];
    for (const row of chosen) {
      const person = await findParticipant(tx, row.participantId);
      if (!person) throw new AppError('not_found', 'Nie znaleziono uczestnika');
      const problem = identityProblem(person, input.identifyBy);
      if (!problem) ready.push(person);
      else if (input.participantIds === null)
        left.push({ participantId: row.participantId, name: row.name, reasons: [problem] });
      else
        refuseField(
          ['participantIds', input.participantIds.indexOf(row.participantId)],
          `${row.name}: ${problem}`,
        );
    }
    if (!ready.length)
      throw new AppError(
        'invalid_state',
        `Nikt nie może teraz otrzymać zaświadczenia: ${
          left.length
            ? left.map((p) => `${p.name} — ${p.reasons.join('; ')}`).join('; ')
            : completion.people.length
              ? 'wszyscy uczestnicy kursu mają już zaświadczenia'
              : 'kurs nie ma uczestników'
        }`,
      );
    const issued = [];
    for (const person of ready)
      issued.push(await issueOne(ctx, tx, course, person, input.identifyBy, null));
    left.sort((a, b) => (polishSortKey(a.name) < polishSortKey(b.name) ? -1 : 1));
    return { issued, skipped: left };
  });
}

/** Register entries of the rows, with duplicates and corrections. */
async function entriesOf(tx: Tx, rows: CertificateRow[]): Promise<CourseCertificateEntry[]> {
  const ids = rows.map((r) => r.id);
  const [duplicates, related] = await Promise.all([duplicatesOf(tx, ids), correctionsOf(tx, ids)]);
  const numberOf = new Map(related.map((r) => [r.id, r.number]));
  // `correctionsOf` gives the rows replacing ours; the replaced ones' numbers are looked up too.
  const replacedIds = rows.map((r) => r.replacesId).filter((v): v is number => v !== null);
  for (const r of await correctionsOf(tx, replacedIds)) numberOf.set(r.id, r.number);
  return rows.map((r) => ({
    id: r.id,
    documentId: r.documentId!,
    number: r.number,
    issuedOn: r.issuedOn,
    courseId: r.courseId,
    course: r.course,
    participantId: r.participantId,
    person: `${r.lastName} ${r.firstName}`,
    sex: r.sex as 'K' | 'M',
    address: r.address,
    identity: r.identity,
    code: r.code,
    status: r.revokedOn === null ? 'valid' : 'revoked',
    revokedOn: r.revokedOn,
    revokeReason: r.revokeReason,
    replacesNumber: r.replacesId === null ? null : (numberOf.get(r.replacesId) ?? null),
    replacedByNumber: related.find((x) => x.replacesId === r.id)?.number ?? null,
    duplicates: duplicates
      .filter((d) => d.certificateId === r.id)
      .map(({ issuedOn, code }) => ({ issuedOn, code })),
    receivedOn: r.receivedOn,
    receivedHow: r.receivedHow as ReceiptKind | null,
    sha256: r.sha256,
    issuedByName: r.issuedByName,
  }));
}

async function requireEntry(tx: Tx, id: number): Promise<CourseCertificateEntry> {
  const [entry] = await entriesOf(tx, await certificateRows(tx, { ids: [id] }));
  if (!entry) throw new AppError('not_found', NOT_FOUND);
  return entry;
}

/** As every search of the office: "cwik" finds "Ćwik" (DOMAIN: "lukasz" finds "Łukasz"). */
const folded = (s: string) => searchKey(s);

export function listCertificates(
  ctx: HandlerContext,
  input: ParsedInput<'courses.certificates'>,
): Promise<CourseCertificateEntry[]> {
  const { search, ...filter } = input;
  // The register names addresses and PESELs: a narrowed social worker sees their people's only.
  const own = narrowedTo(ctx.user);
  const scoped: CertificateFilter = own === null ? filter : { ...filter, reachableBy: own };
  return ctx.uow.read(async (tx) => {
    const entries = await entriesOf(tx, await certificateRows(tx, scoped));
    const needle = folded(search ?? '');
    if (!needle) return entries;
    return entries.filter((e) =>
      [e.number, e.person, e.code, e.course].some((v) => folded(v).includes(needle)),
    );
  });
}

/** The certificates as printed from their stored data; each view is logged. */
export async function printCertificates(
  ctx: HandlerContext,
  ids: readonly number[],
): Promise<PrintableCertificate[]> {
  const printable = await ctx.uow.read(async (tx) => {
    const rows = await certificateRows(tx, { ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const spec = documentKindSpec('courseCertificate');
    const out: PrintableCertificate[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', NOT_FOUND);
      out.push({
        id,
        documentId: row.documentId!,
        number: row.number,
        issuedOn: row.issuedOn,
        sha256: row.sha256,
        revoked: row.revokedOn !== null,
        duplicate: null,
        data: await spec.printable(tx, JSON.parse(row.data) as CourseCertificateData),
      });
    }
    return out;
  });
  for (const { id } of printable)
    await recordAudit(ctx, {
      entity: 'courseCertificate',
      entityId: id,
      action: 'view',
      changedFields: ['certificate'],
    });
  return printable;
}

/** A duplicate of a valid certificate: today's date and a code of its own, logged. */
export function duplicateCertificate(
  ctx: HandlerContext,
  id: number,
): Promise<PrintableCertificate> {
  return ctx.uow.write(async (tx) => {
    const entry = await requireEntry(tx, id);
    if (entry.status === 'revoked')
      throw new AppError(
        'invalid_state',
        `Zaświadczenie nr ${entry.number} unieważniono ${formatDate(entry.revokedOn!)} — duplikatu nieważnego zaświadczenia się nie wydaje${entry.replacedByNumber ? ` (zastąpiło je zaświadczenie nr ${entry.replacedByNumber})` : ''}`,
      );
    const code = await freshCode(tx);
    await insertDuplicate(tx, { certificateId: id, issuedOn: ctx.today, code });
    await recordAudit(ctx, {
      entity: 'courseCertificate',
      entityId: id,
      action: 'duplicate',
      changedFields: ['certificate'],
    });
    const [row] = await certificateRows(tx, { ids: [id] });
    const spec = documentKindSpec('courseCertificate');
    return {
      id,
      documentId: row!.documentId!,
      number: row!.number,
      issuedOn: row!.issuedOn,
      sha256: row!.sha256,
      revoked: false,
      duplicate: { issuedOn: ctx.today, code },
      data: await spec.printable(tx, JSON.parse(row!.data) as CourseCertificateData),
    };
  });
}

/**
 * Revokes a certificate issued with a mistake; with `reissue`, the corrected one — made from
 * the data as it stands now, the person identified as before — in the same write.
 */
export function revokeCertificate(
  ctx: HandlerContext,
  input: ParsedInput<'courses.revoke'>,
): Promise<{ revoked: CourseCertificateEntry; replacement: CourseCertificateEntry | null }> {
  return ctx.uow.write(async (tx) => {
    const entry = await requireEntry(tx, input.id);
    if (entry.status === 'revoked')
      throw new AppError(
        'invalid_state',
        `Zaświadczenie nr ${entry.number} unieważniono już ${formatDate(entry.revokedOn!)}`,
      );
    // The corrected one is a new certificate: issued only to who meets the rule now (checked
    // before anything is written).
    let reissue: { course: Course; person: Person; by: IdentifyBy } | null = null;
    if (input.reissue) {
      const course = await requireCourse(tx, entry.courseId);
      const own = (await completionOf(tx, course.id, ctx.today)).people.find(
        (p) => p.participantId === entry.participantId,
      );
      if (!own?.eligible)
        refuseField(
          'reissue',
          `Nie można wydać nowego zaświadczenia: ${own ? own.reasons.join('; ') : 'tej osoby nie ma już na kursie'}`,
        );
      const person = await findParticipant(tx, entry.participantId);
      if (!person) throw new AppError('not_found', 'Nie znaleziono uczestnika');
      const [row] = await certificateRows(tx, { ids: [entry.id] });
      const by: IdentifyBy =
        (JSON.parse(row!.data) as CourseCertificateData).person.pesel === null
          ? 'birthDate'
          : 'pesel';
      const problem = identityProblem(person, by);
      if (problem) refuseField('reissue', `Nie można wydać nowego zaświadczenia: ${problem}`);
      reissue = { course, person, by };
    }
    await setRevoked(tx, entry.id, {
      revokedOn: ctx.today,
      revokeReason: input.reason,
      updatedAt: ctx.now,
    });
    await recordAudit(ctx, {
      entity: 'courseCertificate',
      entityId: entry.id,
      action: 'revoke',
      changedFields: ['revokedOn', 'revokeReason'],
    });
    let replacement: CourseCertificateEntry | null = null;
    if (reissue) {
      const issued = await issueOne(ctx, tx, reissue.course, reissue.person, reissue.by, entry);
      replacement = await requireEntry(tx, issued.id);
    }
    return { revoked: await requireEntry(tx, entry.id), replacement };
  });
}

export function confirmReceipt(
  ctx: HandlerContext,
  input: ParsedInput<'courses.confirmReceipt'>,
): Promise<CourseCertificateEntry> {
  return ctx.uow.write(async (tx) => {
    const entry = await requireEntry(tx, input.id);
    notInFuture(input.receivedOn, ctx.today, 'receivedOn');
    if (input.receivedOn < entry.issuedOn)
      refuseField(
        'receivedOn',
        `Zaświadczenie wydano ${formatDate(entry.issuedOn)} — nie mogło zostać odebrane wcześniej`,
      );
    await setReceipt(tx, entry.id, {
      receivedOn: input.receivedOn,
      receivedHow: input.how,
      updatedAt: ctx.now,
    });
    await recordAudit(ctx, {
      entity: 'courseCertificate',
      entityId: entry.id,
      action: 'update',
      changedFields: ['receivedOn', 'receivedHow'],
    });
    return requireEntry(tx, entry.id);
  });
}

/** What the register says of the certificate (or duplicate) carrying the code; null if none. */
export function verifyCode(
  ctx: HandlerContext,
  typed: string,
): Promise<CertificateVerification | null> {
  const code = normalizeVerificationCode(typed);
  if (code === null)
    refuseField('code', 'Kod ma 8 znaków (litery i cyfry), np. K7QM-3XPD — sprawdź, co wpisano');
  return ctx.uow.read(async (tx) => {
    const duplicate = await duplicateByCode(tx, code);
    const id = duplicate?.certificateId ?? (await certificateIdByCode(tx, code));
    if (id === undefined) return null;
    const [row] = await certificateRows(tx, { ids: [id] });
    const entry = (await entriesOf(tx, [row!]))[0]!;
    // What the paper says is what is confirmed: the frozen data, not the course as it is now.
    const printed = JSON.parse(row!.data) as CourseCertificateData;
    return {
      code,
      number: entry.number,
      issuedOn: entry.issuedOn,
      person: `${printed.person.firstName} ${printed.person.lastName}`,
      course: printed.course.name,
      courseDates: { from: printed.course.startDate, to: printed.course.endDate },
      totalHours: printed.course.totalHours,
      status: entry.status,
      revokedOn: entry.revokedOn,
      revokeReason: entry.revokeReason,
      replacedByNumber: entry.replacedByNumber,
      duplicateOn: duplicate?.issuedOn ?? null,
    };
  });
}
