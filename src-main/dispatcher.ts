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

export interface HandlerContext {
  channel: Channel;
  /** The calling window's session id (given by the host, never by the renderer's input). */
  caller: string;
  /** Null only on the public channels (signing in, the first start). */
  user: SessionUser | null;
  actor: Actor | null;
  /** The office's day for this request (`YYYY-MM-DD`), read once from the core's clock. */
  today: string;
  /** Set when the handler logged a view of sensitive data (features/audit/audit.repo.ts). */
  viewLogged?: boolean;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel: the compiler refuses a table with a channel missing. */
export type HandlerTable = { [C in Channel]: Handler<C> };

export interface DispatcherOptions {
  handlers: HandlerTable;
  /**
   * Who is signed in on the caller's window, and whether they may use the channel: throws an
   * AppError (`unauthenticated`, `locked`, `forbidden`) otherwise. Null for a public channel
   * called by nobody.
   */
  authorize: (channel: Channel, caller: string) => SessionUser | null;
  /**
   * The second gate, once the input is parsed: whether this person may reach the record the
   * input names (a social worker's own participants); throws `forbidden` otherwise.
   */
  authorizeInput?: <C extends Channel>(
    channel: C,
    input: ParsedInput<C>,
    ctx: HandlerContext,
  ) => void;
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
 * A UNIQUE or FOREIGN KEY failure that slipped past a service's own checks is a conflict
 * with data already stored; any other constraint failure (NOT NULL, CHECK) is a bug.
 */
function isConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  );
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
      // Who may call comes before what they sent: a refused caller learns nothing of the rules.
      const user = options.authorize(channel, caller);
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
      const ctx: HandlerContext = {
        channel,
        caller,
        user,
        actor: user && { id: user.id, name: user.name },
        today: options.clock.today(),
      };
      options.authorizeInput?.(channel, parsed.data as ParsedInput<Channel>, ctx);
      const data = await handler(parsed.data as ParsedInput<Channel>, ctx);
      // Special-category data leaves the core only with a record of who saw it.
      if (CHANNEL_ACCESS[channel] === 'sensitiveRead' && !ctx.viewLogged)
        throw new Error(`${channel} returned sensitive data without logging the view`);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError)
        return {
          ok: false,
          error: { code: error.code, message: error.message, ...error.extra },
        };
      if (isConflict(error))
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: 'Zapis narusza spójność danych (rekord już istnieje lub jest powiązany)',
          },
        };
      logError(channel, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.' },
      };
    }
  };
}
