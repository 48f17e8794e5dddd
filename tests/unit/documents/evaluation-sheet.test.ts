import { describe, expect, it, vi } from 'vitest';
import { buildEvaluationSheet } from '../../../src-renderer/documents/evaluation-sheet';
import { flat, pdfText } from '../../support/pdf';
import { evaluation, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

describe('evaluation sheet (part II of the model: by both parties)', () => {
  it('contains the contract and its date apart from the evaluation’s, both parties’ parts and signatures', async () => {
    const { text } = await pdfText(buildEvaluationSheet(evaluation));
    const all = flat(text);
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
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
      'Ocena realizacji kontraktu socjalnego nr KS/2026/0007 z dnia 08.12.2026',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
    expect(all.match(/data:/g)).toHaveLength(4);
    expect(text).toMatch(/Lp\.\s+Zadanie\s+Stan realizacji\s+Komentarz/);
    expect(text).toMatch(/1\.\s+Zarejestrowanie się w Powiatowym Urzędzie\s+Zrealizowane/);
    expect(text).toMatch(
      /2\.\s+Złożenie wniosku o rozłożenie zadłużenia na raty\s+W trakcie\s+wniosek w przygotowaniu/,
    );
    expect(text).toMatch(
      /3\.\s+Skierowanie na kurs spawacza\s+Niezrealizowane\s+brak naboru w grudniu/,
    );
    expect(text).toMatch(/Lp\.\s+Cel\s+Ocena postępu/);
    expect(text).toMatch(/1\.\s+Spłata zadłużenia czynszowego w ratach\.\s+Rozpoczęta\./);
  });

  it('says when no next evaluation is set, and names a woman as Pani', async () => {
    const { text } = await pdfText(
      buildEvaluationSheet({
        ...evaluation,
        contract: unemployedWomanContract,
        decision: 'end',
        result: 'achieved',
        nextEvaluationOn: null,
      }),
    );
    expect(flat(text)).toContain('Termin następnej oceny: nie wyznaczono');
    expect(flat(text)).toContain('Kontrakt dotychczas: zrealizowany');
    expect(flat(text)).toContain('Decyzja stron: zakończenie kontraktu');
    expect(flat(text)).toContain('Osoba zawierająca kontrakt: Pani Małgorzata Wiśniewska-Żak');
  });

  it('prints a dash for both parties’ part on a sheet issued before it was kept', async () => {
    const {
      personAssessment: _p,
      personKeptObligations: _k,
      officeKeptObligations: _o,
      result: _r,
      decision: _d,
      ...older
    } = evaluation;
    const all = flat((await pdfText(buildEvaluationSheet(older))).text);
    expect(all).toContain('4. Ocena i uwagi osoby zawierającej kontrakt —');
    expect(all).toContain('Decyzja stron: —');
  });
});
