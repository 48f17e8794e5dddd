import { describe, expect, it } from 'vitest';
import { contractWorld, createDraft, snapshot } from '../support/contracts';
import { useTestApp, validParticipant, validProject } from '../support/test-app';
import { FUTURE_DATE } from '../../src-main/contract/rules';

const app = useTestApp();

const issuesByPath = (issues: { path: (string | number)[]; message: string }[] = []) =>
  Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

describe('hostile text through the channels: refused field by field, nothing written', () => {
  it('refuses NUL, ESC, a right-to-left override and zero-width-only names', async () => {
    const before = app().counts();
    const error = await app().fail(
      'participants.create',
      validParticipant({
        firstName: '\u200B\u200D\uFEFF',
        lastName: 'Kowal\u0000ski',
        birthPlace: 'Barto\u001Bszyce',
        notes: 'Uwagi \u202Eikswolok',
        address: { street: 'Kajki\u2066' },
      }),
      'invalid_input',
    );
    expect(issuesByPath(error.issues)).toEqual({
      firstName: 'Pole „Imię” jest wymagane',
      lastName: 'Pole „Nazwisko” zawiera niedozwolony znak sterujący (U+0000)',
      birthPlace: 'Pole „Miejsce urodzenia” zawiera niedozwolony znak sterujący (U+001B)',
      notes: 'Pole „Uwagi” zawiera niedozwolony znak zmiany kierunku tekstu (U+202E)',
      'address.street': 'Pole „Ulica” zawiera niedozwolony znak zmiany kierunku tekstu (U+2066)',
    });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a megabyte e-mail and keeps a clean person in NFC, trimmed', async () => {
    const huge = await app().fail(
      'participants.create',
      validParticipant({ email: `${'a'.repeat(1_000_000)}@example.com` }),
      'invalid_input',
    );
    expect(issuesByPath(huge.issues)).toEqual({
      email: 'Pole „E-mail” może mieć najwyżej 254 znaki',
    });
    const person = await app().call(
      'participants.create',
      validParticipant({
        firstName: '\u200BZo\u0301fia ',
        notes: 'Pierwsza linia\r\nDruga\tz tabulacją',
        email: ' zofia@example.com ',
        phone: '\u200B',
      }),
    );
    expect(person).toMatchObject({
      firstName: 'Zófia',
      notes: 'Pierwsza linia\nDruga\tz tabulacją',
      email: 'zofia@example.com',
      phone: null,
    });
  });

  it('refuses "since" dates in the future and implausible years', async () => {
    const before = app().counts();
    const future = await app().fail(
      'participants.create',
      validParticipant({
        unemployedSince: '2026-11-24',
        withoutWorkSince: '2027-01-01',
        officeClientSince: '2030-05-05',
      }),
      'invalid_input',
    );
    expect(issuesByPath(future.issues)).toEqual({
      unemployedSince: 'Data nie może być z przyszłości',
    });
    const years = await app().fail(
      'participants.create',
      validParticipant({
        birthDate: '1800-01-01',
        pesel: null,
        documentNumber: 'ABC123456',
        officeClientSince: '9999-12-31',
      }),
      'invalid_input',
    );
    expect(issuesByPath(years.issues)).toEqual({
      birthDate: 'Data urodzenia nie może być wcześniejsza niż 1900 r.',
      officeClientSince: 'Data musi przypadać między 1900 a 2100 rokiem',
    });
    const project = await app().fail(
      'projects.create',
      validProject({ startDate: '0000-01-01', endDate: '9999-12-31' }),
      'invalid_input',
    );
    expect(issuesByPath(project.issues)).toEqual({
      startDate: 'Data musi przypadać między 2000 a 2100 rokiem',
      endDate: 'Data musi przypadać między 2000 a 2100 rokiem',
    });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a family member born in the future', async () => {
    const error = await app().fail(
      'participants.create',
      validParticipant({
        familyMembers: [
          { firstName: 'Ola', lastName: 'Kowalska', relation: 'córka', birthDate: '2026-12-01' },
        ],
      }),
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['familyMembers', 0, 'birthDate'],
        message: FUTURE_DATE,
      },
    ]);
  });
});

describe('hostile numbers and lists', () => {
  it('refuses amounts of 2^53−1 grosze and counts of people beyond 99 999', async () => {
    const before = app().counts();
    const error = await app().fail(
      'projects.create',
      validProject({
        totalValue: Number.MAX_SAFE_INTEGER,
        euFunding: Number.MAX_SAFE_INTEGER,
        ownContribution: 0,
        plannedWomen: Number.MAX_SAFE_INTEGER,
        indicators: [{ name: 'Wskaźnik', targetWomen: 1, targetMen: 100_000 }],
      }),
      'invalid_input',
    );
    expect(issuesByPath(error.issues)).toMatchObject({
      totalValue: 'Kwota musi być mniejsza niż 100 000 000 zł',
      euFunding: 'Kwota musi być mniejsza niż 100 000 000 zł',
      plannedWomen: 'Liczba osób może wynosić najwyżej 99 999',
      'indicators.0.targetMen': 'Liczba osób może wynosić najwyżej 99 999',
    });
    expect(app().counts()).toEqual(before);
  });

  it('refuses a benefit of 90 071 992 547 409,91 zł and an instrument named twice', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const before = await snapshot(app(), draft.id);
    const error = await app().fail(
      'contracts.update',
      {
        id: draft.id,
        projectId: w.projectId,
        content: {
          ...draft.content,
          instrumentIds: [...w.path, w.path[0]],
          benefits: [{ kind: 'Zasiłek', purpose: 'Opał', amount: 9007199254740991, when: 'zaraz' }],
          specificGoals: ['Kurs', 'Kurs'],
        },
      },
      'invalid_input',
    );
    expect(issuesByPath(error.issues)).toEqual({
      [`content.instrumentIds.${w.path.length}`]: 'Każdy instrument można wybrać tylko raz',
      'content.benefits.0.amount': 'Kwota musi być mniejsza niż 10 000 000 zł',
      'content.specificGoals.1': 'Cel szczegółowy: taki wpis już jest na liście',
    });
    expect(await snapshot(app(), draft.id)).toEqual(before);
  });

  it('refuses the same reason of exclusion twice and a criterion of one kind twice', async () => {
    const before = app().counts();
    const person = await app().fail(
      'participants.create',
      validParticipant({ exclusionReasons: ['unemployment', 'unemployment'] }),
      'invalid_input',
    );
    expect(issuesByPath(person.issues)).toEqual({
      'exclusionReasons.1': 'Każdą przesłankę można wybrać tylko raz',
    });
    const project = await app().fail(
      'projects.create',
      validProject({
        criteria: [
          { kind: 'minAge', years: 18 },
          { kind: 'minAge', years: 30 },
        ],
      }),
      'invalid_input',
    );
    expect(issuesByPath(project.issues)).toEqual({
      'criteria.1.kind': 'Każde kryterium można dodać tylko raz',
    });
    expect(app().counts()).toEqual(before);
  });
});
