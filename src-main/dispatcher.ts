import { z } from 'zod';
import {
  AppError,
  CHANNEL_ACCESS,
  contract,
  type Channel,
  type ChannelOutput,
  type Envelope,
  type FieldIssue,
  type ParsedInput,
} from './contract';
import type { ParticipantScope, Role } from './contract/permissions';
import { translateDbError } from './db/errors';
import type { UnitOfWork } from './db/unit-of-work';
import type { Clock } from './domain/clock';

/** Who is acting: the staff member signed in on the calling window, as the core decided. */
export interface Actor {
  id: number;
  name: string;
}

/** The signed-in person with what the permission checks need. */
export interface SessionUser extends Actor {
  roles: readonly Role[];
  participantScope: ParticipantScope;
}

/**
 * The request context the dispatcher builds for every call: who acts, the day and the moment
 * from the one clock, and the unit of work. Services take it whole; nothing in the core reads
 * the clock, the session or the database any other way.
 */
export interface HandlerContext {
  channel: Channel;
  /** The calling window's session id (given by the host, never by the renderer's input). */
  caller: string;
  /** Null only on the public channels (signing in, the first start). */
  user: SessionUser | null;
  actor: Actor | null;
  /** The office's day for this request (`YYYY-MM-DD`), read once from the core's clock. */
  today: string;
  /** The moment of this request (ISO 8601), from the same clock: for audit entries and stamps. */
  now: string;
  /** The database: every read and write of this request goes through it (db/unit-of-work.ts). */
  uow: UnitOfWork;
  /** Set when the handler logged a view of sensitive data (features/audit/audit.repo.ts). */
  viewLogged?: boolean;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Promise<ChannelOutput<C>>;

/** One handler per channel: the compiler refuses a table with a channel missing. */
export type HandlerTable = { [C in Channel]: Handler<C> };

export interface DispatcherOptions {
  handlers: HandlerTable;
  uow: UnitOfWork;
  /**
   * Who is signed in on the caller's window, and whether they may use the channel: throws an
   * AppError (`unauthenticated`, `locked`, `forbidden`) otherwise. Null for a public channel
   * called by nobody. `ctx` is the request's context before anyone is known to act.
   */
  authorize: (channel: Channel, caller: string, ctx: HandlerContext) => Promise<SessionUser | null>;
  /**
   * The second gate, once the input is parsed: whether this person may reach the record the
   * input names (a social worker's own participants); throws `forbidden` otherwise.
   */
  authorizeInput?: <C extends Channel>(
    channel: C,
    input: ParsedInput<C>,
    ctx: HandlerContext,
  ) => Promise<void>;
  /** The one source of "today" for every rule (tests and the demo may fix it). */
  clock: Clock;
  /** Where internal errors go (the stack never crosses the boundary). */
  logError?: (channel: string, error: unknown) => void;
}

/** `caller`: the window's session id, which only the host knows (Electron window, web tab). */
export type Dispatch = (
  channel: string,
  input: unknown,
  caller: string,
) => Promise<Envelope<unknown>>;

function isChannel(channel: string): channel is Channel {
  return Object.prototype.hasOwnProperty.call(contract, channel);
}

function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}

/**
 * Takes (channel, input, caller), checks the caller may use the channel, validates the input
 * against the contract, calls the handler and returns an envelope. It never throws.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const logError = options.logError ?? ((channel, e) => console.error(`[${channel}]`, e));
  return async (channel, input, caller) => {
    if (!isChannel(channel))
      return {
        ok: false,
        error: { code: 'unknown_channel', message: `Nieznany kanał: ${channel}` },
      };
    try {
      const moment = options.clock.now();
      const ctx: HandlerContext = {
        channel,
        caller,
        user: null,
        actor: null,
        today: options.clock.today(),
        now: moment.toISOString(),
        uow: options.uow,
      };
      // Who may call comes before what they sent: a refused caller learns nothing of the rules.
      const user = await options.authorize(channel, caller, ctx);
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success)
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'Popraw zaznaczone pola',
            issues: toIssues(parsed.error),
          },
        };
      const handler = options.handlers[channel] as Handler<Channel>;
      ctx.user = user;
      ctx.actor = user && { id: user.id, name: user.name };
      await options.authorizeInput?.(channel, parsed.data as ParsedInput<Channel>, ctx);
      const data = await handler(parsed.data as ParsedInput<Channel>, ctx);
      // Special-category data leaves the core only with a record of who saw it.
      if (CHANNEL_ACCESS[channel] === 'sensitiveRead' && !ctx.viewLogged)
        throw new Error(`${channel} returned sensitive data without logging the view`);
      return { ok: true, data };
    } catch (thrown) {
      const error = translateDbError(thrown);
      if (error instanceof AppError)
        return {
          ok: false,
          error: { code: error.code, message: error.message, ...error.extra },
        };
      logError(channel, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.' },
      };
    }
  };
}
