import { describe, expect, it } from 'vitest';
import { END_BEFORE_START } from '../../src-main/contract/rules';
import {
  contractWorld,
  createDraft,
  createSigned,
  KIS,
  PSYCHOLOG,
  snapshot,
  validContractContent,
  type ContractWorld,
} from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

/** The content as the signed contract holds it, with changes over it. */
function contentWith(w: ContractWorld, changes: Parameters<typeof validContractContent>[0]) {
  return validContractContent({ instrumentIds: w.path, ...changes });
}

const amend = (id: number, content: ReturnType<typeof validContractContent>, date = '2026-11-20') =>
  app().call('contracts.amend', {
    id,
    date,
    effectiveFrom: date,
    description: 'Zmiana kontraktu',
    content,
  });

describe('contracts.amend — what an amendment lists', () => {
  it('describes tasks, benefits, goals and evaluation in the words of the printed form', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const base = contentWith(w, { socialWorkerId: w.workerId });

    const amended = await amend(signed.id, {
      ...base,
      mainGoal: 'Podjęcie zatrudnienia',
      specificGoals: ['Ukończenie kursu zawodowego'],
      tasks: [
        { ...base.tasks![0]!, dueDate: '2027-01-31' },
        { description: 'Udział w grupie wsparcia', party: 'familyMember', partyName: 'Maria' },
      ],
      personObligations: [],
      benefits: [{ kind: 'Zasiłek celowy', purpose: 'Opał', amount: 120050, when: 'styczeń' }],
      evaluation: { method: 'Rozmowa', firstOn: '2026-12-07', everyWeeks: null },
    });

    // Lists show only the items taken out and put in, amounts with their words.
    expect(amended.amendments[0]!.changes).toEqual([
      {
        section: 'Cel główny',
        before: 'Podjęcie zatrudnienia i uregulowanie zaległości czynszowych',
        after: 'Podjęcie zatrudnienia',
      },
      {
        section: 'Cele szczegółowe',
        before: '• Spłata zaległości czynszowych',
        after: '—',
      },
      {
        section: 'Zadania',
        before:
          '• Udział w zajęciach Klubu Integracji Społecznej — Osoba zawierająca kontrakt, do 31.12.2026\n' +
          '• Pomoc w rozłożeniu zadłużenia na raty — Pracownik socjalny, do 15.12.2026',
        after:
          '• Udział w zajęciach Klubu Integracji Społecznej — Osoba zawierająca kontrakt, do 31.01.2027\n' +
          '• Udział w grupie wsparcia — Maria',
      },
      {
        section: 'Zobowiązania osoby',
        before: '• Regularne uczestnictwo w zajęciach',
        after: '—',
      },
      {
        section: 'Planowane świadczenia',
        before:
          '• Zasiłek celowy: Zakup odzieży roboczej, 350,00\u00a0zł (słownie: trzysta pięćdziesiąt złotych 00/100), grudzień 2026',
        after:
          '• Zasiłek celowy: Opał, 1\u00a0200,50\u00a0zł (słownie: tysiąc dwieście złotych 50/100), styczeń',
      },
      {
        section: 'Ocena realizacji',
        before:
          'Rozmowa z pracownikiem socjalnym i wizyta w domu; pierwsza ocena 30.11.2026, następnie co 4 tyg.',
        after: 'Rozmowa; pierwsza ocena 07.12.2026',
      },
    ]);
  });

  it('numbers amendments per contract, each starting from the state the last one left', async () => {
    const w = await contractWorld(app());
    const first = await createSigned(app(), w);
    const second = await createSigned(app(), w);
    const base = contentWith(w, { socialWorkerId: w.workerId });

    await amend(second.id, { ...base, periodTo: '2027-01-31' });
    await amend(second.id, { ...base, periodTo: '2027-03-31' }, '2026-11-21');
    const once = await amend(first.id, { ...base, periodTo: '2027-06-30' });
    const twice = await app().call('contracts.get', { id: second.id });

    expect(once.amendments.map((a) => a.number)).toEqual(['KS/2026/0001/A/1']);
    expect(twice.amendments.map((a) => [a.seq, a.number, a.date])).toEqual([
      [1, 'KS/2026/0002/A/1', '2026-11-20'],
      [2, 'KS/2026/0002/A/2', '2026-11-21'],
    ]);
    expect(twice.amendments[1]!.changes).toEqual([
      {
        section: 'Okres obowiązywania',
        before: '02.11.2026 – 31.01.2027',
        after: '02.11.2026 – 31.03.2027',
      },
    ]);
    expect(twice.content.periodTo).toBe('2027-03-31');
    const row = (await app().call('contracts.list', {})).rows.find((r) => r.id === second.id);
    expect(row?.periodTo).toBe('2027-03-31');
  });

  it('names an instrument deactivated since signing by its name, not its id', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    await app().call('instruments.update', {
      id: w.instrument(KIS),
      group: 'social',
      name: KIS,
      active: false,
    });
    const amended = await amend(signed.id, {
      ...contentWith(w, { socialWorkerId: w.workerId }),
      instrumentIds: [...w.path.slice(1), w.instrument(PSYCHOLOG)],
    });
    expect(amended.amendments[0]!.changes[0]!.before).toContain(`• ${KIS}`);
  });

  // Changing the social worker (a worker leaving the office) is a usual reason for an aneks.
  it('accepts an amendment that only changes the social worker, and lists that change', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const other = await app().call('staff.create', {
      firstName: 'Barbara',
      lastName: 'Lis',
      role: 'socialWorker',
      phone: '89 762 22 22',
      active: true,
    });
    const amended = await amend(signed.id, {
      ...contentWith(w, { socialWorkerId: other.id }),
      socialWorkerPhone: '89 762 22 22',
    });
    expect(amended.content.socialWorkerId).toBe(other.id);
    expect(amended.amendments[0]!.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(amended.amendments[0]!.changes)).toContain('Barbara Lis');
  });

  it('accepts an amendment that only updates the assessment of the situation', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const amended = await amend(signed.id, {
      ...contentWith(w, { socialWorkerId: w.workerId }),
      assessment: {
        causes: 'Długotrwałe bezrobocie; zadłużenie spłacone',
        resources: 'Doświadczenie w pracy fizycznej, wsparcie siostry',
        limitations: 'Brak prawa jazdy, problemy zdrowotne',
      },
    });
    expect(amended.content.assessment.causes).toBe('Długotrwałe bezrobocie; zadłużenie spłacone');
    expect(amended.amendments[0]!.changes.length).toBeGreaterThan(0);
  });
});

