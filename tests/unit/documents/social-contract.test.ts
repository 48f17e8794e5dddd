import { describe, expect, it, vi } from 'vitest';
import type { ContractDocumentData } from '../../../src-main/contract/documents';
import { buildSocialContract } from '../../../src-renderer/documents/social-contract';
import { flat, pdfText } from '../../support/pdf';
import {
  contractWithTasks,
  efs2021Project,
  familyContract,
  unemployedWomanContract,
} from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const CLAUSE =
  'Niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej).';

const TASKS_HEADER = /Lp\.\s+Zadanie\s+Kto realizuje\s+Termin\s+Uwagi/;

async function contractText(data: ContractDocumentData, copies?: 1 | 2) {
  const pdf = await pdfText(buildSocialContract(data, { copies }));
  return { ...pdf, flat: flat(pdf.text) };
}

function expectAll(text: string, expected: string[]) {
  for (const part of expected) expect(text, `missing: ${part}`).toContain(part);
}

describe('social contract, variant A with a family', () => {
  it('contains every part of the model form and every field', async () => {
    const { text, flat, pageCount } = await contractText(familyContract);
    expect(pageCount).toBe(2);
    expectAll(flat, [
      // the heading
      '(pieczęć ośrodka)',
      'Nr KS/2026/0007',
      'KONTRAKT SOCJALNY',
      'w celu rozwiązania trudnej sytuacji życiowej rodziny',
      'zawarty w dniu 8 listopada 2026 r. w miejscowości Zielona Dolina pomiędzy:',
      // the parties
      'Pan Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały: ul. Lipowa 5 m. 3, 26-600 Zielona Dolina',
      'oraz członkami rodziny:',
      '1. Anna Kowalska (żona), PESEL 86070207743',
      '2. Oleh Kowalski (syn), nr dokumentu tożsamości FX1234567',
      'a pracownikiem socjalnym: Ewa Zielińska (tel. 48 362 11 25), działającym w imieniu ośrodka: Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie, ul. Słoneczna 12, 26-600 Zielona Dolina.',
      // part I
      'I. Ocena sytuacji',
      '1. Przyczyny trudnej sytuacji życiowej: Długotrwała choroba żony, utrata pracy przez wnioskodawcę, zadłużenie czynszowe.',
      '2. Zasoby, możliwości i mocne strony: Wykształcenie zawodowe (ślusarz), gotowość do zmiany, wsparcie ze strony rodziny.',
      '3. Ograniczenia i bariery: Brak aktualnych uprawnień zawodowych, ograniczony dojazd do miasta powiatowego.',
      // part II
      'II. Ustalenia',
      '1. Cel główny: Poprawa sytuacji bytowej rodziny i powrót wnioskodawcy na rynek pracy.',
      '2. Cele szczegółowe: 1. Spłata zadłużenia czynszowego w ratach. 2. Uzyskanie uprawnień spawacza metodą MAG.',
      '3. Zadania do realizacji:',
      '4. Pan Jan Kowalski zobowiązuje się do: 1. regularnego kontaktu z pracownikiem socjalnym (co najmniej raz w miesiącu) 2. udziału w kursie zawodowym i w zajęciach Klubu Integracji Społecznej',
      '5. Ośrodek zobowiązuje się do: 1. udzielenia pomocy finansowej w formie zasiłków celowych 2. pomocy w przygotowaniu dokumentów aplikacyjnych',
      '6. Wsparcie udzielane przez ośrodek: Instrumenty aktywnej integracji:',
      'instrumenty społeczne: Skierowanie do Klubu Integracji Społecznej; Poradnictwo specjalistyczne — prawne',
      'instrumenty zdrowotne: Terapia uzależnień',
      'instrumenty zawodowe: Kurs zawodowy',
      'Świadczenia:',
      '7. Okres obowiązywania: Kontrakt zawiera się na okres od 08.11.2026 do 31.05.2027.',
      '8. Ocena realizacji kontraktu: rozmowa z rodziną i wizyta w miejscu zamieszkania, pierwsza ocena 08.12.2026, następnie co 4 tygodnie.',
      CLAUSE,
      // signatures
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
      'podpis członka rodziny: Anna Kowalska',
      'podpis członka rodziny: Oleh Kowalski',
      // footer
      'Kontrakt socjalny nr KS/2026/0007',
      'Strona 1 z 2',
      'Strona 2 z 2',
    ]);
    // No group without instruments, no part of variant B, no EU marking outside a project.
    expect(flat).not.toContain('instrumenty edukacyjne');
    expect(flat).not.toContain('Okres pozostawania bez pracy');
    expect(flat).not.toContain('Unię Europejską');

    // The tasks table: its header and each row (first line of each cell) in order.
    expect(text).toMatch(TASKS_HEADER);
    expect(text).toMatch(
      /1\.\s+Zarejestrowanie się w Powiatowym\s+Osoba zawierająca\s+20\.11\.2026/,
    );
    expect(text).toMatch(
      /2\.\s+Złożenie wniosku o rozłożenie\s+Członek rodziny: Anna\s+30\.11\.2026\s+z pomocą pracownika/,
    );
    expect(text).toMatch(/3\.\s+Skierowanie na kurs spawacza\s+Pracownik socjalny\s+15\.12\.2026/);
    expect(text).toMatch(
      /4\.\s+Przeprowadzenie kursu spawacza\s+Inna instytucja: Centrum\s+—\s+termin zależny od/,
    );
  });

  it('writes the benefits with the amounts in words', async () => {
    const { flat } = await contractText(familyContract);
    expectAll(flat, [
      'Zasiłek celowy — zakup leków: 150,00 zł (słownie: sto pięćdziesiąt złotych 00/100), termin: listopad 2026',
      'Zasiłek celowy — opłacenie zaległego czynszu: 1 234,56 zł (słownie: tysiąc dwieście trzydzieści cztery złote 56/100), termin: grudzień 2026',
      'Zasiłek okresowy — utrzymanie: 420,00 zł (słownie: czterysta dwadzieścia złotych 00/100), termin: XI 2026 – I 2027',
    ]);
  });

  it('agrees "złoty" with the number: 1 złoty, 2 złote, 12 złotych, 22 złote', async () => {
    const benefit = (amount: number) => ({
      kind: 'Zasiłek celowy',
      purpose: 'test',
      amount,
      when: 'XII 2026',
    });
    const { flat } = await contractText({
      ...familyContract,
      content: {
        ...familyContract.content,
        benefits: [benefit(100), benefit(200), benefit(1200), benefit(2201), benefit(100_000_00)],
      },
    });
    expectAll(flat, [
      '1,00 zł (słownie: jeden złoty 00/100)',
      '2,00 zł (słownie: dwa złote 00/100)',
      '12,00 zł (słownie: dwanaście złotych 00/100)',
      '22,01 zł (słownie: dwadzieścia dwa złote 01/100)',
      '100 000,00 zł (słownie: sto tysięcy złotych 00/100)',
    ]);
  });
});

