import { describe, expect, it, vi } from 'vitest';
import type { ContractDocumentData } from '../../../src-main/contract/documents';
import type { ContractCopy } from '../../../src-renderer/documents/contract-parties';
import { buildSocialContract, familyCopies } from '../../../src-renderer/documents/social-contract';
import { definitionRows, definitionText, flat, pdfText } from '../../support/pdf';
import {
  contractWithTasks,
  efs2021Project,
  familyContract,
  unemployedWomanContract,
} from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
// Only what the paper itself shows (pages, page breaks, the footer and the EU sentence at the
// foot of each page) is checked on a rendered PDF; what a contract says is read from its
// definition.
vi.setConfig({ testTimeout: 30_000 });

/** Art. 11 ust. 2 of the act, as the contract must state it (the act itself named once, earlier). */
const CONSEQUENCES =
  'Niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy o pomocy społecznej).';

const TASKS_HEADER = /Lp\.\s+Zadanie\s+Kto realizuje\s+Termin\s+Uwagi/;

async function contractText(
  data: ContractDocumentData,
  options: { copies?: 1 | 2; copy?: ContractCopy } = {},
) {
  const pdf = await pdfText(buildSocialContract(data, options));
  return { ...pdf, flat: flat(pdf.text) };
}

/** What the contract says, read from its definition (whitespace collapsed), unrendered. */
const contractWords = (
  data: ContractDocumentData,
  options: { copies?: 1 | 2; copy?: ContractCopy } = {},
): string => flat(definitionText(buildSocialContract(data, options)));

function expectAll(text: string, expected: string[]) {
  for (const part of expected) expect(text, `missing: ${part}`).toContain(part);
}

