import { describe, expect, it, vi } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CourseCertificateData } from '../../../src-main/contract/course-certificates';
import {
  buildCourseCertificate,
  formWords,
  hoursGenitive,
  LEGAL_BASIS,
  type CourseCertificateOptions,
} from '../../../src-renderer/documents/course-certificate';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import { renderRequest, type RenderProgress } from '../../../src-renderer/documents/render-pdf';
import { flat, pdfEngine, pdfText, readPdf } from '../../support/pdf';
import {
  courseCertificate,
  programmeOf,
  WELDING_TOPICS,
  womanWithPesel,
} from './course-certificate-fixtures';

// Rendering takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 60_000 });

async function rendered(input: CourseCertificateData, options: CourseCertificateOptions = {}) {
  const pdf = await pdfText(buildCourseCertificate(input, options));
  return {
    ...pdf,
    flat: flat(pdf.text),
    flatPages: pdf.pages.map(flat),
  };
}

/** Every QR code's text in a definition. */
function qrCodes(doc: TDocumentDefinitions): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.qr === 'string') found.push(n.qr);
    for (const value of Object.values(n)) if (typeof value === 'object') walk(value);
  };
  walk(doc.content);
  return found;
}

const fullName = (data: CourseCertificateData) =>
  `${data.person.firstName} ${data.person.lastName}`;

describe('the front of a man’s certificate, identified by date and place of birth', () => {
  const data = courseCertificate();

  it('states who, born when and where, which course, by whom, when and how long', async () => {
    const pdf = await rendered(data);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.flatPages[0]).toContain(
      `Pan ${fullName(data)}, urodzony 5 marca 1988 r. w miejscowości ${data.person.birthPlace}, ` +
        `ukończył kurs „${data.course.name}” zorganizowany przez ${data.organiser.name} ` +
        'w okresie od 3 listopada 2026 r. do 27 listopada 2026 r. w wymiarze 80 godzin.',
    );
    expect(pdf.flatPages[0]).toContain(`Miejsce kursu: ${data.course.place}.`);
    expect(pdf.flatPages[0]).toContain('Program kursu (tematy zajęć i liczba godzin) na odwrocie.');
  });

  it('has the organiser on the left, the place and date of issue, the title and number', async () => {
    const pdf = await rendered(data);
    const lines = pdf.pages[0]!.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines[0]).toBe(`${data.organiser.name} Radom, dnia 5 grudnia 2026 r.`);
    // The provider's address as typed, one line each.
    expect(lines.slice(1, 3)).toEqual(['ul. Hutnicza 7', '26-600 Radom']);
    expect(pdf.flatPages[0]).toContain(`ZAŚWIADCZENIE o ukończeniu kursu nr ${data.number}`);
  });

  it('names the project, the verification code and its QR code, the signature and the legal basis', async () => {
    const doc = buildCourseCertificate(data);
    const pdf = await rendered(data);
    expect(pdf.flatPages[0]).toContain(
      'Kształcenie sfinansowano w ramach projektu „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24, ' +
        `realizowanego przez ${data.office.name} (Fundusze Europejskie dla Mazowsza 2021–2027).`,
    );
    expect(pdf.flatPages[0]).toContain(`Kod weryfikacyjny: ${data.code}`);
    expect(pdf.flatPages[0]).toContain(
      `Autentyczność zaświadczenia potwierdza ${data.office.name} po podaniu numeru zaświadczenia i kodu weryfikacyjnego.`,
    );
    expect(qrCodes(doc)).toEqual([data.code]);
    expect(pdf.flatPages[0]).toContain('(pieczęć i podpis osoby upoważnionej)');
    expect(pdf.flatPages[0]).toContain(flat(LEGAL_BASIS.replaceAll('\u00a0', ' ')));
    expect(pdf.flatPages[0]).toContain(
      'na podstawie § 23 rozporządzenia Ministra Edukacji i Nauki z dnia 6 października 2023 r. ' +
        'w sprawie kształcenia ustawicznego w formach pozaszkolnych (Dz. U. z 2023 r. poz. 2175).',
    );
    // The EFS marking: the co-financing sentence at the foot, an A4 portrait page.
    expect(pdf.flatPages[0]).toContain('Projekt „Aktywni razem” jest współfinansowany');
    expect(pdf.pageSize).toContain('595.28 x 841.89');
  });

  it('claims no model form of the ministry', async () => {
    const pdf = await rendered(data);
    expect(pdf.text).not.toMatch(/\bMEN\b|MEiN|druk|wz[óo]r/i);
  });

  it('has every page footed with the number and the name', async () => {
    const pdf = await rendered(data);
    expect(pdf.flatPages[0]).toContain(
      `Zaświadczenie nr ${data.number} · ${fullName(data)} Strona 1 z 2`,
    );
    expect(pdf.flatPages[1]).toContain(
      `Zaświadczenie nr ${data.number} · ${fullName(data)} Strona 2 z 2`,
    );
  });
});

