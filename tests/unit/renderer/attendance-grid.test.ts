import { describe, expect, it } from 'vitest';
import type { MonthGrid } from '../../../src-main/contract/attendance';
import {
  attendedPercent,
  moduleShort,
  outcomeLabel,
  personState,
} from '../../../src-renderer/features/club/attendance/hours-view';
import {
  cellKey,
  changedCount,
  cycleMonths,
  gridCells,
  gridSave,
  initialMonth,
  pruneDrafts,
  rowCells,
  setDraft,
  type GridDrafts,
} from '../../../src-renderer/features/club/attendance/month-grid';

const session = (id: number, date: string, recordable: boolean) => ({
  kind: 'club' as const,
  id,
  editionId: 1,
  groupId: 2,
  group: 'Grupa 1',
  module: 'Psychoedukacja',
  trainer: 'Ewa Zielińska',
  room: 'Sala 12',
  date,
  from: 540,
  to: 780,
  recordable,
});

/** Two held sessions and one to come; Żak joined after the first. */
const grid: MonthGrid = {
  groupId: 2,
  month: '2026-11',
  sessions: [
    session(10, '2026-11-02', true),
    session(11, '2026-11-04', true),
    session(12, '2026-11-30', false),
  ],
  people: [
    {
      participantId: 1,
      name: 'Cieślak Jan',
      cells: [
        { member: true, mark: { status: 'present', minutes: null, reason: null } },
        { member: true, mark: null },
        { member: true, mark: null },
      ],
    },
    {
      participantId: 2,
      name: 'Żak Anna',
      cells: [
        { member: false, mark: null },
        { member: true, mark: { status: 'partial', minutes: 150, reason: null } },
        { member: true, mark: null },
      ],
    },
  ],
};

const empty: GridDrafts = new Map();
const cell = (sessionId: number, participantId: number, drafts = empty) =>
  gridCells(grid, drafts).find((c) => c.key === cellKey(sessionId, participantId))!;

describe('the month grid', () => {
  it('shows the stored marks; only held sessions of members can change', () => {
    const [jan, anna] = grid.people;
    expect(rowCells(grid, empty, jan!).map((c) => [c.editable, c.draft.status])).toEqual([
      [true, 'present'],
      [true, null],
      [false, null],
    ]);
    expect(rowCells(grid, empty, anna!).map((c) => [c.member, c.editable, c.draft.hours])).toEqual([
      [false, false, ''],
      [true, true, '2,5'],
      [true, false, ''],
    ]);
    expect(changedCount(grid, empty)).toBe(0);
  });

  it('tracks the changed cells, and forgets one set back as stored', () => {
    let drafts = setDraft(empty, cell(11, 1), { status: 'absent', hours: '', reason: '' });
    drafts = setDraft(drafts, cell(10, 1), { status: 'excused', hours: '', reason: '' });
    expect(changedCount(grid, drafts)).toBe(2);
    drafts = setDraft(drafts, cell(10, 1), { status: 'present', hours: '', reason: '' });
    expect(changedCount(grid, drafts)).toBe(1);
    expect([...drafts.keys()]).toEqual(['11:1']);
    // "2.5" for "2,5" stores the same minutes: no change.
    drafts = setDraft(drafts, cell(11, 2), { status: 'partial', hours: '2.5', reason: '' });
    expect(changedCount(grid, drafts)).toBe(1);
  });

  it('ignores drafts of cells that cannot change', () => {
    const drafts = new Map([
      [cellKey(12, 1), { status: 'present' as const, hours: '', reason: '' }],
      [cellKey(10, 2), { status: 'present' as const, hours: '', reason: '' }],
    ]);
    expect(changedCount(grid, drafts)).toBe(0);
    expect(gridSave(grid, drafts).marks).toEqual([]);
  });

  it('saves the changed cells row by row, with the key of each for the refusals', () => {
    let drafts = setDraft(empty, cell(11, 2), {
      status: 'partial',
      hours: '1:30',
      reason: 'lekarz',
    });
    drafts = setDraft(drafts, cell(11, 1), { status: 'absent', hours: '', reason: '' });
    drafts = setDraft(drafts, cell(10, 1), { status: null, hours: '', reason: '' });
    const save = gridSave(grid, drafts);
    expect(save.keys).toEqual(['10:1', '11:1', '11:2']);
    expect(save.marks).toEqual([
      { sessionId: 10, participantId: 1, status: null, minutes: null, reason: null },
      { sessionId: 11, participantId: 1, status: 'absent', minutes: null, reason: null },
      { sessionId: 11, participantId: 2, status: 'partial', minutes: 90, reason: 'lekarz' },
    ]);
    expect(save.unfinished).toEqual([]);
  });

  it('sends nothing of a partial presence without its hours', () => {
    const drafts = setDraft(empty, cell(11, 1), { status: 'partial', hours: '', reason: '' });
    const save = gridSave(grid, drafts);
    expect(save.marks).toEqual([]);
    expect(save.unfinished.map((c) => c.key)).toEqual(['11:1']);
  });

  it('keeps edits over a grid read again, dropping those it now stores', () => {
    let drafts = setDraft(empty, cell(11, 1), { status: 'absent', hours: '', reason: '' });
    drafts = setDraft(drafts, cell(10, 1), { status: 'excused', hours: '', reason: '' });
    const reread: MonthGrid = {
      ...grid,
      people: grid.people.map((p) =>
        p.participantId === 1
          ? {
              ...p,
              cells: p.cells.map((c, i) =>
                i === 1
                  ? { member: true, mark: { status: 'absent', minutes: null, reason: null } }
                  : c,
              ),
            }
          : p,
      ),
    };
    expect([...pruneDrafts(reread, drafts).keys()]).toEqual(['10:1']);
  });
});