describe('social contract, variant B for an unemployed woman', () => {
  it('has the variant B wording and its part of the assessment', async () => {
    const { flat } = await contractText(unemployedWomanContract);
    expectAll(flat, [
      'Nr KS/2026/0012',
      'KONTRAKT SOCJALNY',
      'osoby bezrobotnej — w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu',
      'zawarty w dniu 2 marca 2026 r. w miejscowości Zielona Dolina pomiędzy:',
      'a pracownikiem socjalnym: Łukasz Nowak (tel. 48 362 11 27)',
      '1. Przyczyny trudnej sytuacji życiowej: Długotrwałe bezrobocie, samotne wychowywanie dwojga dzieci.',
      '4. Okres pozostawania bez pracy: 3 lata i 4 miesiące',
      '5. Dotychczasowe formy aktywizacji i przyczyny ich nieskuteczności: Staż w urzędzie gminy w 2023 r. — przerwany z powodu choroby dziecka.',
      'instrumenty społeczne: Trening kompetencji i umiejętności społecznych',
      'instrumenty edukacyjne: Zajęcia edukacyjne (edukacja nieformalna)',
      'Kontrakt zawiera się na okres od 02.03.2026 do 31.12.2026.',
      // no repeat interval: the sentence ends after the first date
      '8. Ocena realizacji kontraktu: rozmowa z uczestniczką, pierwsza ocena 01.04.2026.',
      CLAUSE,
    ]);
    // Only the person and the worker sign; no family, no benefits.
    expect(flat).not.toContain('członkami rodziny');
    expect(flat).not.toContain('podpis członka rodziny');
    expect(flat).not.toContain('Świadczenia:');
  });

  it('uses the feminine forms for a woman', async () => {
    const { flat } = await contractText(unemployedWomanContract);
    expectAll(flat, [
      'Pani Małgorzata Wiśniewska-Żak, urodzona 17.05.1990, PESEL 90051704503, zamieszkała: Stara Wieś 14, 26-601 Zielona Dolina',
      '4. Pani Małgorzata Wiśniewska-Żak zobowiązuje się do: 1. aktywnego poszukiwania pracy',
    ]);
    expect(flat).not.toMatch(/\bPan\b|urodzony|zamieszkały/);
  });
});

