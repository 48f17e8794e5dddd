import { AppError } from '../contract/errors';

/**
 * The SQLite dialect's failures in the office's words. Services check what they can first
 * (a duplicate PESEL names the person it collides with); these are what slips past them —
 * two windows racing, a record removed meanwhile — and a database held too long by another
 * program. Anything else stays as it was: a bug, reported as an unexpected error.
 */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError(
        'conflict',
        'Taki zapis już istnieje (zapisał go ktoś inny w międzyczasie)',
      );
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('not_found', 'Nie znaleziono rekordu, do którego odnosi się zapis');
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
    case 'SQLITE_BUSY_TIMEOUT':
    case 'SQLITE_LOCKED':
      return new AppError('busy', 'Baza jest zajęta, spróbuj ponownie');
    default:
      return error;
  }
}
