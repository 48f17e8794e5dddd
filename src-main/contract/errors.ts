/** Error codes that cross the boundary between the core and any renderer. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'invalid_state',
  'unknown_channel',
  'internal',
  /** Nobody is signed in on this window, or the login or password was wrong. */
  'unauthenticated',
  /** The window is locked (idle time, the computer locked): the password unlocks it. */
  'locked',
  /** The signed-in person's roles do not allow this (logged in the audit log). */
  'forbidden',
  /** Another program or window held the database longer than the busy timeout. */
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of the input; `path` follows the input's shape. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** Extra facts a screen may use, e.g. the id of the record a conflict collided with. */
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * Thrown by services and handlers to fail on purpose; the dispatcher turns it into an
 * error envelope. Messages are Polish because they are shown to the office worker as they are.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: FieldIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
