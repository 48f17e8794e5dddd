import { describe, expect, it, vi } from 'vitest';
import { buildAmendment } from '../../../src-renderer/documents/amendment';
import { definitionRows, definitionText, flat, pdfText } from '../../support/pdf';
import { amendment, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
// Only what the paper itself shows (pages, the footer) is checked on a rendered PDF; what a
// document says is read from its definition.
vi.setConfig({ testTimeout: 30_000 });

const CHANGES_HEADER = /Część kontraktu\s+Dotychczasowe brzmienie\s+Nowe brzmienie/;
const FOOTER = 'Aneks nr 1 do kontraktu socjalnego nr KS/2026/0007';

describe('amendment (aneks)', () => {
  it('contains its number beside the contract’s, both dates, the parties, the changes and the signatures', () => {
    const doc = buildAmendment(amendment);
    const all = flat(definitionText(doc));
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
      // each party's signature block: the caption, then the name
      'podpis osoby zawierającej kontrakt Jan Kowalski',
      'podpis pracownika socjalnego Ewa Zielińska',
      'podpis członka rodziny (żona) Anna Kowalska',
      'podpis członka rodziny (syn) Oleh Kowalski',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
    expect(all).not.toContain('sporządzony w dniu');
    expect(all).not.toContain('r..');
    expect(definitionRows(doc).filter((row) => row.length === 3)).toEqual([
      ['Część kontraktu', 'Dotychczasowe brzmienie', 'Nowe brzmienie'],
      [
        'Zadania, poz. 3',
        'Skierowanie na kurs spawacza — do 15.12.2026',
        'Skierowanie na kurs spawacza — do 28.02.2027',
      ],
      ['Okres obowiązywania', 'od 08.11.2026 do 31.05.2027', 'od 08.11.2026 do 30.06.2027'],
    ]);
  });

  it('takes effect on its own date when it was printed before effective dates were kept', () => {
    const { effectiveFrom: _e, ...older } = amendment;
    expect(flat(definitionText(buildAmendment(older)))).toContain(
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
    // The footer names the amendment and numbers the pages.
    for (const [i, page] of pages.entries()) {
      expect(flat(page), `footer of page ${i + 1}`).toContain(
        `${FOOTER} Strona ${i + 1} z ${pageCount}`,
      );
    }
  });

  it('names a woman with the feminine forms and carries the EU sentence of her project', async () => {
    const doc = buildAmendment({ ...amendment, contract: unemployedWomanContract });
    const all = flat(definitionText(doc));
    expect(all).toContain(
      'osobą zawierającą kontrakt: Małgorzata Wiśniewska-Żak, urodzona 17.05.1990, PESEL 90051704503, zamieszkała:',
    );
    expect(all).toContain('Aneks nr 1 do kontraktu socjalnego nr KS/2026/0012');
    expect(all).toContain('Aneks sporządzono w dwóch jednobrzmiących egzemplarzach');
    // The EU sentence is printed at the foot of every page.
    expect(flat((await pdfText(doc)).text)).toContain(
      'jest współfinansowany przez Unię Europejską',
    );
  });
});
