import { createStore } from 'zustand/vanilla';
import type { ChannelInput, ChannelOutput } from '../../../src-main/contract';
import type {
  ClubAbsence,
  ClubEdition,
  ClubGroup,
  ClubModule,
  ClubProgramme,
  ClubRoom,
  ClubTrainer,
  EditionSummary,
} from '../../../src-main/contract/club';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';
import { projectList, type ProjectListFields } from '../../api/project-list';
import { currentRecord, type CurrentRecord } from '../../api/record';

export type EditionFieldsInput = ChannelInput<'club.updateEdition'>['edition'];
export type GroupMembers = ChannelOutput<'club.members'>;
export type MembersSaved = ChannelOutput<'club.setMembers'>;

/**
 * Klub Integracji Społecznej: the list of editions and the edition open in the editor with its
 * whole programme (`current`: edition, groups, modules, trainers with absences, rooms). The
 * timetable's sessions are the timetable tab's own business.
 */
export interface ClubState extends CurrentRecord<ClubProgramme>, ProjectListFields {
  editions: EditionSummary[];
  /** Lists the editions, of one project when `projectId` is given (null: every project). */
  loadEditions(projectId?: number | null): Promise<void>;
  /** While the list is on screen: reads it again when another window changes the club. */
  watchList(): () => void;
  /**
   * While the editor's tables show `current`: reads it again when another window changes the
   * club. Forms keep what is typed (they copy the record when they open). Returns what stops it.
   */
  watchEdition(): () => void;

  saving: boolean;
  /**
   * Writes rethrow the ApiError, so a form or dialog puts `invalid_input` issues on its fields;
   * on success `current` shows the result at once and is then read again quietly (counts and
   * the revision are the core's).
   */
  createEdition(input: ChannelInput<'club.createEdition'>): Promise<ClubEdition>;
  updateEdition(id: number, edition: EditionFieldsInput): Promise<ClubEdition>;
  saveGroup(input: ChannelInput<'club.saveGroup'>): Promise<ClubGroup>;
  deleteGroup(id: number): Promise<void>;
  saveModule(input: ChannelInput<'club.saveModule'>): Promise<ClubModule>;
  deleteModule(id: number): Promise<void>;
  saveTrainer(input: ChannelInput<'club.saveTrainer'>): Promise<ClubTrainer>;
  deleteTrainer(id: number): Promise<void>;
  addAbsence(input: ChannelInput<'club.addAbsence'>): Promise<ClubAbsence>;
  removeAbsence(trainerId: number, id: number): Promise<void>;
  saveRoom(input: ChannelInput<'club.saveRoom'>): Promise<ClubRoom>;
  deleteRoom(id: number): Promise<void>;

  /** A group's members and the project's people who may join it (names: permission `names`). */
  members: GroupMembers | null;
  membersLoading: boolean;
  membersError: string | null;
  loadMembers(groupId: number): Promise<void>;
  /** Replaces the members; the answer's warnings (no contract in force) never refuse. */
  setMembers(input: ChannelInput<'club.setMembers'>): Promise<MembersSaved>;
}

type Part = 'groups' | 'modules' | 'trainers' | 'rooms';

/** `items` with `item` in place of the one with its id, or added at the end. */
function upsert<T extends { id: number }>(items: T[], item: T): T[] {
  return items.some((i) => i.id === item.id)
    ? items.map((i) => (i.id === item.id ? item : i))
    : [...items, item];
}

