import { describe, expect, it, vi } from 'vitest';
import { buildAmendment } from '../../../src-renderer/documents/amendment';
import { flat, pdfText } from '../../support/pdf';
import { amendment, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const CHANGES_HEADER = /Część kontraktu\s+Dotychczasowe brzmienie\s+Nowe brzmienie/;

describe('amendment (aneks)', () => {
  it('contains its number beside the contract’s, both dates, the parties, the changes and the signatures', async () => {
    const { text } = await pdfText(buildAmendment(amendment));
    const all = flat(text);
    for (const part of [
      '(pieczęć ośrodka pomocy społecznej)',
      'Aneks nr 1',
      'do kontraktu socjalnego nr KS/2026/0007',
      'ANEKS NR 1',
      'do kontraktu socjalnego nr KS/2026/0007 zawartego 8 listopada 2026 r.',
      // "zawarty", as the contract itself is — with its own date of conclusion
      'zawarty w dniu 15 stycznia 2027 r. w miejscowości Zielona Dolina pomiędzy:',
      'osobą zawierającą kontrakt: Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały:',
      '1. Anna Kowalska (żona), PESEL 86070207743',
      'a pracownikiem socjalnym: Ewa Zielińska (tel. 48 362 11 25)',
      '§ 1.',
      'Strony zgodnie postanawiają wprowadzić do kontraktu socjalnego następujące zmiany:',
      'W związku z podjęciem przez Pana Jana Kowalskiego pracy dorywczej strony zmieniają termin kursu i okres obowiązywania kontraktu.',
      '§ 2.',
      // its own effective date, one full stop after "r."
      'Aneks wchodzi w życie z dniem 1 lutego 2027 r. Pozostałe postanowienia kontraktu socjalnego nie ulegają zmianie.',
      '§ 3.',
      'Aneks sporządzono w czterech jednobrzmiących egzemplarzach',
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
      'Anna Kowalska',
      'Oleh Kowalski',
      'Aneks nr 1 do kontraktu socjalnego nr KS/2026/0007',
      'Strona 1 z',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
    expect(all).not.toContain('sporządzony w dniu');
    expect(all).not.toContain('r..');
    expect(text).toMatch(CHANGES_HEADER);
    expect(text).toMatch(
      /Zadania, poz\. 3\s+Skierowanie na kurs spawacza —\s+Skierowanie na kurs spawacza —/,
    );
    expect(text).toMatch(
      /Okres obowiązywania\s+od 08\.11\.2026 do 31\.05\.2027\s+od 08\.11\.2026 do 30\.06\.2027/,
    );
  });

  it('takes effect on its own date when it was printed before effective dates were kept', async () => {
    const { effectiveFrom: _e, ...older } = amendment;
    expect(flat((await pdfText(buildAmendment(older))).text)).toContain(
      'Aneks wchodzi w życie z dniem 15 stycznia 2027 r.',
    );
  });

  it('cuts a long change into rows that each name their part, header on every page, losing nothing', async () => {
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
      // A page carrying the long text names its part in the first column.
      if (page.includes('Bardzo długi opis')) expect(page).toMatch(/Ocena sytuacji/);
    }
    expect(flat(text)).toContain('Ocena sytuacji (cd.)');
    expect(flat(text)).toContain('KONIEC OPISU.');
    expect(flat(text).match(/Bardzo długi opis zmienionej oceny sytuacji\./g)).toHaveLength(120);
    expect(flat(pages[pageCount - 1]!)).toContain('podpis pracownika socjalnego');
  });

  it('names a woman with the feminine forms and carries the EU sentence of her project', async () => {
    const { text } = await pdfText(
      buildAmendment({ ...amendment, contract: unemployedWomanContract }),
    );
    expect(flat(text)).toContain(
      'osobą zawierającą kontrakt: Małgorzata Wiśniewska-Żak, urodzona 17.05.1990, PESEL 90051704503, zamieszkała:',
    );
    expect(flat(text)).toContain('Aneks nr 1 do kontraktu socjalnego nr KS/2026/0012');
    expect(flat(text)).toContain('Aneks sporządzono w dwóch jednobrzmiących egzemplarzach');
    expect(flat(text)).toContain('jest współfinansowany przez Unię Europejską');
  });
});