describe('a woman’s certificate, identified by PESEL, of a training (szkolenie)', () => {
  const data = courseCertificate({
    number: '13/2026',
    person: womanWithPesel,
    course: { ...courseCertificate().course, form: 'szkolenie' },
  });

  it('speaks of her in the feminine and of the training in the neuter, with her PESEL', async () => {
    const pdf = await rendered(data);
    expect(pdf.flatPages[0]).toContain('ZAŚWIADCZENIE o ukończeniu szkolenia nr 13/2026');
    expect(pdf.flatPages[0]).toContain(
      `Pani ${fullName(data)}, PESEL ${womanWithPesel.pesel}, ukończyła szkolenie „${data.course.name}” ` +
        `zorganizowane przez ${data.organiser.name} w okresie od`,
    );
    expect(pdf.text).not.toMatch(/urodzon|ukończył |\bPan\b/);
  });

  it('says she was born, when the office chose the date of birth', async () => {
    const pdf = await rendered({
      ...data,
      person: { ...womanWithPesel, birthDate: '1992-07-15', birthPlace: 'Szydłowiec', pesel: null },
    });
    expect(pdf.flatPages[0]).toContain(
      `Pani ${fullName(data)}, urodzona 15 lipca 1992 r. w miejscowości Szydłowiec, ukończyła szkolenie`,
    );
    expect(pdf.text).not.toContain('PESEL');
  });
});

describe('the programme on the back', () => {
  it('lists every topic with its hours and the total under "Razem"', async () => {
    const data = courseCertificate();
    const pdf = await rendered(data);
    const back = pdf.pages[1]!;
    expect(flat(back)).toMatch(/^ ?Program kursu „Spawanie blach/);
    const lines = back.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    WELDING_TOPICS.forEach((topic, i) =>
      expect(lines).toContain(`${i + 1}. ${topic.title} ${topic.hours}`),
    );
    const sum = WELDING_TOPICS.reduce((s, t) => s + t.hours, 0);
    expect(sum).toBe(data.course.totalHours);
    expect(lines).toContain(`Razem ${sum}`);
    expect(lines).toContain('Lp. Temat zajęć Liczba godzin');
  });

  it('runs a programme of 40 topics onto a second page, the number, name and heads repeated', async () => {
    const data = courseCertificate({ course: programmeOf(40) });
    const pdf = await rendered(data);
    expect(pdf.pageCount).toBe(3);
    const id = `Zaświadczenie nr ${data.number} · ${fullName(data)}`;
    for (const page of [pdf.pages[1]!, pdf.pages[2]!]) {
      const lines = page.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
      expect(lines).toContain(id);
      expect(lines).toContain('Lp. Temat zajęć Liczba godzin');
    }
    const topics = data.course.topics;
    expect(flat(pdf.pages[1]!)).toContain(`1. ${topics[0]!.title} 2`);
    expect(flat(pdf.pages[2]!)).toContain(`40. ${topics[39]!.title} 2`);
    expect(flat(pdf.pages[2]!)).toContain(`Razem ${2 * 40}`);
    // Every topic once, and nothing of the programme on the front.
    for (const [i, topic] of topics.entries())
      expect(pdf.flat.split(`${i + 1}. ${topic.title}`).length - 1).toBe(1);
    expect(pdf.flatPages[0]).not.toContain('Temat 01');
    expect(pdf.flatPages[2]).toContain('Strona 3 z 3');
  });

  it('keeps a programme of 12 topics on one page (the usual certificate: one sheet)', async () => {
    const pdf = await rendered(courseCertificate());
    expect(pdf.pageCount).toBe(2);
  });
});