export function createClubStore(api: ApiClient) {
  const memberReads = latest();

  return createStore<ClubState>((set, get) => {
    const record = currentRecord<ClubProgramme>({
      api,
      set,
      get,
      read: (id) => api.call('club.getEdition', { id }),
      idOf: (p) => p.edition.id,
    });
    const list = projectList<ClubState, EditionSummary[]>({
      set,
      get,
      read: (input) => api.call('club.listEditions', input),
      show: (editions) => ({ editions }),
    });

    /** Shows the write's effect on the open programme at once, then reads it from the core. */
    function patch(change: (p: ClubProgramme) => ClubProgramme) {
      const current = get().current;
      if (current) record.put(change(current));
      record.reread();
    }
    const write = <T>(
      run: () => Promise<T>,
      change: (p: ClubProgramme, saved: T) => ClubProgramme,
    ) =>
      whileSaving(set, async () => {
        const saved = await run();
        patch((p) => change(p, saved));
        return saved;
      });
    const saveIn =
      <K extends Part>(part: K) =>
      (p: ClubProgramme, saved: ClubProgramme[K][number]) => ({
        ...p,
        [part]: upsert(p[part] as { id: number }[], saved),
      });
    const removeFrom = (part: Part, id: number) => (p: ClubProgramme) => ({
      ...p,
      [part]: (p[part] as { id: number }[]).filter((i) => i.id !== id),
    });
    const withTrainer = (
      p: ClubProgramme,
      trainerId: number,
      f: (t: ClubTrainer) => ClubTrainer,
    ) => ({
      ...p,
      trainers: p.trainers.map((t) => (t.id === trainerId ? f(t) : t)),
    });

    return {
      projectId: undefined,
      editions: [],
      loading: false,
      error: null,
      loadEditions: list.load,
      watchList: () =>
        watchChanges(api, ['club', 'projects'], () => {
          void list.reread();
        }),

      ...record.slice,
      watchEdition: () => record.watch(['club', 'projects']),

      saving: false,
      createEdition: (input) =>
        whileSaving(set, async () => {
          const edition = await api.call('club.createEdition', input);
          record.put({ edition, groups: [], modules: [], trainers: [], rooms: [] });
          return edition;
        }),
      updateEdition: (id, edition) =>
        write(
          () => api.call('club.updateEdition', { id, edition }),
          (p, saved) => ({ ...p, edition: saved }),
        ),
      saveGroup: (input) => write(() => api.call('club.saveGroup', input), saveIn('groups')),
      deleteGroup: async (id) => {
        await write(() => api.call('club.deleteGroup', { id }), removeFrom('groups', id));
      },
      saveModule: (input) => write(() => api.call('club.saveModule', input), saveIn('modules')),
      deleteModule: async (id) => {
        await write(() => api.call('club.deleteModule', { id }), removeFrom('modules', id));
      },
      saveTrainer: (input) => write(() => api.call('club.saveTrainer', input), saveIn('trainers')),
      deleteTrainer: async (id) => {
        await write(() => api.call('club.deleteTrainer', { id }), removeFrom('trainers', id));
      },
      addAbsence: (input) =>
        write(
          () => api.call('club.addAbsence', input),
          (p, saved) =>
            withTrainer(p, saved.trainerId, (t) => ({ ...t, absences: upsert(t.absences, saved) })),
        ),
      removeAbsence: async (trainerId, id) => {
        await write(
          () => api.call('club.removeAbsence', { id }),
          (p) =>
            withTrainer(p, trainerId, (t) => ({
              ...t,
              absences: t.absences.filter((a) => a.id !== id),
            })),
        );
      },
      saveRoom: (input) => write(() => api.call('club.saveRoom', input), saveIn('rooms')),
      deleteRoom: async (id) => {
        await write(() => api.call('club.deleteRoom', { id }), removeFrom('rooms', id));
      },

      members: null,
      membersLoading: false,
      membersError: null,
      async loadMembers(groupId) {
        set((s) => ({
          members: s.members?.groupId === groupId ? s.members : null,
          membersLoading: true,
          membersError: null,
        }));
        await memberReads.run(
          () => api.call('club.members', { groupId }),
          (members) => set({ members, membersLoading: false }),
          (membersError) => set({ membersLoading: false, membersError }),
        );
      },
      setMembers: (input) =>
        whileSaving(set, async () => {
          const saved = await api.call('club.setMembers', input);
          memberReads.supersede();
          record.reread(); // the groups' member counts
          await get().loadMembers(input.groupId);
          return saved;
        }),
    };
  });
}
