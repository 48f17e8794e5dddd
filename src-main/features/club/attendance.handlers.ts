import type { HandlerTable } from '../../dispatcher';
import {
  getLists,
  getMonth,
  getSessionSheet,
  recordMonth,
  recordSession,
} from './club-attendance.service';

type Channels = Extract<keyof HandlerTable, `attendance.${string}`>;

/** Attendance at the club's sessions (courses will answer the same channels for theirs). */
export const attendanceHandlers: Pick<HandlerTable, Channels> = {
  'attendance.session': ({ sessionId }, ctx) => getSessionSheet(ctx, sessionId),
  'attendance.record': (input, ctx) => recordSession(ctx, input),
  'attendance.month': ({ groupId, month }, ctx) => getMonth(ctx, groupId, month),
  'attendance.recordMonth': (input, ctx) => recordMonth(ctx, input),
  'attendance.lists': (input, ctx) => getLists(ctx, input),
};
