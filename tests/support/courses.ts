import type { ChannelInput } from '../../src-main/contract';

/** A training provider as the office types it (NIP grouped with dashes, as on invoices). */
export function validProvider(
  overrides: Partial<ChannelInput<'courses.saveProvider'>> = {},
): ChannelInput<'courses.saveProvider'> {
  return {
    name: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
    nip: '526-000-12-81',
    address: 'ul. Hutnicza 7\n26-600 Radom',
    risNumber: '2.14/00123/2019',
    contactPerson: 'Grażyna Łuczak',
    phone: '48 360 00 11',
    email: 'biuro@spawalnik.example.pl',
    ...overrides,
  };
}