describe('long names, a duplicate, a replacement', () => {
  const long = courseCertificate({
    person: {
      firstName: 'Maria Magdalena Konstancja',
      lastName: 'Łęcka-Ślusarczyk-Wierzbowska',
      sex: 'K',
      birthDate: '1979-10-31',
      birthPlace: 'Skarżysko-Kamienna',
      pesel: null,
    },
    organiser: {
      name: 'Centrum Kształcenia Ustawicznego i Doskonalenia Zawodowego im. Stanisława Staszica „Wiedza i Praktyka” Spółka z ograniczoną odpowiedzialnością Oddział w Radomiu',
      address: 'ul. Hutnicza 7\n26-600 Radom',
    },
    course: {
      ...courseCertificate().course,
      form: 'kurs umiejętności zawodowych',
      name: 'Spawanie blach i rur spoinami pachwinowymi i czołowymi metodami MAG (135) i TIG (141) w pozycjach PA, PB, PC, PF oraz PH wraz z przygotowaniem do egzaminu przed komisją Urzędu Dozoru Technicznego',
      place:
        'Centrum Kształcenia Ustawicznego, ul. Hutnicza 7, 26-600 Radom, hala warsztatowa nr 2 oraz sala wykładowa nr 14 na pierwszym piętrze budynku B',
    },
    replacesNumber: '3/2026',
  });

  it('fits the longest names, a duplicate and a replacement on the front, signature included', async () => {
    const pdf = await rendered(long, { duplicate: { issuedOn: '2027-01-10', code: 'AB3C-DE4F' } });
    expect(pdf.pageCount).toBe(2);
    const front = pdf.flatPages[0]!;
    expect(front).toContain(`Pani ${fullName(long)}, urodzona 31 października 1979 r.`);
    expect(front).toContain(`ukończyła kurs umiejętności zawodowych „${long.course.name}”`);
    expect(front).toContain(`zorganizowany przez ${long.organiser.name} w okresie`);
    expect(front).toContain(`Miejsce kursu: ${long.course.place}.`);
    expect(front).toContain('(pieczęć i podpis osoby upoważnionej)');
    expect(front).toContain('poz. 2175).');
    expect(flat(pdf.pages[1]!)).toMatch(/^ ?Program kursu/);
  });

  it('fits every field at the longest its form accepts, with every mark, on one front', async () => {
    const words =
      'Centrum Kształcenia Ustawicznego Doskonalenia Zawodowego Województwa Mazowieckiego ' +
      'Spółka ograniczoną odpowiedzialnością Oddział Radomiu ';
    const fill = (n: number) => words.repeat(10).slice(0, n).trim();
    const max = courseCertificate({
      // The forms' limits: organiser 300, its address 300, course and place 200, first name
      // 60, last name 80, place of birth 80.
      organiser: {
        name: fill(300),
        address:
          'ul. Hutnicza 7 lok. 12\nBudynek B, wejście od ul. Kolejowej\n26-600 Radom\n' +
          'woj. mazowieckie\ntel. 48 360 00 11, e-mail biuro@spawalnik.example.pl',
      },
      person: {
        firstName: 'Maria Magdalena Konstancja Aleksandra Bożena Wiesława',
        lastName: 'Łęcka-Ślusarczyk-Wierzbowska-Szczepańska-Grzybowska-Dąbrowska-Kowal',
        sex: 'K',
        birthDate: '1979-10-31',
        birthPlace: 'Skarżysko-Kamienna Wieś Kolonia Górna przy drodze wojewódzkiej nr 744',
        pesel: null,
      },
      course: {
        ...courseCertificate().course,
        form: 'kurs umiejętności zawodowych w zawodzie spawacz',
        name: fill(200),
        place: fill(200),
      },
      replacesNumber: '3/2026',
    });
    const pdf = await rendered(max, {
      duplicate: { issuedOn: '2027-01-10', code: 'AB3C-DE4F' },
      revoked: true,
    });
    expect(pdf.pageCount).toBe(2);
    expect(pdf.flatPages[0]).toContain('(pieczęć i podpis osoby upoważnionej)');
    expect(pdf.flatPages[0]).toContain('poz. 2175).');
    expect(pdf.flatPages[0]).toContain('Strona 1 z 2');
    expect(flat(pdf.pages[1]!)).toMatch(/^ ?Program kursu/);
  });

  it('marks a duplicate with the day it was made and prints its own code, not the original’s', async () => {
    const data = courseCertificate();
    const duplicate = { issuedOn: '2027-01-10', code: 'AB3C-DE4F' };
    const doc = buildCourseCertificate(data, { duplicate });
    const pdf = await rendered(data, { duplicate });
    expect(pdf.flatPages[0]).toContain(
      `nr ${data.number} DUPLIKAT wydany dnia 10 stycznia 2027 r.`,
    );
    expect(pdf.flatPages[0]).toContain(`Kod weryfikacyjny: ${duplicate.code}`);
    expect(pdf.text).not.toContain(data.code);
    expect(qrCodes(doc)).toEqual([duplicate.code]);
    // The original's date of issue stays at the top.
    expect(pdf.flatPages[0]).toContain('Radom, dnia 5 grudnia 2026 r.');
    expect(pdf.flatPages[1]).toContain('DUPLIKAT wydany 10.01.2027');
    // The registry's builder is the same.
    const viaRegistry = documentRegistry.courseCertificate.build(data, { duplicate });
    expect(viaRegistry.copies[0]!.footer).toBe(
      `Zaświadczenie nr ${data.number} · ${fullName(data)} · DUPLIKAT wydany 10.01.2027`,
    );
  });

  it('an original carries no duplicate mark', async () => {
    const pdf = await rendered(courseCertificate());
    expect(pdf.text).not.toContain('DUPLIKAT');
    expect(pdf.text).not.toContain('UNIEWAŻNIONE');
  });

  it('names the revoked certificate a corrected one replaces', async () => {
    const pdf = await rendered(courseCertificate({ number: '31/2026', replacesNumber: '4/2026' }));
    expect(pdf.flatPages[0]).toContain(
      'Zaświadczenie wydane w miejsce zaświadczenia nr 4/2026 (unieważnionego).',
    );
  });

  it('marks a revoked certificate printed for the files', async () => {
    const pdf = await rendered(courseCertificate(), { revoked: true });
    expect(pdf.flatPages[0]).toContain('UNIEWAŻNIONE');
  });

  it('keeps Polish letters intact', async () => {
    const data = courseCertificate({
      person: {
        ...courseCertificate().person,
        firstName: 'Łucja',
        lastName: 'Źdźbło-Gęślą',
        sex: 'K',
      },
      course: { ...courseCertificate().course, name: 'Zażółć gęślą jaźń — ĄĘŁŃÓŚŹŻĆ ąęłńóśźżć' },
    });
    const pdf = await rendered(data);
    expect(pdf.flatPages[0]).toContain('Pani Łucja Źdźbło-Gęślą, urodzona');
    expect(pdf.flatPages[0]).toContain('„Zażółć gęślą jaźń — ĄĘŁŃÓŚŹŻĆ ąęłńóśźżć”');
  });
});

