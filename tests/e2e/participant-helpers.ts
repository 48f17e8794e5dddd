import type { Page } from '@playwright/test';
import type { ParticipantInput } from '../../src-main/contract/participants';
import { generatePesel, type Sex } from '../../src-main/domain/pesel';
import { actAs } from './arrange';
import { expect, type E2eApp } from './fixtures';

export const SCREENS = 'test-results/screens';
export const SEARCH_PLACEHOLDER = 'Szukaj: nazwisko, imię, PESEL, nr dokumentu, miejscowość';

/** A valid participant living in `locality`, with a PESEL matching the birth date and sex. */
export function person(
  firstName: string,
  lastName: string,
  birthDate: string,
  sex: Sex,
  locality: string,
): ParticipantInput {
  return {
    firstName,
    lastName,
    pesel: generatePesel(birthDate, sex, 123),
    sex,
    birthDate,
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: locality,
      locality,
      street: 'Żeromskiego',
      houseNumber: '12',
      postalCode: '26-600',
      areaType: 'urban',
    },
    exclusionReasons: ['unemployment'],
  };
}

/** Four people and their social worker Ewa Wiśniewska, who is signed in in the browser. */
export async function arrangeParticipants(app: E2eApp) {
  const worker = await app.call<{ id: number }>('staff.create', {
    firstName: 'Ewa',
    lastName: 'Wiśniewska',
    role: 'socialWorker',
  });
  await actAs(app, worker.id, 'ewa.wisniewska');
  const people = [
    person('Łukasz', 'Żółkiewski', '1978-03-12', 'M', 'Radom'),
    person('Anna', 'Kowalska', '1985-11-02', 'K', 'Skaryszew'),
    person('Grzegorz', 'Brzęczyszczykiewicz', '1969-07-30', 'M', 'Jedlińsk'),
    person('Małgorzata', 'Ślęzak', '1991-01-17', 'K', 'Radom'),
  ];
  for (const p of people)
    await app.call('participants.create', { ...p, socialWorkerId: worker.id });
}

export async function openNewParticipantForm(page: Page, app: E2eApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nowy uczestnik' }).click();
  await expect(page.getByRole('heading', { name: 'Nowy uczestnik' })).toBeVisible();
}

export async function fillAddress(page: Page) {
  await page.getByLabel('Województwo', { exact: true }).fill('mazowieckie');
  await page.keyboard.press('Enter');
  await page.getByLabel('Powiat', { exact: true }).fill('radomski');
  await page.getByLabel('Gmina', { exact: true }).fill('Jedlińsk');
  await page.getByLabel('Miejscowość', { exact: true }).fill('Wsola');
  await page.getByLabel('Nr domu', { exact: true }).fill('7');
  await page.getByLabel('Kod pocztowy', { exact: true }).fill('26-660');
  await page.getByLabel('Wiejski', { exact: true }).check();
}

/** antd draws its options outside the listbox it exposes to assistive technology. */
export async function pickOption(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-item-option').filter({ hasText: text }).click();
}

/** The larger text (A++) and a small office monitor, for screenshots of squeezed layouts. */
export async function smallScreenLargeText(page: Page) {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: 'A++ — czcionka bardzo duża' }).click();
}
