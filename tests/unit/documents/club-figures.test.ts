import { describe, expect, it, vi } from 'vitest';
import {
  buildClubFigures,
  type ClubFiguresDocumentData,
} from '../../../src-renderer/documents/club-figures';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import { definitionRows, flat, pdfText } from '../../support/pdf';
import { clubOffice, clubProject } from './fixtures';

// Rendering takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const data: ClubFiguresDocumentData = {
  figures: {
    editionId: 3,
    edition: 'KIS 2026 — edycja I',
    tookPart: { K: 17, M: 13, total: 30 },
    completed: { K: 12, M: 9, total: 21 },
    leftEarly: { K: 3, M: 1, total: 4 },
    ongoing: { K: 2, M: 3, total: 5 },
  },
  office: clubOffice,
  project: clubProject,
  preparedOn: '2026-12-14',
};

describe('the club’s figures', () => {
  it('tabulates who took part, completed, left early and is still taking part, by sex', () => {
    const rows = definitionRows(buildClubFigures(data));
    expect(rows).toEqual([
      ['Uczestnicy', 'Kobiety', 'Mężczyźni', 'Razem'],
      ['Uczestniczyli', '17', '13', '30'],
      ['Ukończyli', '12', '9', '21'],
      ['Zakończyli przed czasem', '3', '1', '4'],
      ['W trakcie', '2', '3', '5'],
    ]);
  });

  it('prints the title, the edition, the date and the numbers on one portrait page', async () => {
    const pdf = await pdfText(buildClubFigures(data));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pageSize).toContain('595.28 x 841.89');
    const text = flat(pdf.text);
    for (const part of [
      'Klub Integracji Społecznej — liczby uczestników',
      'KIS 2026 — edycja I',
      'Stan na 14.12.2026',
      'Projekt: „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24',
      'Prowadzący klub: Miejski Ośrodek Pomocy Rodzinie w Radomiu',
      'Uczestniczyli 17 13 30',
      'Ukończyli 12 9 21',
      'Zakończyli przed czasem 3 1 4',
      'W trakcie 2 3 5',
      'Strona 1 z 1',
    ]) {
      expect(text, `missing: ${part}`).toContain(part);
    }
  });

  it('is a printable kind that is not one of the register', () => {
    expect(Object.keys(documentRegistry)).not.toContain('clubFigures');
    expect(JSON.stringify(buildDocument({ kind: 'clubFigures', data }))).toBe(
      JSON.stringify(buildClubFigures(data)),
    );
  });
});
