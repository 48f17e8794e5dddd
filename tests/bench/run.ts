// `npm run bench`: prints the figures the issues ask for. No assertions: numbers to read.
import { benchDocuments } from './documents.bench';
import { benchParticipantSearch } from './participants-search.bench';

await benchParticipantSearch();
await benchDocuments();
