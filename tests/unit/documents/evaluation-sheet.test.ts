import { describe, expect, it, vi } from 'vitest';
import { buildEvaluationSheet } from '../../../src-renderer/documents/evaluation-sheet';
import { flat, pdfText } from '../../support/pdf';
import { evaluation, unemployedWomanContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

describe('evaluation sheet', () => {
  it('contains the contract, the date, task and goal progress, the assessment, the next date and signatures', async () => {
    const { text, pageCount } = await pdfText(buildEvaluationSheet(evaluation));
    const all = flat(text);
    expect(pageCount).toBe(1);
    for (const part of [
      '(pieczęć ośrodka)',
      'OCENA REALIZACJI KONTRAKTU SOCJALNEGO',
      'nr KS/2026/0007 zawartego w dniu 8 listopada 2026 r.',
      'Data oceny: 08.12.2026',
      'Osoba zawierająca kontrakt: Pan Jan Kowalski',
      'Pracownik socjalny: Ewa Zielińska',
      'Okres kontraktu: od 08.11.2026 do 31.05.2027',
      'Cel główny: Poprawa sytuacji bytowej rodziny i powrót wnioskodawcy na rynek pracy.',
      '1. Realizacja zadań',
      '2. Realizacja celów',
      '3. Ocena pracownika socjalnego Pan Jan Kowalski współpracuje, dotrzymuje terminów spotkań.',
      '4. Termin następnej oceny 05.01.2027',
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
      'Ocena realizacji kontraktu socjalnego nr KS/2026/0007 z dnia 08.12.2026',
      'Strona 1 z 1',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
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
        nextEvaluationOn: null,
      }),
    );
    expect(flat(text)).toContain('4. Termin następnej oceny nie wyznaczono');
    expect(flat(text)).toContain('Osoba zawierająca kontrakt: Pani Małgorzata Wiśniewska-Żak');
  });
});