describe('contracts.amend — refusals leave everything as it was', () => {
  it('refuses an amendment that changes nothing', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const before = await snapshot(app(), signed.id);

    const error = await app().fail(
      'contracts.amend',
      {
        id: signed.id,
        date: '2026-11-20',
        effectiveFrom: '2026-11-20',
        description: 'Bez zmian',
        content: contentWith(w, { socialWorkerId: w.workerId }),
      },
      'invalid_input',
    );
    expect(error.message).toBe('Aneks nie zmienia żadnej części kontraktu');
    expect(await snapshot(app(), signed.id)).toEqual(before);
  });

  it('counts a change only of the concluded parts (variant, date, place, family) as no change', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const before = await snapshot(app(), signed.id);
    const content = {
      ...contentWith(w, { socialWorkerId: w.workerId }),
      variant: 'B' as const,
      concludedOn: '2026-11-03',
      concludedPlace: 'Olsztyn',
      familyParties: [{ firstName: 'Ola', lastName: 'Kowalska', relation: 'córka' }],
    };
    const error = await app().fail(
      'contracts.amend',
      {
        id: signed.id,
        date: '2026-11-20',
        effectiveFrom: '2026-11-20',
        description: 'Zmiana miejsca',
        content,
      },
      'invalid_input',
    );
    expect(error.message).toBe('Aneks nie zmienia żadnej części kontraktu');
    expect(await snapshot(app(), signed.id)).toEqual(before);
  });

  it('refuses an amendment that breaks the EFS rule of the project', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const before = await snapshot(app(), signed.id);
    const error = await app().fail(
      'contracts.amend',
      {
        id: signed.id,
        date: '2026-11-20',
        effectiveFrom: '2026-11-20',
        description: 'Rezygnacja z treningu',
        content: {
          ...contentWith(w, { socialWorkerId: w.workerId }),
          instrumentIds: w.path.slice(0, 2),
        },
      },
      'invalid_state',
    );
    expect(error.message).toBe(
      'Ścieżka reintegracji nie spełnia zasad EFS: ' +
        'Wybrano 2 instrumenty — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.',
    );
    expect(await snapshot(app(), signed.id)).toEqual(before);
  });

  it('refuses an amended period that ends before it starts, an unknown instrument or worker', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const before = await snapshot(app(), signed.id);
    const base = contentWith(w, { socialWorkerId: w.workerId });
    const attempt = (content: object) =>
      app().fail(
        'contracts.amend',
        {
          id: signed.id,
          date: '2026-11-20',
          effectiveFrom: '2026-11-20',
          description: 'Zmiana',
          content,
        },
        'invalid_input',
      );

    expect((await attempt({ ...base, periodTo: '2026-11-01' })).issues).toEqual([
      { path: ['content', 'periodTo'], message: END_BEFORE_START },
    ]);
    expect((await attempt({ ...base, instrumentIds: [...w.path, 999] })).issues).toEqual([
      { path: ['content', 'instrumentIds', 3], message: 'Nie ma takiego instrumentu' },
    ]);
    expect((await attempt({ ...base, socialWorkerId: 999 })).issues).toEqual([
      { path: ['content', 'socialWorkerId'], message: 'Nie ma takiego pracownika' },
    ]);
    expect(await snapshot(app(), signed.id)).toEqual(before);
  });

  it('refuses to amend a draft', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const before = await snapshot(app(), draft.id);
    const error = await app().fail(
      'contracts.amend',
      {
        id: draft.id,
        date: '2026-11-20',
        effectiveFrom: '2026-11-20',
        description: 'Zmiana',
        content: { ...contentWith(w, { socialWorkerId: w.workerId }), periodTo: '2027-02-28' },
      },
      'invalid_state',
    );
    expect(error.message).toBe('Nie można zmieniać aneksem kontraktu o statusie „Szkic”');
    expect(await snapshot(app(), draft.id)).toEqual(before);
  });
});