describe('the months of a cycle', () => {
  it('lists every month from the first to the last day', () => {
    expect(cycleMonths('2026-11-02', '2027-02-05')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(cycleMonths('2026-11-02', '2026-11-30')).toEqual(['2026-11']);
  });

  it("opens on today's month, or the nearest end of the cycle", () => {
    const months = ['2026-11', '2026-12', '2027-01'];
    expect(initialMonth(months, '2026-12-15')).toBe('2026-12');
    expect(initialMonth(months, '2026-06-01')).toBe('2026-11');
    expect(initialMonth(months, '2027-05-01')).toBe('2027-01');
  });
});

describe('hours in words', () => {
  const total = { planned: 600, held: 300, attended: 255, excused: 0, absent: 45, unrecorded: 0 };

  it('says the share attended of what was recorded, or nothing before any record', () => {
    expect(attendedPercent(total)).toBe('85 %');
    // 255 of the 270 minutes recorded (30 held minutes not yet recorded).
    expect(attendedPercent({ ...total, absent: 15, unrecorded: 30 })).toBe('94 %');
    expect(attendedPercent({ ...total, held: 0, attended: 0, absent: 0 })).toBe('—');
    expect(attendedPercent({ ...total, attended: 0, absent: 0, unrecorded: 300 })).toBe('—');
  });

  it('puts the outcome in the form of the person’s sex', () => {
    expect(outcomeLabel('completed', 'K')).toBe('Ukończyła program');
    expect(outcomeLabel('completed', 'M')).toBe('Ukończył program');
    expect(outcomeLabel('left', 'K')).toBe('Zakończyła udział przed czasem');
    expect(outcomeLabel('left')).toBe('Zakończył(a) udział przed czasem');
  });

  it('names the state, an ended participation first', () => {
    const warning = { moduleId: null, missing: 60, message: '…' };
    expect(
      personState({
        sex: 'K',
        total,
        warnings: [],
        completion: {
          id: 1,
          editionId: 1,
          participantId: 2,
          outcome: 'completed',
          endedOn: '2026-11-23',
          reason: null,
          certificate: null,
        },
      }),
    ).toEqual({ tone: 'green', label: 'Ukończyła program (23.11.2026)' });
    expect(
      personState({
        sex: 'M',
        total,
        completion: null,
        warnings: [{ ...warning, kind: 'behind' }],
      }),
    ).toEqual({ tone: 'gold', label: 'Poniżej minimum obecności' });
    expect(
      personState({
        sex: 'M',
        total,
        completion: null,
        warnings: [
          { ...warning, kind: 'behind' },
          { ...warning, kind: 'cannotReach' },
        ],
      }),
    ).toEqual({ tone: 'red', label: 'Nie osiągnie minimum obecności' });
    expect(personState({ sex: 'M', total, completion: null, warnings: [] }).label).toBe(
      'Obecność w normie',
    );
  });

  it('shortens a module for a narrow column head', () => {
    expect(moduleShort('Trening kompetencji społecznych')).toBe('TKS');
    expect(moduleShort('Psychoedukacja')).toBe('Psyc.');
    expect(moduleShort('Joga')).toBe('Joga');
    expect(moduleShort('Doradztwo zawodowe — grupowe')).toBe('DZG');
    expect(moduleShort('Indywidualne konsultacje (specjalistyczne)')).toBe('IKS');
  });
});
