import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { generatePesel } from '../../src-main/domain/pesel';
import { validRoom, validTrainer } from '../support/club-inputs';
import type { E2eApp } from './fixtures';

export const SCREENS = 'test-results/screens';

/** Radom's KIS: over 35, registered unemployed over 24 months, at most vocational education. */
export const KIS_CRITERIA = [
  { kind: 'minAge', years: 35 },
  { kind: 'registeredUnemployedMonths', months: 24 },
  { kind: 'maxEducation', level: 'isced3' },
];

/** A project running this year (today is inside it), with the KIS criteria. */
export async function arrangeProject(app: E2eApp, title = 'Klub Integracji Społecznej w Radomiu') {
  return app.call<{ id: number; title: string }>('projects.create', {
    title,
    programme: 'PO KL 2007–2013',
    measure: 'Działanie 7.1 Poddziałanie 7.1.1',
    edition: 'I edycja',
    beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Radomiu',
    isEfs: true,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    totalValue: 34977380,
    euFunding: 31050380,
    ownContribution: 3927000,
    plannedWomen: 18,
    plannedMen: 12,
    criteria: KIS_CRITERIA,
  });
}

/** An address in Radom, ul. Żeromskiego `houseNumber`. */
export const radomAddress = (houseNumber: string) => ({
  voivodeship: 'mazowieckie',
  county: 'Radom',
  commune: 'Radom',
  locality: 'Radom',
  street: 'Żeromskiego',
  houseNumber,
  postalCode: '26-600',
  areaType: 'urban',
});

/**
 * The club's trainer and room for the edition: Ewa Zielińska, who leads both a psychologist's
 * and an instructor's modules, and Sala 12 for 15 with no special features — both available
 * Mon–Fri 8:00–16:00.
 */
export async function arrangeTrainerAndRoom(app: E2eApp, editionId: number) {
  await app.call('club.saveTrainer', validTrainer(editionId));
  await app.call('club.saveRoom', validRoom(editionId, { features: [] }));
}

/**
 * The staff member gets an account (every role) and the browser tab signs in as them, so what
 * is done in the browser carries their name. Before `page.goto`, or reload the page after.
 */
export async function actAs(app: E2eApp, staffId: number, login: string) {
  await app.giveAccount(staffId, login);
  await app.signInBrowser(login);
}

/**
 * A 30-year-old, registered unemployed since 2020: fails only the age criterion. Anna Nowak,
 * a social worker, is signed in in the browser.
 */
export async function arrangeParticipant(app: E2eApp) {
  const staff = await app.call<{ id: number }>('staff.create', {
    firstName: 'Anna',
    lastName: 'Nowak',
    role: 'socialWorker',
  });
  await actAs(app, staff.id, 'anna.nowak');
  return app.call<{ id: number }>('participants.create', {
    firstName: 'Łukasz',
    lastName: 'Wiśniewski',
    pesel: generatePesel('1996-05-10', 'M', 17),
    sex: 'M',
    birthDate: '1996-05-10',
    educationLevel: 'isced2',
    exclusionReasons: ['unemployment', 'homelessness'],
    unemployedSince: '2020-03-01',
    officeClientSince: '2021-01-15',
    address: radomAddress('12'),
  });
}

/** The project, the person with the acting worker, and an EFS path: social, health, vocational. */
export async function arrangeContractWorld(app: E2eApp) {
  const project = await arrangeProject(app);
  const person = await arrangeParticipant(app);
  const worker = (await app.call<{ id: number; lastName: string }[]>('staff.list', {})).find(
    (s) => s.lastName === 'Nowak',
  )!;
  const instruments = await app.call<{ id: number; group: string }[]>('instruments.list', {});
  const path = ['social', 'health', 'vocational'].map(
    (g) => instruments.find((i) => i.group === g)!.id,
  );
  return { project, person, worker, instruments, path };
}

/** A second person, a woman from Skaryszew with Polish letters in her surname. */
export async function arrangeSecondPerson(app: E2eApp) {
  return app.call<{ id: number }>('participants.create', {
    firstName: 'Małgorzata',
    lastName: 'Ślęzak',
    pesel: generatePesel('1985-11-02', 'K', 41),
    sex: 'K',
    birthDate: '1985-11-02',
    exclusionReasons: ['unemployment'],
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: 'Skaryszew',
      locality: 'Skaryszew',
      street: 'Kościuszki',
      houseNumber: '3',
      postalCode: '26-640',
      areaType: 'rural',
    },
  });
}

/** antd draws its options outside the listbox it exposes to assistive technology. */
export async function pickOption(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-item-option').filter({ hasText: text }).click();
}

export async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press('Enter');
}

/** The largest text size (A++), as a worker with weak eyesight sets it in the header. */
export async function largestText(page: Page) {
  await page.getByRole('button', { name: 'A++ — czcionka bardzo duża' }).click();
}

/** The file a download saved, as bytes. */
export async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`The download ${download.suggestedFilename()} was not saved`);
  return readFileSync(path);
}
