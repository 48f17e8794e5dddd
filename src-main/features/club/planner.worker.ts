// The planner's own thread (worker_threads): the core's thread keeps answering other windows
// while a cycle is planned. Messages carry plain data only (structured clone).
import { parentPort } from 'node:worker_threads';
import { planTimetable, replanTimetable } from '../../domain/club/planner';
import type { PlannerRequest } from './planner-runner';

parentPort!.once('message', (request: PlannerRequest) => {
  const result =
    request.kind === 'plan'
      ? planTimetable(request.input)
      : replanTimetable(request.input, request.sessions, request.fromDate);
  parentPort!.postMessage(result);
});
