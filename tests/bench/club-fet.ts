import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanInput, Weekday } from '../../src-main/domain/club/model';

/**
 * One week of the club written as a FET file (https://lalescu.ro/liviu/fet/), the free school
 * timetabler, to compare whole runs. FET plans one repeating week: it has no dates, so the
 * 38-week cycle, its holidays and week windows cannot be expressed at all; each activity
 * also needs its teacher named in advance (FET does not choose among qualified trainers),
 * so the first qualified trainer is written in.
 */
export function weekAsFet(input: PlanInput): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const meetings = input.edition.meetings;
  const weekdays = [...new Set(meetings.map((m) => m.weekday))].sort() as Weekday[];
  const first = Math.min(...meetings.map((m) => m.from));
  const last = Math.max(...meetings.map((m) => m.to));
  const hours = Array.from({ length: (last - first) / 60 }, (_, i) => first + i * 60);
  const dayName = (d: number) => ['', 'Pn', 'Wt', 'Śr', 'Cz', 'Pt', 'So', 'Nd'][d]!;
  const hourName = (t: number) => `${t / 60}:00`;
  const activities: string[] = [];
  const constraints: string[] = [];
  let id = 0;
  for (const group of input.groups) {
    for (const module of input.modules) {
      const trainer = input.trainers.find((t) =>
        t.specialisations.some((k) => module.specialists.includes(k)),
      )!;
      let left = module.hours;
      const groupId = id + 1;
      while (left > 0) {
        const duration = Math.min(module.maxSession, left);
        left -= duration;
        id++;
        activities.push(
          `<Activity><Teacher>${esc(trainer.name)}</Teacher><Subject>${esc(module.name)}</Subject><Students>${esc(group.name)}</Students><Duration>${duration}</Duration><Total_Duration>${module.hours}</Total_Duration><Id>${id}</Id><Activity_Group_Id>${groupId}</Activity_Group_Id><Active>true</Active><Comments></Comments></Activity>`,
        );
        if (module.roomFeatures.length > 0) {
          const rooms = input.rooms.filter((r) =>
            module.roomFeatures.every((f) => r.features.includes(f)),
          );
          constraints.push(
            `<ConstraintActivityPreferredRooms><Weight_Percentage>100</Weight_Percentage><Activity_Id>${id}</Activity_Id><Number_of_Preferred_Rooms>${rooms.length}</Number_of_Preferred_Rooms>${rooms.map((r) => `<Preferred_Room>${esc(r.name)}</Preferred_Room>`).join('')}<Active>true</Active><Comments></Comments></ConstraintActivityPreferredRooms>`,
          );
        }
      }
    }
  }
  const notAvailable = (slots: { weekday: number; from: number; to: number }[]) =>
    weekdays.flatMap((d) =>
      hours
        .filter((t) => !slots.some((s) => s.weekday === d && s.from <= t && t + 60 <= s.to))
        .map(
          (t) =>
            `<Not_Available_Time><Day>${dayName(d)}</Day><Hour>${hourName(t)}</Hour></Not_Available_Time>`,
        ),
    );
  const timeOff: string[] = [];
  for (const group of input.groups) {
    const off = notAvailable(group.meetings ?? meetings);
    if (off.length)
      timeOff.push(
        `<ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Students>${esc(group.name)}</Students><Number_of_Not_Available_Times>${off.length}</Number_of_Not_Available_Times>${off.join('')}<Active>true</Active><Comments></Comments></ConstraintStudentsSetNotAvailableTimes>`,
      );
  }
  for (const trainer of input.trainers) {
    const off = notAvailable(trainer.availability);
    if (off.length)
      timeOff.push(
        `<ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>${esc(trainer.name)}</Teacher><Number_of_Not_Available_Times>${off.length}</Number_of_Not_Available_Times>${off.join('')}<Active>true</Active><Comments></Comments></ConstraintTeacherNotAvailableTimes>`,
      );
  }
  const subjects = input.modules.map(
    (m) => `<Subject><Name>${esc(m.name)}</Name><Comments></Comments></Subject>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<fet version="6.8.5">
<Institution_Name>KIS</Institution_Name><Comments></Comments>
<Days_List><Number_of_Days>${weekdays.length}</Number_of_Days>${weekdays.map((d) => `<Day><Name>${dayName(d)}</Name></Day>`).join('')}</Days_List>
<Hours_List><Number_of_Hours>${hours.length}</Number_of_Hours>${hours.map((t) => `<Hour><Name>${hourName(t)}</Name></Hour>`).join('')}</Hours_List>
<Subjects_List>${subjects.join('')}</Subjects_List>
<Activity_Tags_List></Activity_Tags_List>
<Teachers_List>${input.trainers.map((t) => `<Teacher><Name>${esc(t.name)}</Name><Target_Number_of_Hours>0</Target_Number_of_Hours><Qualified_Subjects></Qualified_Subjects><Comments></Comments></Teacher>`).join('')}</Teachers_List>
<Students_List>${input.groups.map((g) => `<Year><Name>${esc(g.name)}</Name><Number_of_Students>${g.size}</Number_of_Students><Comments></Comments></Year>`).join('')}</Students_List>
<Activities_List>${activities.join('\n')}</Activities_List>
<Buildings_List></Buildings_List>
<Rooms_List>${input.rooms.map((r) => `<Room><Name>${esc(r.name)}</Name><Building></Building><Capacity>${r.capacity}</Capacity><Virtual>false</Virtual><Comments></Comments></Room>`).join('')}</Rooms_List>
<Time_Constraints_List><ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active><Comments></Comments></ConstraintBasicCompulsoryTime>${timeOff.join('\n')}</Time_Constraints_List>
<Space_Constraints_List><ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active><Comments></Comments></ConstraintBasicCompulsorySpace>${constraints.join('\n')}</Space_Constraints_List>
</fet>
`;
}

/** Runs fet-cl on the file; null when FET is not installed. */
export function runFet(fet: string): { ms: number; ok: boolean; output: string } | null {
  if (spawnSync('which', ['fet-cl']).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-fet-'));
  const file = join(dir, 'kis.fet');
  writeFileSync(file, fet);
  const start = performance.now();
  const run = spawnSync(
    'fet-cl',
    [`--inputfile=${file}`, `--outputdir=${dir}`, '--htmllevel=0', '--timelimitseconds=60'],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - start;
  const output = `${run.stdout}${run.stderr}`;
  return {
    ms,
    ok: run.status === 0 && /successfully|Simulation successful|generated/i.test(output),
    output,
  };
}
