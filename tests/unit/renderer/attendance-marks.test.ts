import { describe, expect, it } from 'vitest';
import {
  draftChanged,
  draftIssues,
  draftOf,
  hoursText,
  issuesByRow,
  markOf,
  markText,
  parseHours,
  STATUS_LABELS,
  STATUS_ORDER,
  withStatus,
} from '../../../src-renderer/features/club/attendance/marks';

describe('hours of a partial presence as typed', () => {
  it.each([
    ['2,5', 150],
    ['2.5', 150],
    [' 2,5 h ', 150],
    ['2', 120],
    ['0,25', 15],
    ['0,33', 20],
    ['1:30', 90],
    ['0:45', 45],
  ])('"%s" → %i minutes', (text, minutes) => {
    expect(parseHours(text)).toEqual({ ok: true, minutes });
  });

  it('says in Polish what is wrong', () => {
    expect(parseHours('')).toEqual({ ok: false, message: 'Podaj, ile godzin osoba była obecna' });
    expect(parseHours('dwie')).toEqual({
      ok: false,
      message: 'Wpisz liczbę godzin, np. 2,5 albo 1:30',
    });
    expect(parseHours('2,555')).toMatchObject({ ok: false });
    expect(parseHours('1:75')).toMatchObject({ ok: false });
    expect(parseHours('0')).toEqual({
      ok: false,
      message: 'Czas obecności musi być większy od zera',
    });
    expect(parseHours('-1')).toMatchObject({ ok: false });
  });

  it('refuses more than the session lasts', () => {
    expect(parseHours('4', 240)).toEqual({ ok: true, minutes: 240 });
    expect(parseHours('4,5', 240)).toEqual({
      ok: false,
      message: 'Czas obecności (4,5 h) jest dłuższy niż zajęcia (4 h)',
    });
  });

  it('writes minutes back as a clerk types them', () => {
    expect(hoursText(150)).toBe('2,5');
    expect(hoursText(120)).toBe('2');
    expect(hoursText(20)).toBe('0,33');
    expect(parseHours(hoursText(20))).toEqual({ ok: true, minutes: 20 });
  });
});

describe('the statuses a select offers', () => {
  it('start with different letters, so a typed letter picks one', () => {
    const letters = ['—', ...STATUS_ORDER.map((s) => STATUS_LABELS[s])].map((l) =>
      l[0]!.toLowerCase(),
    );
    expect(new Set(letters).size).toBe(letters.length);
    expect(STATUS_ORDER.map((s) => STATUS_LABELS[s])).toEqual([
      'Obecny',
      'Nieobecny',
      'Usprawiedliwiony',
      'Częściowo',
    ]);
  });
});

describe('a mark while edited', () => {
  const stored = { status: 'partial' as const, minutes: 150, reason: 'spóźnienie' };

  it('starts from the stored mark', () => {
    expect(draftOf(stored)).toEqual({ status: 'partial', hours: '2,5', reason: 'spóźnienie' });
    expect(draftOf(null)).toEqual({ status: null, hours: '', reason: '' });
  });

  it('is sent with minutes only when partial and a reason only beside an absence', () => {
    expect(markOf(7, { status: 'partial', hours: '1,5', reason: ' lekarz ' }, 240)).toEqual({
      participantId: 7,
      status: 'partial',
      minutes: 90,
      reason: 'lekarz',
    });
    // Changed to present: the reason typed before is dropped, and so are the hours.
    const present = withStatus({ status: 'partial', hours: '1,5', reason: 'lekarz' }, 'present');
    expect(markOf(7, present, 240)).toEqual({
      participantId: 7,
      status: 'present',
      minutes: null,
      reason: null,
    });
    expect(markOf(7, { status: 'absent', hours: '', reason: '' }, 240)).toEqual({
      participantId: 7,
      status: 'absent',
      minutes: null,
      reason: null,
    });
    // Taken back.
    expect(markOf(7, { status: null, hours: '', reason: '' }, 240)?.status).toBeNull();
  });

  it('is not sent while its hours are missing or too long', () => {
    expect(markOf(7, { status: 'partial', hours: '', reason: '' }, 240)).toBeNull();
    expect(draftIssues({ status: 'partial', hours: '5', reason: '' }, 240)).toEqual({
      minutes: 'Czas obecności (5 h) jest dłuższy niż zajęcia (4 h)',
    });
    expect(draftIssues({ status: 'present', hours: '', reason: '' }, 240)).toEqual({});
  });

  it('counts as changed only when it would store something else', () => {
    expect(
      draftChanged(stored, { status: 'partial', hours: '2.5', reason: 'spóźnienie' }, 240),
    ).toBe(false);
    expect(draftChanged(stored, { status: 'partial', hours: '2', reason: 'spóźnienie' }, 240)).toBe(
      true,
    );
    expect(draftChanged(null, { status: null, hours: '', reason: '' }, 240)).toBe(false);
    expect(draftChanged(null, { status: 'present', hours: '', reason: '' }, 240)).toBe(true);
    expect(draftChanged(stored, { status: null, hours: '', reason: '' }, 240)).toBe(true);
    // Unfinished: a change (it keeps the save from pretending nothing is left).
    expect(draftChanged(null, { status: 'partial', hours: '', reason: '' }, 240)).toBe(true);
  });

  it('reads in words on a read-only list', () => {
    expect(markText(stored)).toBe('Częściowo (2,5 h) — spóźnienie');
    expect(markText({ status: 'present', minutes: null, reason: null })).toBe('Obecny');
    expect(markText(null)).toBe('—');
  });
});

describe("the core's refusals back on the rows", () => {
  it('finds the row of each mark sent by its index, the rest apart', () => {
    const { rows, general } = issuesByRow(
      [
        { path: ['marks', 1, 'minutes'], message: 'Za długo' },
        { path: ['marks', 1, 'reason'], message: 'Bez powodu' },
        { path: ['marks', 0, 'participantId'], message: 'Nie w grupie' },
        { path: ['marks', 0, 'sessionId'], message: 'Jeszcze się nie odbyły' },
        { path: ['marks', 9, 'status'], message: 'Poza listą' },
        { path: ['sessionId'], message: 'Nie znaleziono zajęć' },
      ],
      [42, 43],
    );
    expect(rows.get(43)).toEqual({ minutes: 'Za długo', reason: 'Bez powodu' });
    expect(rows.get(42)).toEqual({
      participantId: 'Nie w grupie',
      status: 'Jeszcze się nie odbyły',
    });
    expect(general).toEqual(['Poza listą', 'Nie znaleziono zajęć']);
  });
});
