import { describe, expect, it, vi } from 'vitest';
import { buildAmendment } from '../../../src-renderer/documents/amendment';
import { flat, pdfText } from '../../support/pdf';
import { amendment, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const CHANGES_HEADER = /Część\s+Było\s+Jest/;

describe('amendment (aneks)', () => {
  it('contains its number, the contract, the date, the parties, the changes and the signatures', async () => {
    const { text, pageCount } = await pdfText(buildAmendment(amendment));
    const all = flat(text);
    expect(pageCount).toBe(1);
    for (const part of [
      '(pieczęć ośrodka)',
      'ANEKS NR 1',
      'do kontraktu socjalnego nr KS/2026/0007 zawartego w dniu 8 listopada 2026 r.',
      'sporządzony w dniu 15 stycznia 2027 r. w miejscowości Zielona Dolina pomiędzy:',
      'Pan Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały:',
      '1. Anna Kowalska (żona), PESEL 86070207743',
      'a pracownikiem socjalnym: Ewa Zielińska (tel. 48 362 11 25)',
      '§ 1.',
      'Strony zgodnie postanawiają wprowadzić do kontraktu socjalnego następujące zmiany:',
      'W związku z podjęciem przez Pana Jana Kowalskiego pracy dorywczej strony zmieniają termin kursu i okres obowiązywania kontraktu.',
      '§ 2.',
      'Pozostałe postanowienia kontraktu socjalnego nie ulegają zmianie.',
      '§ 3.',
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
      'podpis członka rodziny: Anna Kowalska',
      'podpis członka rodziny: Oleh Kowalski',
      'Aneks nr 1 do kontraktu socjalnego nr KS/2026/0007',
      'Strona 1 z 1',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
    expect(text).toMatch(CHANGES_HEADER);
    expect(text).toMatch(
      /Zadania, poz\. 3\s+Skierowanie na kurs spawacza — do\s+Skierowanie na kurs spawacza — do/,
    );
    expect(text).toMatch(
      /Okres obowiązywania\s+od 08\.11\.2026 do 31\.05\.2027\s+od 08\.11\.2026 do 30\.06\.2027/,
    );
  });

  it('breaks a long table of changes across pages with the header repeated, losing nothing', async () => {
    const long = 'Bardzo długi opis zmienionej oceny sytuacji. '.repeat(120) + 'KONIEC OPISU.';
    const changes = [
      ...Array.from({ length: 30 }, (_, i) => ({
        section: `Zmiana ${String(i + 1).padStart(2, '0')}`,
        before: `stary zapis ${i + 1}`,
        after: `nowy zapis ${i + 1}`,
      })),
      { section: 'Ocena sytuacji', before: 'krótko', after: long },
    ];
    const { pages, pageCount, text } = await pdfText(buildAmendment({ ...amendment, changes }));
    expect(pageCount).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      if (/Zmiana \d\d|Bardzo długi opis/.test(page)) {
        expect(page, `header on page ${i + 1}`).toMatch(CHANGES_HEADER);
      }
    }
    expect(flat(text)).toContain('KONIEC OPISU.');
    expect(flat(pages[pageCount - 1]!)).toContain('podpis pracownika socjalnego');
  });

  it('names a woman with the feminine forms', async () => {
    const { text } = await pdfText(
      buildAmendment({ ...amendment, contract: unemployedWomanContract }),
    );
    expect(flat(text)).toContain(
      'Pani Małgorzata Wiśniewska-Żak, urodzona 17.05.1990, PESEL 90051704503, zamieszkała:',
    );
    expect(flat(text)).toContain('Aneks nr 1 do kontraktu socjalnego nr KS/2026/0012');
    expect(flat(text)).toContain('współfinansowany przez Unię Europejską');
  });
});