describe('gendered forms follow the person, not the variant', () => {
  it('a man in variant B', async () => {
    const { flat } = await contractText({
      ...unemployedWomanContract,
      person: familyContract.person,
    });
    expect(flat).toContain(
      'Pan Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały:',
    );
    expect(flat).toContain('4. Pan Jan Kowalski zobowiązuje się do:');
    expect(flat).not.toMatch(/\bPani\b|urodzona|zamieszkała/);
  });

  it('a woman alone in variant A: "osoby", not "rodziny"', async () => {
    const { flat } = await contractText({
      ...familyContract,
      person: unemployedWomanContract.person,
      familyParties: [],
    });
    expect(flat).toContain('w celu rozwiązania trudnej sytuacji życiowej osoby');
    expect(flat).toContain('Pani Małgorzata Wiśniewska-Żak, urodzona 17.05.1990');
    expect(flat).toContain('4. Pani Małgorzata Wiśniewska-Żak zobowiązuje się do:');
    expect(flat).not.toMatch(/\bPan\b|urodzony|zamieszkały/);
  });
});

describe('a contract with 40 tasks', () => {
  it('paginates, repeats the table header on every page with tasks, keeps the signatures with the clause', async () => {
    const { pages, pageCount, flat: all } = await contractText(contractWithTasks(40));
    expect(pageCount).toBeGreaterThan(1);
    expect(pages).toHaveLength(pageCount);

    const pagesWithTasks = pages
      .map((text, i) => ({ page: i + 1, text }))
      .filter((p) => /Czynność \d\d/.test(p.text));
    expect(pagesWithTasks.length).toBeGreaterThan(1);
    for (const { page, text } of pagesWithTasks) {
      expect(text, `table header on page ${page}`).toMatch(TASKS_HEADER);
    }
    // Every task printed, once, in order.
    const numbers = [...all.matchAll(/Czynność (\d\d)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const last = pages[pageCount - 1]!;
    expect(flat(last)).toContain(CLAUSE);
    expect(last).toContain('podpis osoby zawierającej kontrakt');
    expect(last).toContain('podpis członka rodziny: Oleh Kowalski');
    for (let page = 1; page <= pageCount; page++) {
      expect(pages[page - 1]).toContain(`Strona ${page} z ${pageCount}`);
    }
  });
});

describe('page breaks', () => {
  it('keep the clause and every signature on one page, even when the closing falls at a page end', async () => {
    // With 8–11 tasks the closing block reaches the foot of page 2 (checked when written).
    for (const tasks of [8, 9, 10, 11]) {
      const { pages, pageCount } = await contractText(contractWithTasks(tasks));
      const last = pages[pageCount - 1]!;
      for (const part of [
        'Niedotrzymanie postanowień',
        'podpis osoby zawierającej kontrakt',
        'podpis pracownika socjalnego',
        'podpis członka rodziny: Anna Kowalska',
        'podpis członka rodziny: Oleh Kowalski',
      ]) {
        expect(last, `${tasks} tasks: ${part} on the last page`).toContain(part);
      }
    }
  });

  it('never leave a heading alone at the foot of a page', async () => {
    // In this contract the person's obligations start at the very end of page 1.
    const { pages } = await contractText(unemployedWomanContract);
    const page = pages.find((p) => p.includes('zobowiązuje się do:'))!;
    expect(page).toContain('1. aktywnego poszukiwania pracy');
  });
});

describe('the EU marking', () => {
  const euSentence = /Unię Europejską|Unii Europejskiej/;

  it('appears on every page of an EFS contract (2014–2020 wording)', async () => {
    const { pages } = await contractText(unemployedWomanContract);
    for (const page of pages) {
      expect(flat(page)).toContain(
        'Projekt „Aktywni w Zielonej Dolinie” współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego',
      );
    }
  });

  it('uses the 2021–2027 wording and the uploaded strip', async () => {
    const data = { ...familyContract, project: efs2021Project };
    const doc = buildSocialContract(data);
    expect(doc.images).toEqual({ logoStrip: efs2021Project.logoStrip });
    const { flat } = await contractText(data);
    expect(flat).toContain('Projekt „Razem po zmianę” — Dofinansowane przez Unię Europejską');
    expect(flat).not.toContain('współfinansowany');
  });

  it('falls back to the bundled placeholder strip when none was uploaded', () => {
    const doc = buildSocialContract(unemployedWomanContract);
    expect(doc.images).toBeUndefined();
    const header = doc.header as (page: number, pages: number, size: unknown) => unknown;
    expect(JSON.stringify(header(1, 1, {}))).toContain('<svg');
  });

  it('is absent outside a project and in a project that is not EFS', async () => {
    const notEfs = { ...unemployedWomanContract.project!, isEfs: false };
    for (const project of [null, notEfs]) {
      const data = { ...unemployedWomanContract, project };
      expect(buildSocialContract(data).header).toBeUndefined();
      expect((await contractText(data)).flat).not.toMatch(euSentence);
    }
  });
});

describe('two copies', () => {
  it('repeat the whole document, each labelled and numbered on its own', async () => {
    const one = await contractText(familyContract);
    const two = await contractText(familyContract, 2);
    expect(two.pageCount).toBe(2 * one.pageCount);
    const n = one.pageCount;
    expect(two.pages[0]).toContain('Egzemplarz dla osoby');
    expect(two.pages[0]).toContain('KONTRAKT SOCJALNY');
    expect(two.pages[n]).toContain('Egzemplarz dla ośrodka');
    expect(two.pages[n]).toContain('KONTRAKT SOCJALNY');
    expect(two.pages[0]).toContain(`Strona 1 z ${n}`);
    expect(two.pages[n]).toContain(`Strona 1 z ${n}`);
    expect(two.pages[2 * n - 1]).toContain(
      `Kontrakt socjalny nr KS/2026/0007 · Egzemplarz dla ośrodka`,
    );
    expect(two.flat.match(/podpis pracownika socjalnego/g)).toHaveLength(2);
    expect(one.flat).not.toContain('Egzemplarz');
  });
});

describe('a draft without a number', () => {
  it('leaves the number to be written in by hand', async () => {
    const { flat } = await contractText({ ...familyContract, number: null });
    expect(flat).toContain('Nr ……');
    expect(flat).not.toContain('KS/');
  });
});
