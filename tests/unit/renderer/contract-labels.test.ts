import { describe, expect, it } from 'vitest';
import {
  draftPdfFileName,
  pdfFileName,
} from '../../../src-renderer/features/contracts/contract-labels';

describe('draftPdfFileName', () => {
  it.each([
    ['Anna', 'Kowalska', 'Kontrakt_szkic_Kowalska_Anna_2026-11-23.pdf'],
    ['Łukasz', 'Wiśniewski', 'Kontrakt_szkic_Wisniewski_Lukasz_2026-11-23.pdf'],
    ['Małgorzata', 'Ślęzak-Żółć', 'Kontrakt_szkic_Slezak-Zolc_Malgorzata_2026-11-23.pdf'],
    ['Anna Maria', 'Nowak', 'Kontrakt_szkic_Nowak_Anna_Maria_2026-11-23.pdf'],
    ['Siobhán', "O'Brien", 'Kontrakt_szkic_O_Brien_Siobhan_2026-11-23.pdf'],
    [' Ewa ', 'Kot / Mysz', 'Kontrakt_szkic_Kot_Mysz_Ewa_2026-11-23.pdf'],
  ])('%s %s → %s', (firstName, lastName, expected) => {
    expect(draftPdfFileName({ firstName, lastName }, '2026-11-23')).toBe(expected);
  });

  it('gives a name of plain ASCII letters, digits, "-", "_" and "."', () => {
    const name = draftPdfFileName({ firstName: 'Żaneta', lastName: 'Gąsiorowska' }, '2027-01-05');
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
  });
});

describe('pdfFileName', () => {
  it('replaces the slashes of a number', () => {
    expect(pdfFileName('Aneks', 'KS/2026/0007/A/1')).toBe('Aneks_KS-2026-0007-A-1.pdf');
  });
});
