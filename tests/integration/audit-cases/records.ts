import {
  enrolCandidate,
  validMonitoring,
  validParticipant,
  validProject,
  validStaff,
} from '../../support/test-app';
import { PNG_DATA_URL } from '../../support/contracts';
import type { AuditTablePart } from './types';

const PARTICIPANT_FIELDS_SET_BY_BUILDER = [
  ...['areaType', 'commune', 'county', 'flatNumber', 'houseNumber', 'locality'].map(
    (f) => `address.${f}`,
  ),
  ...['postalCode', 'street', 'voivodeship'].map((f) => `address.${f}`),
  ...['birthDate', 'educationLevel', 'exclusionReasons', 'firstName', 'lastName'],
  ...['notes', 'pesel', 'sex'],
];

/** The office's records: settings, staff, projects, people, enrolments, instruments. */
export const RECORD_WRITES: AuditTablePart<
  | 'settings.update'
  | 'settings.setLogoStrip'
  | 'staff.create'
  | 'staff.update'
  | 'projects.create'
  | 'projects.update'
  | 'projects.setTeam'
  | 'participants.create'
  | 'participants.update'
  | 'enrolments.create'
  | 'enrolments.changeStatus'
  | 'enrolments.updateMonitoring'
  | 'enrolments.recordExit'
  | 'instruments.create'
  | 'instruments.update'