describe('the builder', () => {
  it('leaves its input untouched and gives the same definition for the same data', () => {
    const frozen = <T>(value: T): T => {
      if (value && typeof value === 'object') {
        Object.values(value).forEach(frozen);
        Object.freeze(value);
      }
      return value;
    };
    const data = frozen(structuredClone(courseCertificate()));
    const options = frozen({ duplicate: { issuedOn: '2027-01-10', code: 'AB3C-DE4F' } });
    const build = () => JSON.stringify(buildCourseCertificate(data, options));
    expect(build()).toBe(build());
  });
});

describe('hours and forms in Polish', () => {
  it('puts the hours in the genitive after "w wymiarze"', async () => {
    expect([1, 2, 4, 5, 12, 21, 22, 80, 112].map(hoursGenitive)).toEqual([
      '1 godziny',
      '2 godzin',
      '4 godzin',
      '5 godzin',
      '12 godzin',
      '21 godzin',
      '22 godzin',
      '80 godzin',
      '112 godzin',
    ]);
    const pdf = await rendered(
      courseCertificate({
        course: {
          ...courseCertificate().course,
          totalHours: 1,
          topics: [{ title: 'Instruktaż stanowiskowy', hours: 1 }],
        },
      }),
    );
    expect(pdf.flatPages[0]).toContain('w wymiarze 1 godziny.');
    expect(flat(pdf.pages[1]!)).toContain('Razem 1');
  });

  it('declines the forms it knows and names any other through "formę kształcenia"', () => {
    expect(formWords('kurs')).toEqual({
      subtitle: 'o ukończeniu kursu',
      completedWhat: 'kurs',
      organised: 'zorganizowany',
    });
    expect(formWords('Kurs umiejętności  zawodowych')).toEqual({
      subtitle: 'o ukończeniu kursu',
      completedWhat: 'kurs umiejętności zawodowych',
      organised: 'zorganizowany',
    });
    expect(formWords('szkolenie okresowe').subtitle).toBe('o ukończeniu szkolenia');
    expect(formWords('warsztaty')).toEqual({
      subtitle: 'o ukończeniu warsztatów',
      completedWhat: 'warsztaty',
      organised: 'zorganizowane',
    });
    expect(formWords('praktyczna nauka zawodu')).toEqual({
      subtitle: 'o ukończeniu formy kształcenia ustawicznego',
      completedWhat: 'formę kształcenia: praktyczna nauka zawodu',
      organised: 'zorganizowaną',
    });
  });
});