describe('social contract, variant A with a family (part I A of the model)', () => {
  it('contains every part of the model form and every field', () => {
    const flat = contractWords(familyContract);
    expectAll(flat, [
      // the heading: an empty stamp box under the model's caption, the number, the date line
      '(pieczęć ośrodka pomocy społecznej)',
      'Nr KS/2026/0007',
      'Data zawarcia kontraktu socjalnego:',
      'KONTRAKT SOCJALNY',
      'określający sposób współdziałania w zakresie rozwiązywania trudnej sytuacji życiowej rodziny',
      'zawarty w dniu 8 listopada 2026 r. w miejscowości Zielona Dolina pomiędzy:',
      // the parties, named after a declined noun and a colon
      'osobą zawierającą kontrakt: Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały: ul. Lipowa 5 m. 3, 26-600 Zielona Dolina,',
      'oraz członkami rodziny będącymi stronami kontraktu:',
      '1. Anna Kowalska (żona), PESEL 86070207743',
      '2. Oleh Kowalski (syn), nr dokumentu tożsamości FX1234567',
      'a pracownikiem socjalnym: Ewa Zielińska (tel. 48 362 11 25), działającym w imieniu ośrodka: Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie, ul. Słoneczna 12, 26-600 Zielona Dolina.',
      // the assessment
      'Ocena sytuacji życiowej',
      '1. Przyczyny trudnej sytuacji życiowej: Długotrwała choroba żony, utrata pracy przez wnioskodawcę, zadłużenie czynszowe.',
      '2. Zasoby, możliwości i mocne strony osoby/rodziny: Wykształcenie zawodowe (ślusarz), gotowość do zmiany, wsparcie ze strony rodziny.',
      '3. Ograniczenia i bariery w rozwiązaniu trudnej sytuacji: Brak aktualnych uprawnień zawodowych, ograniczony dojazd do miasta powiatowego.',
      // the arrangements
      'Ustalenia stron',
      '1. Cel główny: Poprawa sytuacji bytowej rodziny i powrót wnioskodawcy na rynek pracy.',
      '2. Cele szczegółowe: 1. Spłata zadłużenia czynszowego w ratach. 2. Uzyskanie uprawnień spawacza metodą MAG.',
      '3. Zadania do realizacji:',
      '4. Pan Jan Kowalski zobowiązuje się do: 1. regularnego kontaktu z pracownikiem socjalnym (co najmniej raz w miesiącu) 2. udziału w kursie zawodowym i w zajęciach Klubu Integracji Społecznej',
      '5. Ośrodek pomocy społecznej zobowiązuje się do: 1. rozpatrzenia wniosków o zasiłki celowe na zasadach ustawy 2. pomocy w przygotowaniu dokumentów aplikacyjnych',
      '6. Planowane wsparcie: Instrumenty aktywnej integracji:',
      'instrumenty społeczne: Skierowanie do Klubu Integracji Społecznej; Poradnictwo specjalistyczne — prawne',
      'instrumenty zdrowotne: Terapia uzależnień',
      'instrumenty zawodowe: Kurs zawodowy',
      '7. Okres obowiązywania: Kontrakt zawiera się na okres od 08.11.2026 do 31.05.2027.',
      '8. Ocena realizacji kontraktu: rozmowa z rodziną i wizyta w miejscu zamieszkania; pierwsza ocena 08.12.2026, następnie co 4 tygodnie. Ocenę realizacji kontraktu przeprowadzają obie strony.',
      // the final provisions
      'Postanowienia końcowe',
      '1. Kontrakt zawiera się na podstawie art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej.',
      'świadczenia z pomocy społecznej przyznaje się w drodze decyzji administracyjnej',
      CONSEQUENCES,
      'Zmiana kontraktu wymaga formy pisemnej — aneksu podpisanego przez strony.',
      'Kontrakt wygasa z upływem okresu, na który został zawarty',
      'Kwestie sporne wynikające z realizacji kontraktu rozstrzyga kierownik ośrodka pomocy społecznej.',
      'Kontrakt sporządzono w czterech jednobrzmiących egzemplarzach, po jednym dla osoby zawierającej kontrakt, dla ośrodka pomocy społecznej i dla każdego członka rodziny będącego jego stroną.',
      // signatures, each with a date line, its caption and the name; family members by name
      'data: podpis osoby zawierającej kontrakt Jan Kowalski',
      'data: podpis pracownika socjalnego Ewa Zielińska',
      'data: podpis członka rodziny (żona) Anna Kowalska',
      'data: podpis członka rodziny (syn) Oleh Kowalski',
    ]);
    expect(flat.match(/data:/g)).toHaveLength(4);
    // The act is cited in full once; the office's name stands beside the stamp box, not in it.
    expect(flat.match(/ustawy z dnia 12 marca 2004 r\./g)).toHaveLength(1);
    // No "Pani" declined into the parties clause, nothing of variant B (the EU marking, at the
    // foot of the page, is checked on paper under "the EU marking").
    expect(flat).not.toContain('pomiędzy: Pan');
    expect(flat).not.toContain('instrumenty edukacyjne');
    expect(flat).not.toContain('Okres pozostawania bez pracy');
    expect(flat).not.toContain('Skierowanie z powiatowego urzędu pracy');

    // The tasks table: its header and each row in order; a family member's task names the
    // member.
    expect(definitionRows(buildSocialContract(familyContract)).slice(1, 5)).toEqual([
      ['Lp.', 'Zadanie', 'Kto realizuje', 'Termin', 'Uwagi'],
      [
        '1.',
        'Zarejestrowanie się w Powiatowym Urzędzie Pracy',
        'Osoba zawierająca kontrakt',
        '20.11.2026',
        '',
      ],
      [
        '2.',
        'Złożenie wniosku o rozłożenie zadłużenia na raty',
        'Członek rodziny: Anna Kowalska',
        '30.11.2026',
        'z pomocą pracownika socjalnego',
      ],
      ['3.', 'Skierowanie na kurs spawacza', 'Pracownik socjalny', '15.12.2026', ''],
    ]);
  });

  it('prints benefits as planned support granted by administrative decision, amounts in words', () => {
    const flat = contractWords(familyContract);
    expectAll(flat, [
      'Planowane świadczenia, których przyznanie pracownik socjalny zaproponuje — przyznawane w drodze decyzji administracyjnej, na warunkach określonych w ustawie o pomocy społecznej:',
      'Zasiłek celowy — zakup leków: planowana kwota 150,00 zł (słownie: sto pięćdziesiąt złotych 00/100), planowany termin: listopad 2026',
      'Zasiłek celowy — opłacenie zaległego czynszu: planowana kwota 1 234,56 zł (słownie: tysiąc dwieście trzydzieści cztery złote 56/100), planowany termin: grudzień 2026',
      'Zasiłek okresowy — utrzymanie: planowana kwota 420,00 zł (słownie: czterysta dwadzieścia złotych 00/100), planowany termin: XI 2026 – I 2027',
    ]);
    expect(flat).not.toMatch(/zobowiązuje się do udzielenia pomocy finansowej/);
  });

  it('agrees "złoty" with the number: 1 złoty, 2 złote, 12 złotych, 22 złote', () => {
    const benefit = (amount: number) => ({
      kind: 'Zasiłek celowy',
      purpose: 'test',
      amount,
      when: 'XII 2026',
    });
    const flat = contractWords({
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

describe('social contract, variant B for an unemployed woman (part I B of the model)', () => {
  it('has the variant B wording, its diagnosis and the labour office referral', () => {
    const flat = contractWords(unemployedWomanContract);
    expectAll(flat, [
      'Nr KS/2026/0012',
      'KONTRAKT SOCJALNY',
      'określający sposób współdziałania w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu',
      'zawarty w dniu 2 marca 2026 r. w miejscowości Zielona Dolina pomiędzy:',
      'a pracownikiem socjalnym: Łukasz Nowak (tel. 48 362 11 27)',
      'Ocena sytuacji zawodowej',
      'Skierowanie z powiatowego urzędu pracy: z dnia 20.02.2026, nr CAZ.5523.118.2026',
      '1. Przyczyny pozostawania bez pracy: Długotrwałe bezrobocie, samotne wychowywanie dwojga dzieci.',
      '2. Zasoby i możliwości (wykształcenie, kwalifikacje, doświadczenie zawodowe): Wykształcenie średnie, prawo jazdy kat. B.',
      '3. Ograniczenia i bariery w podjęciu zatrudnienia: Brak opieki nad dziećmi w godzinach pracy.',
      '4. Okres pozostawania bez pracy: 3 lata i 4 miesiące',
      '5. Dotychczasowe formy aktywizacji i przyczyny ich nieskuteczności: Staż w urzędzie gminy w 2023 r. — przerwany z powodu choroby dziecka.',
      'instrumenty społeczne: Trening kompetencji i umiejętności społecznych',
      'instrumenty edukacyjne: Zajęcia edukacyjne (edukacja nieformalna)',
      'Kontrakt zawiera się na okres od 02.03.2026 do 31.12.2026.',
      // no repeat interval: the sentence ends after the first date
      '8. Ocena realizacji kontraktu: rozmowa z uczestniczką; pierwsza ocena 01.04.2026. Ocenę',
      'Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla osoby zawierającej kontrakt, dla ośrodka pomocy społecznej.',
      CONSEQUENCES,
    ]);
    // The subtitle is the model's sentence, not "osoby bezrobotnej — …".
    expect(flat).not.toContain('osoby bezrobotnej —');
    expect(flat).not.toContain('trudnej sytuacji życiowej');
    // Only the person and the worker sign; no family, no benefits.
    expect(flat).not.toContain('członkami rodziny');
    expect(flat).not.toContain('podpis członka rodziny');
    expect(flat).not.toContain('Planowane świadczenia');
  });

  it('uses the feminine forms for a woman', () => {
    const flat = contractWords(unemployedWomanContract);
    expectAll(flat, [
      'osobą zawierającą kontrakt: Małgorzata Wiśniewska-Żak, urodzona 17.05.1990, PESEL 90051704503, zamieszkała: Stara Wieś 14, 26-601 Zielona Dolina',
      '4. Pani Małgorzata Wiśniewska-Żak zobowiązuje się do: 1. aktywnego poszukiwania pracy',
    ]);
    expect(flat).not.toMatch(/\bPan\b|urodzony|zamieszkały/);
  });
});

describe('gendered forms follow the person, not the variant', () => {
  it('a man in variant B', () => {
    const flat = contractWords({
      ...unemployedWomanContract,
      person: familyContract.person,
    });
    expect(flat).toContain(
      'osobą zawierającą kontrakt: Jan Kowalski, urodzony 12.03.1984, PESEL 84031212377, zamieszkały:',
    );
    expect(flat).toContain('4. Pan Jan Kowalski zobowiązuje się do:');
    expect(flat).not.toMatch(/\bPani\b|urodzona|zamieszkała/);
  });

  it('a woman alone in variant A: "osoby", not "rodziny"', () => {
    const flat = contractWords({
      ...familyContract,
      person: unemployedWomanContract.person,
      familyParties: [],
    });
    expect(flat).toContain('w zakresie rozwiązywania trudnej sytuacji życiowej osoby');
    expect(flat).toContain('Małgorzata Wiśniewska-Żak, urodzona 17.05.1990');
    expect(flat).toContain('4. Pani Małgorzata Wiśniewska-Żak zobowiązuje się do:');
    expect(flat).toContain('Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach');
    expect(flat).not.toMatch(/\bPan\b|urodzony|zamieszkały/);
  });
});

describe('a contract with 40 tasks', () => {
  it('paginates, repeats the table header on every page with tasks, keeps the signatures with the last terms', async () => {
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
    expect(flat(last)).toContain(CONSEQUENCES);
    expect(last).toContain('podpis osoby zawierającej kontrakt');
    expect(last).toContain('Oleh Kowalski');
    // The footer names the contract and numbers the pages.
    for (let page = 1; page <= pageCount; page++) {
      expect(flat(pages[page - 1]!)).toContain(
        `Kontrakt socjalny nr KS/2026/0007 Strona ${page} z ${pageCount}`,
      );
    }
  });
});

describe('page breaks', () => {
  it('keep the final provisions and every signature on one page, wherever the closing falls', async () => {
    for (const tasks of [6, 8, 9, 10, 11, 14]) {
      const { pages, pageCount } = await contractText(contractWithTasks(tasks));
      const last = pages[pageCount - 1]!;
      for (const part of [
        'Postanowienia końcowe',
        'Niedotrzymanie postanowień',
        'Kwestie sporne',
        'podpis osoby zawierającej kontrakt',
        'podpis pracownika socjalnego',
        'Anna Kowalska',
        'Oleh Kowalski',
      ]) {
        expect(last, `${tasks} tasks: ${part} on the last page`).toContain(part);
      }
    }
  });

  it('never leave a heading alone at the foot of a page', async () => {
    for (const data of [unemployedWomanContract, familyContract]) {
      const { pages } = await contractText(data);
      const page = pages.find((p) => p.includes('zobowiązuje się do:'))!;
      expect(page).toMatch(/zobowiązuje się do:\s+1\./);
    }
  });
});

describe('the EU marking', () => {
  const euSentence = /Unię Europejską|Unii Europejskiej/;

  it('appears on every page of an EFS contract (2014–2020 wording), agreeing with "Projekt"', async () => {
    const { pages } = await contractText(unemployedWomanContract);
    for (const page of pages) {
      expect(flat(page)).toContain(
        'Projekt „Aktywni w Zielonej Dolinie” jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego.',
      );
    }
  });

  it('uses the 2021–2027 sentence (EFS+) and the uploaded strip', async () => {
    const data = { ...familyContract, project: efs2021Project };
    const doc = buildSocialContract(data);
    expect(doc.images).toEqual({ logoStrip: efs2021Project.logoStrip });
    const { flat } = await contractText(data);
    expect(flat).toContain(
      'Projekt „Razem po zmianę” jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego Plus.',
    );
    expect(flat).not.toContain('— Dofinansowane');
  });

  it('draws nothing in place of a strip the office has not uploaded — no grey boxes', () => {
    const doc = buildSocialContract(unemployedWomanContract);
    expect(doc.images).toBeUndefined();
    expect(doc.header).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain('<svg');
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

describe('copies', () => {
  it('the person’s and the office’s: the whole document twice, each labelled and numbered on its own', async () => {
    const one = await contractText(familyContract);
    const two = await contractText(familyContract, { copies: 2 });
    expect(two.pageCount).toBe(2 * one.pageCount);
    const n = one.pageCount;
    expect(two.pages[0]).toContain('Egzemplarz osoby zawierającej kontrakt');
    expect(two.pages[0]).toContain('KONTRAKT SOCJALNY');
    expect(two.pages[n]).toContain('Egzemplarz ośrodka');
    expect(two.pages[n]).toContain('KONTRAKT SOCJALNY');
    expect(two.pages[0]).toContain(`Strona 1 z ${n}`);
    expect(two.pages[n]).toContain(`Strona 1 z ${n}`);
    expect(two.pages[2 * n - 1]).toContain(
      `Kontrakt socjalny nr KS/2026/0007 · Egzemplarz ośrodka`,
    );
    expect(two.flat.match(/podpis pracownika socjalnego/g)).toHaveLength(2);
    expect(one.flat).not.toContain('Egzemplarz');
  });

  it('a family member’s copy: only their own identity number, no assessment of the situation', () => {
    const [wife, son] = familyCopies(familyContract);
    const forWife = contractWords(familyContract, { copy: wife });
    expectAll(forWife, [
      'Egzemplarz członka rodziny: Anna Kowalska',
      'Jan Kowalski, urodzony 12.03.1984, zamieszkały:',
      '1. Anna Kowalska (żona), PESEL 86070207743',
      '2. Oleh Kowalski (syn) a pracownikiem',
      'Pominięto w tym egzemplarzu: ocena sytuacji zawiera dane szczególnie chronione',
      'Ustalenia stron',
      'podpis członka rodziny (żona) Anna Kowalska',
      'podpis członka rodziny (syn) Oleh Kowalski',
    ]);
    expect(forWife).not.toContain('84031212377');
    expect(forWife).not.toContain('FX1234567');
    expect(forWife).not.toContain('Długotrwała choroba żony');

    const forSon = contractWords(familyContract, { copy: son });
    expect(forSon).toContain('nr dokumentu tożsamości FX1234567');
    expect(forSon).not.toContain('86070207743');
  });
});

describe('a draft', () => {
  it('is marked across every page as not for signature and has no number line', async () => {
    const draft = { ...familyContract, number: null };
    // pdfmake draws the watermark on every page; pdftotext cannot read rotated text back.
    expect(buildSocialContract(draft).watermark).toMatchObject({
      text: 'PROJEKT — nie do podpisu',
    });
    const { flat: all } = await contractText(draft);
    expect(all).not.toContain('Nr ');
    expect(all).not.toContain('KS/');
    expect(all).toContain('Kontrakt socjalny — projekt');
    expect(all).toMatch(/Data zawarcia kontraktu socjalnego:.*08\.11\.2026/);
  });

  it('a signed contract carries no such mark', () => {
    expect(buildSocialContract(familyContract).watermark).toBeUndefined();
  });
});

describe('typesetting', () => {
  it('binds dates, amounts and one-letter words to their neighbours in the definition', () => {
    const json = JSON.stringify(buildSocialContract(familyContract));
    expect(json).toContain('8\u00a0listopada\u00a02026\u00a0r.');
    expect(json).toContain('listopad\u00a02026');
    expect(json).toContain('XI\u00a02026 – I\u00a02027');
    expect(json).toContain('złotych\u00a000/100');
    expect(json).toContain('Miejski Ośrodek');
  });
});