> = {
  'settings.update': [
    {
      title: 'first save',
      write: async (a) => (
        await a.call('settings.update', { officeName: 'MOPS Bartoszyce' }),
        null
      ),
      entity: 'settings',
      action: 'create',
      // The idle lock's default is stored with the first save.
      fields: ['idleLockMinutes', 'officeName'],
    },
    {
      title: 'a change',
      write: async (a) => {
        await a.call('settings.update', { officeName: 'MOPS Bartoszyce' });
        await a.call('settings.update', { officeName: 'MOPS Bartoszyce', phone: '89 762 00 00' });
        return null;
      },
      entity: 'settings',
      action: 'update',
      fields: ['phone'],
    },
  ],
  'settings.setLogoStrip': [
    {
      write: async (a) => (await a.call('settings.setLogoStrip', { dataUrl: PNG_DATA_URL }), null),
      entity: 'settings',
      action: 'update',
      fields: ['logoStrip'],
    },
  ],
  'staff.create': [
    {
      write: async (a) => (await a.call('staff.create', validStaff({ lastName: 'Lis' }))).id,
      entity: 'staff',
      action: 'create',
      fields: ['active', 'firstName', 'lastName', 'phone', 'role'],
    },
  ],
  'staff.update': [
    {
      write: async (a) => {
        const { id } = await a.call('staff.create', validStaff());
        return (await a.call('staff.update', { ...validStaff(), id, phone: '600 100 200' })).id;
      },
      entity: 'staff',
      action: 'update',
      fields: ['phone'],
    },
  ],
  'projects.create': [
    {
      write: async (a) => (await a.call('projects.create', validProject())).id,
      entity: 'project',
      action: 'create',
      fields: [
        ...['beneficiary', 'criteria', 'edition', 'endDate', 'euFunding', 'indicators', 'isEfs'],
        ...['measure', 'ownContribution', 'partners', 'plannedMen', 'plannedWomen', 'programme'],
        ...['startDate', 'title', 'totalValue'],
      ],
    },
  ],
  'projects.update': [
    {
      write: async (a) => {
        const { id } = await a.call('projects.create', validProject());
        const project = validProject({ title: 'KIS II', plannedMen: 7 });
        return (await a.call('projects.update', { id, project })).id;
      },
      entity: 'project',
      action: 'update',
      fields: ['plannedMen', 'title'],
    },
  ],
  'projects.setTeam': [
    {
      write: async (a) => {
        const { id } = await a.call('projects.create', validProject());
        const member = await a.call('staff.create', validStaff());
        return (await a.call('projects.setTeam', { projectId: id, staffIds: [member.id] }))
          .projectId;
      },
      entity: 'project',
      action: 'update',
      fields: ['team'],
    },
  ],
  'participants.create': [
    {
      write: async (a) => {
        const input = validParticipant({ notes: 'Uwagi', phone: null, birthPlace: null });
        return (await a.call('participants.create', input)).id;
      },
      entity: 'participant',
      action: 'create',
      fields: PARTICIPANT_FIELDS_SET_BY_BUILDER,
    },
  ],
  'participants.update': [
    {
      write: async (a) => {
        const input = validParticipant();
        const { id } = await a.call('participants.create', input);
        const address = { ...input.address, locality: 'Sępopol' };
        const participant = { ...input, notes: 'Nowe', address };
        return (await a.call('participants.update', { id, participant })).id;
      },
      entity: 'participant',
      action: 'update',
      fields: ['address.locality', 'notes'],
    },
  ],
  'enrolments.create': [
    {
      write: async (a) => (await enrolCandidate(a)).id,
      entity: 'enrolment',
      action: 'create',
      fields: [
        ...['consentDataProcessing', 'consentDate', 'enrolledOn', 'monitoring'],
        ...['participantId', 'projectId'],
      ],
    },
  ],
  'enrolments.changeStatus': [
    {
      title: 'qualified',
      write: async (a) => {
        const { id } = await enrolCandidate(a);
        const to = { id, to: 'qualified', date: '2013-02-10' } as const;
        return (await a.call('enrolments.changeStatus', to)).id;
      },
      entity: 'enrolment',
      action: 'status',
      fields: ['status'],
    },
    {
      title: 'taking part',
      write: async (a) => {
        const { id } = await enrolCandidate(a);
        await a.call('enrolments.changeStatus', { id, to: 'qualified', date: '2013-02-10' });
        const to = { id, to: 'participant', date: '2013-03-01' } as const;
        return (await a.call('enrolments.changeStatus', to)).id;
      },
      entity: 'enrolment',
      action: 'status',
      fields: ['longTermUnemployed', 'startedOn', 'status'],
    },
  ],
  'enrolments.updateMonitoring': [
    {
      write: async (a) => {
        const { id } = await enrolCandidate(a);
        const monitoring = validMonitoring({ disability: 'yes' });
        return (await a.call('enrolments.updateMonitoring', { id, monitoring })).id;
      },
      entity: 'enrolment',
      action: 'update',
      fields: ['monitoring'],
    },
  ],
  'enrolments.recordExit': [
    {
      write: async (a) => {
        const { id } = await enrolCandidate(a);
        for (const [to, date] of [
          ['qualified', '2013-02-10'],
          ['participant', '2013-03-01'],
          ['completed', '2013-11-30'],
        ] as const)
          await a.call('enrolments.changeStatus', { id, to, date });
        const exit = { id, results: ['employed' as const], recordedOn: '2013-12-02' };
        return (await a.call('enrolments.recordExit', exit)).id;
      },
      entity: 'enrolment',
      action: 'update',
      fields: ['exitSituation'],
    },
  ],
  'instruments.create': [
    {
      write: async (a) => {
        const instrument = { group: 'social', name: 'Grupa wsparcia', active: true } as const;
        return (await a.call('instruments.create', instrument)).id;
      },
      entity: 'instrument',
      action: 'create',
      fields: ['active', 'group', 'name'],
    },
  ],
  'instruments.update': [
    {
      write: async (a) => {
        const instrument = { group: 'social', name: 'Grupa wsparcia', active: true } as const;
        const { id } = await a.call('instruments.create', instrument);
        const renamed = { ...instrument, id, name: 'Grupa wsparcia dla rodziców' };
        return (await a.call('instruments.update', renamed)).id;
      },
      entity: 'instrument',
      action: 'update',
      fields: ['name'],
    },
  ],
};
