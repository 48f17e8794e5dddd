import { describe, expect, it, vi } from 'vitest';
import { buildEvaluationSheet } from '../../../src-renderer/documents/evaluation-sheet';
import { definitionRows, definitionText, flat, pdfText } from '../../support/pdf';
import { evaluation, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
// Only what the paper itself shows (pages, the footer) is checked on a rendered PDF; what a
// document says is read from its definition.
vi.setConfig({ testTimeout: 30_000 });

describe('evaluation sheet (part II of the model: by both parties)', () => {
  it('contains the contract and its date apart from the evaluation’s, both parties’ parts and signatures', () => {
    const doc = buildEvaluationSheet(evaluation);
    const all = flat(definitionText(doc));
    for (const part of [
      '(pieczęć ośrodka pomocy społecznej)',
      'OCENA REALIZACJI KONTRAKTU SOCJALNEGO',
      // two dates that cannot be mistaken for one another
      'nr KS/2026/0007 zawartego 8 listopada 2026 r.',
      'ocena przeprowadzona przez strony w dniu 8 grudnia 2026 r.',
      'Osoba zawierająca kontrakt: Pan Jan Kowalski',
      'Pracownik socjalny: Ewa Zielińska',
      'Okres kontraktu: od 08.11.2026 do 31.05.2027',
      'Cel główny: Poprawa sytuacji bytowej rodziny i powrót wnioskodawcy na rynek pracy.',
      '1. Realizacja zadań',
      '2. Realizacja celów',
      '3. Ocena pracownika socjalnego Pan Jan Kowalski współpracuje, dotrzymuje terminów spotkań.',
      '4. Ocena i uwagi osoby zawierającej kontrakt Kurs się opóźnia nie z mojej winy; resztę robię zgodnie z planem.',
      '5. Ustalenia stron',
      'Osoba zawierająca kontrakt dotrzymała zobowiązań: tak',
      'Ośrodek pomocy społecznej dotrzymał zobowiązań: częściowo',
      'Kontrakt dotychczas: zrealizowany częściowo',
      'Decyzja stron: zmiana kontraktu aneksem',
      'Termin następnej oceny: 05.01.2027',
      // each party's signature block: the caption, then the name
      'podpis osoby zawierającej kontrakt Jan Kowalski',
      'podpis pracownika socjalnego Ewa Zielińska',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
    expect(all.match(/data:/g)).toHaveLength(4);
    const rows = definitionRows(doc);
    const tasks = rows.findIndex((row) => row[1] === 'Zadanie');
    expect(rows.slice(tasks, tasks + 4)).toEqual([
      ['Lp.', 'Zadanie', 'Stan realizacji', 'Komentarz'],
      ['1.', 'Zarejestrowanie się w Powiatowym Urzędzie Pracy', 'Zrealizowane', ''],
      [
        '2.',
        'Złożenie wniosku o rozłożenie zadłużenia na raty',
        'W trakcie',
        'wniosek w przygotowaniu',
      ],
      ['3.', 'Skierowanie na kurs spawacza', 'Niezrealizowane', 'brak naboru w grudniu'],
    ]);
    const goals = rows.findIndex((row) => row[1] === 'Cel');
    expect(rows.slice(goals, goals + 2)).toEqual([
      ['Lp.', 'Cel', 'Ocena postępu'],
      ['1.', 'Spłata zadłużenia czynszowego w ratach.', 'Rozpoczęta.'],
    ]);
  });

  it('names the sheet and numbers its pages in the footer', async () => {
    const { pages, pageCount } = await pdfText(buildEvaluationSheet(evaluation));
    for (const [i, page] of pages.entries()) {
      expect(flat(page), `footer of page ${i + 1}`).toContain(
        `Ocena realizacji kontraktu socjalnego nr KS/2026/0007 z dnia 08.12.2026 Strona ${i + 1} z ${pageCount}`,
      );
    }
  });

  it('says when no next evaluation is set, and names a woman as Pani', () => {
    const all = flat(
      definitionText(
        buildEvaluationSheet({
          ...evaluation,
          contract: unemployedWomanContract,
          decision: 'end',
          result: 'achieved',
          nextEvaluationOn: null,
        }),
      ),
    );
    expect(all).toContain('Termin następnej oceny: nie wyznaczono');
    expect(all).toContain('Kontrakt dotychczas: zrealizowany');
    expect(all).toContain('Decyzja stron: zakończenie kontraktu');
    expect(all).toContain('Osoba zawierająca kontrakt: Pani Małgorzata Wiśniewska-Żak');
  });

  it('prints a dash for both parties’ part on a sheet issued before it was kept', () => {
    const {
      personAssessment: _p,
      personKeptObligations: _k,
      officeKeptObligations: _o,
      result: _r,
      decision: _d,
      ...older
    } = evaluation;
    const all = flat(definitionText(buildEvaluationSheet(older)));
    expect(all).toContain('4. Ocena i uwagi osoby zawierającej kontrakt —');
    expect(all).toContain('Decyzja stron: —');
  });
});
