import type { SessionState } from '../../contract/accounts';
import { STAFF_ROLE_LABELS } from '../../contract/staff';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCore, type Core } from '../../bootstrap';
import { recoverDatabaseFile } from '../../features/backups/recover';
import { fixedClock, systemClock, type Clock } from '../../domain/clock';
import { isIsoDate } from '../../domain/dates';
import { createWebServer, type WebServer } from './server';

/**
 * `node out/main/web-server.mjs [--db PATH] [--empty] [--port N] [--today YYYY-MM-DD]`: the real application in a
 * browser, for machines without Electron (demos, end-to-end tests).
 */

const USAGE = `Użycie: node out/main/web-server.mjs [--db ŚCIEŻKA] [--empty] [--port NUMER]
                [--today RRRR-MM-DD]

  --db ŚCIEŻKA   plik bazy danych (albo zmienna AKTYWATOR_DB);
                 domyślnie data/aktywator-demo.sqlite, a z --empty data/aktywator.sqlite
  --empty        pusta baza, bez danych demonstracyjnych
  --port NUMER   port na 127.0.0.1 (albo zmienna AKTYWATOR_PORT); domyślnie dowolny wolny
  --today DATA   dzień, który program uzna za dzisiejszy (RRRR-MM-DD; albo zmienna
                 AKTYWATOR_TODAY) — do pokazów i zrzutów ekranu; domyślnie data komputera
  --restore PLIK przywraca kopię zapasową (.akb) w miejsce pliku bazy, np. uszkodzonego albo
                 utraconego; pyta o hasło kopii zapasowych (albo zmienna
                 AKTYWATOR_BACKUP_PASSWORD); dotychczasowy plik zostaje obok, pod nową nazwą
  --help         ta pomoc`;

interface CliOptions {
  dbPath: string;
  restore: string | null;
  demo: boolean;
  port: number;
  clock: Clock;
}

function fail(message: string, exitCode = 1): never {
  console.error(message);
  process.exit(exitCode);
}

function readOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  let values: {
    db?: string;
    empty?: boolean;
    port?: string;
    today?: string;
    restore?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        empty: { type: 'boolean', default: false },
        port: { type: 'string' },
        today: { type: 'string' },
        restore: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`Nieprawidłowe argumenty wywołania (${describe(error)}).\n\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }

  const demo = !values.empty;
  const db =
    values.db ??
    env.AKTYWATOR_DB ??
    join('data', demo ? 'aktywator-demo.sqlite' : 'aktywator.sqlite');
  const portText = values.port ?? env.AKTYWATOR_PORT ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    fail(`Nieprawidłowy numer portu: ${portText} (dozwolone 0–65535, 0 = dowolny wolny).`, 2);
  }
  const today = values.today ?? env.AKTYWATOR_TODAY;
  if (today !== undefined && !isIsoDate(today)) {
    fail(`Nieprawidłowa data dla --today: ${today} (oczekiwano RRRR-MM-DD).`, 2);
  }
  const clock = today === undefined ? systemClock : fixedClock(today);
  const restore = values.restore === undefined ? null : resolve(process.cwd(), values.restore);
  return { dbPath: resolve(process.cwd(), db), restore, demo, port, clock };
}

/** Next to the bundle (out/main/web-server.mjs); the working directory when run from source. */
function locate(bundleRelative: string, cwdRelative: string): string {
  const bundleDir = dirname(fileURLToPath(import.meta.url));
  const nextToBundle = resolve(bundleDir, bundleRelative);
  return existsSync(nextToBundle) ? nextToBundle : resolve(process.cwd(), cwdRelative);
}

/** The planner's worker bundle beside this one; absent when run from source (tests), which plan in-process. */
function plannerWorker(): string | undefined {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), 'planner-worker.mjs');
  return existsSync(file) ? file : undefined;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const migrationsFolder = locate('../../drizzle', 'drizzle');
  if (options.restore) {
    await restoreFromCopy(options.restore, options.dbPath, migrationsFolder);
    return;
  }
  const staticDir = locate('../renderer', 'out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    fail(`Brak zbudowanego interfejsu w ${staticDir}. Uruchom najpierw: npm run build`);
  }

  try {
    mkdirSync(dirname(options.dbPath), { recursive: true });
  } catch (error) {
    fail(
      `Nie można utworzyć folderu na bazę danych ${dirname(options.dbPath)}: ${describe(error)}`,
    );
  }

  let core: Core;
  try {
    core = await startCore({
      dbPath: options.dbPath,
      migrationsFolder,
      demo: options.demo,
      clock: options.clock,
      logError: (channel, error) => console.error(`[aktywator] błąd w kanale ${channel}:`, error),
      plannerWorker: plannerWorker(),
    });
  } catch (error) {
    // DatabaseTooNewError and friends already carry a message meant for the user.
    fail(`Nie udało się otworzyć bazy danych ${options.dbPath}.\n${describe(error)}`);
  }

  const token = randomBytes(24).toString('base64url');
  let server: WebServer;
  try {
    server = await createWebServer({
      dispatch: core.dispatch,
      onChanged: core.onChanged,
      staticDir,
      token,
      port: options.port,
    });
  } catch (error) {
    core.close();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    fail(
      inUse
        ? `Port ${options.port} jest zajęty. Podaj inny: --port NUMER (albo 0 = dowolny wolny).`
        : `Nie udało się uruchomić serwera: ${describe(error)}`,
    );
  }

  // This printed address is the only way in: the token is not stored anywhere else.
  console.log(`Aktywator działa w przeglądarce: ${server.url}/?token=${token}`);
  console.log(`Baza danych: ${options.dbPath}${options.demo ? ' (dane demonstracyjne)' : ''}`);
  await printDemoAccounts(core);
  console.log('Aby zakończyć, naciśnij Ctrl+C.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    console.log(`\nZamykanie programu (${signal})…`);
    server
      .close()
      .catch((error: unknown) => console.error('Błąd przy zamykaniu serwera:', error))
      .then(() => core.backupOnClose())
      .finally(() => {
        try {
          core.close();
        } catch (error) {
          console.error('Błąd przy zamykaniu bazy danych:', error);
        }
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// A stray exception in a callback must not take the office's session down with it.
process.on('uncaughtException', (error) =>
  console.error('[aktywator] nieobsłużony wyjątek:', error),
);
process.on('unhandledRejection', (reason) =>
  console.error('[aktywator] nieobsłużone odrzucenie:', reason),
);

main().catch((error: unknown) =>
  fail(`Nie udało się uruchomić programu Aktywator: ${describe(error)}`),
);

/** The demo database's accounts and password, so a newcomer can sign in at once. */
async function printDemoAccounts(core: Core): Promise<void> {
  const envelope = await core.dispatch('session.get', {}, 'cli');
  const demo = envelope.ok ? (envelope.data as SessionState).demo : null;
  if (!demo) return;
  console.log(`Konta demonstracyjne (hasło: ${demo.password}):`);
  for (const account of demo.accounts)
    console.log(
      `  ${account.login.padEnd(12)} ${account.roles.map((r) => STAFF_ROLE_LABELS[r]).join(', ')} — ${account.name}`,
    );
}

/** `--restore`: a copy in place of the database file, with the backup password, then exit. */
async function restoreFromCopy(copy: string, dbPath: string, migrationsFolder: string) {
  const password = process.env.AKTYWATOR_BACKUP_PASSWORD ?? (await ask('Hasło kopii zapasowych: '));
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
    const { header, setAside } = recoverDatabaseFile({
      copy,
      password,
      dbPath,
      migrationsFolder,
      now: new Date(),
    });
    const { participants, contracts, documents } = header.counts;
    console.log(
      `Przywrócono kopię z ${new Date(header.createdAt).toLocaleString('pl-PL')} do ${dbPath}: ` +
        `${participants} os., ${contracts} kontr., ${documents} dok.`,
    );
    if (setAside) console.log(`Dotychczasowy plik bazy odłożono jako ${setAside}.`);
    console.log('Uruchom program ponownie (bez --restore).');
  } catch (error) {
    // Wrong password, a damaged or foreign copy: Polish messages from the backup code.
    fail(`Nie przywrócono kopii: ${describe(error)} Plik bazy nie został zmieniony.`);
  }
}

function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  return new Promise((answer) =>
    rl.question(question, (line) => {
      rl.close();
      answer(line);
    }),
  );
}
