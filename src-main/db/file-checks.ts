import Database from 'better-sqlite3';
import { existsSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';

/** Stamped into every Aktywator file (`PRAGMA application_id`): "AKTY" in ASCII. */
export const AKTYWATOR_APPLICATION_ID = 0x414b5459;

const SQLITE_MAGIC = 'SQLite format 3\0';

export type RefusalKind =
  | 'notDatabase'
  | 'foreign'
  | 'tooNew'
  | 'damaged'
  | 'incomplete'
  | 'locked'
  | 'readOnly'
  | 'unreadable';

/**
 * A database file the program will not open, with a message meant for the office: Polish,
 * no SQL, saying what happened to the file (nothing) and what to do. `details` keeps the
 * technical facts for the log.
 */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

/** Raised when the file was written by a newer Aktywator whose schema this one does not know. */
export class DatabaseTooNewError extends DatabaseRefusedError {
  constructor(found: number, known: number) {
    super(
      'tooNew',
      `Ta baza danych została zapisana przez nowszą wersję programu Aktywator ` +
        `(wersja schematu ${found}, ten program zna wersje do ${known}). ` +
        `Zainstaluj aktualną wersję programu; baza nie została zmieniona.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

const UNTOUCHED = 'Program nie zmienił tego pliku.';
const RESTORE =
  'Przywróć ostatnią dobrą kopię zapasową: plik „.akb” z folderu kopii i hasło kopii zapasowych wystarczą (w wersji przeglądarkowej: polecenie z opcją --restore PLIK.akb; program odłoży uszkodzony plik obok). Kopia sprzed aktualizacji programu, jeśli jest, leży obok pliku bazy z końcówką „.bak”.';

export function refusal(kind: RefusalKind, path: string, details?: string): DatabaseRefusedError {
  const messages: Record<RefusalKind, string> = {
    notDatabase: `Plik ${path} nie jest bazą danych programu Aktywator (to nie jest plik bazy danych). ${UNTOUCHED} Wskaż właściwy plik bazy.`,
    foreign: `Plik ${path} jest bazą danych innego programu, nie Aktywatora. ${UNTOUCHED} Wskaż właściwy plik bazy.`,
    tooNew: `Ta baza danych została zapisana przez nowszą wersję programu Aktywator. ${UNTOUCHED}`,
    damaged: `Plik bazy danych ${path} jest uszkodzony: sprawdzenie spójności wykryło błędy. Program nie otworzył go do zapisu, żeby nie pogłębić szkód. ${RESTORE}`,
    incomplete: `W pliku bazy danych ${path} brakuje części jego struktury (tabel lub kolumn), więc zapis danych by się nie udał. Program nie otworzył go do zapisu. ${RESTORE}`,
    locked: `Plik bazy danych ${path} jest zablokowany przez inny program. Zamknij go (albo poczekaj chwilę) i uruchom Aktywator ponownie. ${UNTOUCHED}`,
    readOnly: `Do pliku bazy danych ${path} nie można zapisywać (plik lub folder tylko do odczytu, brak uprawnień albo pełny dysk). Poproś administratora o uprawnienia do zapisu. ${UNTOUCHED}`,
    unreadable: `Nie udało się odczytać pliku bazy danych ${path}. ${UNTOUCHED} Sprawdź, czy plik jest dostępny, albo przywróć kopię zapasową.`,
  };
  return new DatabaseRefusedError(kind, messages[kind], details);
}

/** Translates SQLite's own failure while opening into a refusal the office can act on. */
export function refusalFor(error: unknown, path: string): DatabaseRefusedError {
  if (error instanceof DatabaseRefusedError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const details = error instanceof Error ? `${code} ${error.message}` : String(error);
  if (code === 'SQLITE_NOTADB') return refusal('notDatabase', path, details);
  if (code.startsWith('SQLITE_CORRUPT')) return refusal('damaged', path, details);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return refusal('locked', path, details);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL' || code === 'SQLITE_PERM')
    return refusal('readOnly', path, details);
  return refusal('unreadable', path, details);
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A table's columns, as SQLite reports them: what migrations made and what a file has. */
export type SchemaShape = Record<string, string[]>;

export function schemaShape(sqlite: Database.Database): SchemaShape {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[],
    ]),
  );
}

/** What `actual` lacks of `expected` ("table" or "table.column"), for the log. */
export function missingFromShape(expected: SchemaShape, actual: SchemaShape): string[] {
  return Object.entries(expected).flatMap(([table, columns]) =>
    actual[table] === undefined
      ? [table]
      : columns.filter((c) => !actual[table]!.includes(c)).map((c) => `${table}.${c}`),
  );
}

export interface FileFacts {
  /** No file, or a zero-byte one: a new database will be made in it. */
  isNew: boolean;
  /** The number of migrations it carries (`PRAGMA user_version`). */
  schemaVersion: number;
}

/**
 * Looks at an existing file before anything may write to it, through a read-only
 * connection, and refuses what is not a healthy Aktywator database: not SQLite at all, another
 * program's file (its own application id, or tables that are not ours), a damaged file
 * (`PRAGMA quick_check`), or one from a newer version. `expectedShape` is the schema this
 * version makes; a file already at this version must have all of it.
 *
 * A read-only connection to a file in WAL mode creates the -wal and -shm files beside it;
 * for a refused file those that were not there before are removed again, so it is left as
 * it was.
 */
export function inspectDatabaseFile(
  path: string,
  knownVersion: number,
  expectedShape: () => SchemaShape,
): FileFacts {
  if (!existsSync(path) || statSync(path).size === 0) return { isNew: true, schemaVersion: 0 };
  const header = readHeader(path);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC)
    throw refusal('notDatabase', path);

  const created = [`${path}-wal`, `${path}-shm`].filter((f) => !existsSync(f));
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const facts = inspectOpened(sqlite, path, knownVersion, expectedShape);
    sqlite.close();
    return facts;
  } catch (error) {
    sqlite?.close();
    // A refused file is left as it was: the -wal/-shm files this look created go — only
    // then, and only an empty log, because an accepted file may already be open for writing
    // in a second window that started at the same moment and uses them.
    for (const f of created)
      if (existsSync(f) && (f.endsWith('-shm') || statSync(f).size === 0))
        rmSync(f, { force: true });
    throw refusalFor(error, path);
  }
}

function inspectOpened(
  sqlite: Database.Database,
  path: string,
  knownVersion: number,
  expectedShape: () => SchemaShape,
): FileFacts {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
  if (applicationId !== AKTYWATOR_APPLICATION_ID && applicationId !== 0)
    throw refusal('foreign', path, `application_id ${applicationId}`);
  if (schemaVersion > knownVersion) throw new DatabaseTooNewError(schemaVersion, knownVersion);
  const check = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  if (check.length !== 1 || check[0]!.quick_check !== 'ok')
    throw refusal(
      'damaged',
      path,
      check
        .slice(0, 5)
        .map((r) => r.quick_check)
        .join('; '),
    );
  const shape = schemaShape(sqlite);
  const tables = Object.keys(shape);
  // Files made before the application id was stamped are recognised by their tables.
  if (applicationId === 0) {
    if (tables.length === 0) return { isNew: true, schemaVersion: 0 };
    if (!tables.includes('__drizzle_migrations') || !tables.includes('participants'))
      throw refusal('foreign', path, `tables: ${tables.slice(0, 10).join(', ')}`);
  }
  if (schemaVersion === knownVersion) {
    const missing = missingFromShape(expectedShape(), shape);
    if (missing.length) throw refusal('incomplete', path, `missing: ${missing.join(', ')}`);
  }
  return { isNew: false, schemaVersion };
}
