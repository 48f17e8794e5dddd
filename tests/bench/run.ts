// `npm run bench`: prints the figures the issues ask for. No assertions: numbers to read.
// `npm run bench -- writes` (any part of a name) runs only the benchmarks so named.
import { benchAttendance } from './attendance.bench';
import { benchCertificatePreview } from './certificate-preview.bench';
import { benchClubPlanner } from './club-planner.bench';
import { benchCourseCertificates } from './course-certificates.bench';
import { benchDispatch } from './dispatch.bench';
import { benchDocuments } from './documents.bench';
import { benchParticipantSearch } from './participants-search.bench';
import { benchWrites } from './writes.bench';

const benchmarks: Record<string, () => Promise<void>> = {
  'participants-search': benchParticipantSearch,
  documents: benchDocuments,
  writes: benchWrites,
  dispatch: benchDispatch,
  'club-planner': benchClubPlanner,
  attendance: benchAttendance,
  'course-certificates': benchCourseCertificates,
  'certificate-preview': benchCertificatePreview,
};
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks))
  if (!only.length || only.some((part) => name.includes(part))) await run();
