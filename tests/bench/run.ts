// `npm run bench`: prints the figures the issues ask for. No assertions: numbers to read.
// `npm run bench -- writes` (any part of a name) runs only the benchmarks so named.
import { benchAttendance } from './attendance.bench';
import { benchCardHistory } from './card-history.bench';
import { benchBulk } from './bulk.bench';
import { benchClubPlanner } from './club-planner.bench';
import { benchCourseCertificates } from './course-certificates.bench';
import { benchDispatch } from './dispatch.bench';
import { benchDocuments } from './documents.bench';
import { benchListScaling } from './list-scaling.bench';
import { benchParticipantSearch } from './participants-search.bench';
import { benchPreview } from './preview.bench';
import { benchUiTiming } from './ui-timing.bench';
import { benchWrites } from './writes.bench';

const benchmarks: Record<string, () => Promise<void>> = {
  'participants-search': benchParticipantSearch,
  documents: benchDocuments,
  writes: benchWrites,
  dispatch: benchDispatch,
  'club-planner': benchClubPlanner,
  attendance: benchAttendance,
  'course-certificates': benchCourseCertificates,
  preview: benchPreview,
  'card-history': benchCardHistory,
  bulk: benchBulk,
  'list-scaling': benchListScaling,
  'ui-timing': benchUiTiming,
};
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks))
  if (!only.length || only.some((part) => name.includes(part))) await run();