describe('a batch of certificates for duplex printing', () => {
  const items = [
    { data: courseCertificate({ number: '12/2026' }) },
    // Three pages: the programme runs onto a second page, a blank page follows.
    {
      data: courseCertificate({
        number: '13/2026',
        person: womanWithPesel,
        course: programmeOf(40),
      }),
    },
    { data: courseCertificate({ number: '14/2026' }) },
  ];

  it('starts every certificate on an odd page, a blank page after one of three pages', async () => {
    const request = { kind: 'courseCertificate' as const, title: 'Zaświadczenia', items };
    const pdf = readPdf(Buffer.from(await renderRequest(pdfEngine, request)));
    expect(pdf.pageCount).toBe(8);
    const fronts = pdf.pages.flatMap((page, i) => (page.includes('ZAŚWIADCZENIE') ? [i + 1] : []));
    expect(fronts).toEqual([1, 3, 7]);
    for (const [i, page] of fronts.entries())
      expect(flat(pdf.pages[page - 1]!)).toContain(`nr ${items[i]!.data.number}`);
    // The blank back of the second certificate's last sheet: no header, no footer.
    expect(pdf.pages[5]!.trim()).toBe('');
    const footers = pdf.pages.map((p) => /Strona \d+ z \d+/.exec(p)?.[0] ?? null);
    expect(footers).toEqual([
      'Strona 1 z 2',
      'Strona 2 z 2',
      'Strona 1 z 3',
      'Strona 2 z 3',
      'Strona 3 z 3',
      null,
      'Strona 1 z 2',
      'Strona 2 z 2',
    ]);
  });

  it('reports progress up to all certificates', async () => {
    const progress: RenderProgress[] = [];
    const request = { kind: 'courseCertificate' as const, title: 'Zaświadczenia', items };
    await renderRequest(pdfEngine, request, (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
  });

  it('never adds a blank page to a single certificate', async () => {
    const pdf = await pdfText(buildDocument({ kind: 'courseCertificate', data: items[1]!.data }));
    expect(pdf.pageCount).toBe(3);
  });
});
