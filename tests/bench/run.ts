// `npm run bench`: prints the figures the issues ask for. No assertions: numbers to read.
import { benchParticipantSearch } from './participants-search.bench';

await benchParticipantSearch();
