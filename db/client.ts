// The one database connection: embedded PGlite when DATABASE_URL is unset, postgres.js otherwise.
// server-only: the db:* scripts run with `--conditions=react-server`, under which the marker is an empty module.
import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import lockfile from "proper-lockfile";
import postgres from "postgres";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import * as schema from "./schema";

/**
 * Both drivers expose the same query builder; the postgres-js type stands for
 * both so that the rest of the code does not know which one runs.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Connection = {
  kind: "pglite" | "postgres";
  db: Db;
  close: () => Promise<void>;
  pglite?: PGlite;
  sql?: postgres.Sql;
};

type QueryListener = (query: string) => void;
const queryListeners = new Set<QueryListener>();

/**
 * Calls `listener` with every statement this process sends through drizzle (either driver) until the returned function
 * is called, a transaction's own `begin` and `commit` (or `rollback`) included: each is a statement and a round trip of
 * its own on both drivers. Tests count a hot path's statements with it, so that their number cannot grow unnoticed (an
 * N+1, say). (A savepoint inside a transaction is seen on PGlite only; none is on a hot path.)
 */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

/** Statements sent since the process started, on globalThis: Next.js may bundle this module more than once. */
const counter = globalThis as unknown as { __guestServicesStatements?: number };

/** How many statements this process has sent through drizzle (either driver); `npm run bench` reads it per request. */
export function statementCount(): number {
  return counter.__guestServicesStatements ?? 0;
}

function emitQuery(query: string): void {
  for (const listener of queryListeners) listener(query);
}

const queryLogger = {
  logQuery(query: string): void {
    counter.__guestServicesStatements = (counter.__guestServicesStatements ?? 0) + 1;
    if (queryListeners.size > 0) emitQuery(query);
  },
};

const commitHooks = new WeakMap<object, (() => void)[]>();

/**
 * Runs `hook` in this process once the transaction `tx` belongs to has committed; never when it rolls back. Only for a
 * transaction's own `tx` (not a savepoint's). A hook that throws is ignored: the transaction has committed.
 */
export function afterCommit(tx: Tx, hook: () => void): void {
  commitHooks.get(tx)?.push(hook);
}

/**
 * The same database, its transactions announced to onQuery as `begin` … `commit`/`rollback` (drizzle logs neither),
 * and their afterCommit hooks run.
 */
function observed(database: Db): Db {
  const transaction = database.transaction.bind(database);
  database.transaction = (async (run, config) => {
    if (queryListeners.size > 0) emitQuery("begin");
    const hooks: (() => void)[] = [];
    try {
      const result = await transaction((tx) => {
        commitHooks.set(tx, hooks);
        return run(tx);
      }, config);
      if (queryListeners.size > 0) emitQuery("commit");
      for (const hook of hooks) {
        try {
          hook();
        } catch {
          // The change is saved; a hook must not turn it into a failure.
        }
      }
      return result;
    } catch (err) {
      if (queryListeners.size > 0) emitQuery("rollback");
      throw err;
    }
  }) as Db["transaction"];
  return database;
}

export class DataFolderLockedError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database in ${dir} is already open in another process (is the app already running?). ` +
        `Only one process may open it: stop the other one, or set PGLITE_DIR to another folder.`,
    );
    this.name = "DataFolderLockedError";
  }
}

function openPglite(dataDir: string): Connection {
  if (dataDir.startsWith("memory://")) {
    const template = env().PGLITE_TEMPLATE;
    const pglite = new PGlite(dataDir, template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : undefined);
    return {
      kind: "pglite",
      db: observed(drizzlePglite(pglite, { schema, logger: queryLogger }) as unknown as Db),
      pglite,
      close: () => pglite.close(),
    };
  }
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let release: () => void;
  try {
    // A second process on the same folder silently loses rows: refuse it.
    release = lockfile.lockSync(dir, {
      lockfilePath: path.join(dir, "..", `${path.basename(dir)}.lock`),
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => logger("db").error({ err }, "lock on the embedded database was compromised"),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DataFolderLockedError(dir);
    throw err;
  }
  const pglite = new PGlite(dir);
  return {
    kind: "pglite",
    db: observed(drizzlePglite(pglite, { schema, logger: queryLogger }) as unknown as Db),
    pglite,
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

/**
 * Pool settings for a server that may restart or fail over (issue 9): a request never waits long for a connection
 * that cannot be made, and a slot tries again within about a second once the server is back. postgres.js itself is
 * patched (db/patches, applied by `postinstall`) so that a connection killed mid-transaction neither crashes the process
 * nor leaves its slot unable to connect again.
 */
export const POOL_SETTINGS = {
  // Seconds to open a connection (TCP, startup, authentication) before the query fails with CONNECT_TIMEOUT.
  connect_timeout: 3,
  // Idle connections are closed after this many seconds; the pool reopens them on demand.
  idle_timeout: 30,
  // Connections are replaced after this many seconds, so none outlives a failover for long.
  max_lifetime: 30 * 60,
  // Seconds before a slot reconnects after its connection closed with an error: grows from 50 ms, capped at 1 s
  // (postgres.js's default grows to 20 s, which kept a slot away long after the server was back).
  backoff: (retries: number) => Math.min(1, 0.05 * 2 ** retries) * (0.75 + Math.random() / 4),
} as const;

function openPostgres(url: string, max: number): Connection {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    ...POOL_SETTINGS,
    // Names this process's connections in pg_stat_activity (the metrics count them; an operator sees whose they are).
    connection: { application_name: `guest-services:${os.hostname()}:${process.pid}`.slice(0, 63) },
  });
  return { kind: "postgres", db: observed(drizzlePostgres(sql, { schema, logger: queryLogger })), sql, close: () => sql.end({ timeout: 5 }) };
}

export function openConnection(options?: { databaseUrl?: string; pgliteDir?: string; poolMax?: number }): Connection {
  // An explicit embedded folder wins over the environment's server.
  const url = options?.pgliteDir ? undefined : (options?.databaseUrl ?? env().DATABASE_URL);
  return url
    ? openPostgres(url, options?.poolMax ?? env().DATABASE_POOL_MAX)
    : openPglite(options?.pgliteDir ?? env().PGLITE_DIR);
}

const holder = globalThis as unknown as { __guestServicesDb?: Connection };

/** The process-wide connection; hot reload keeps the same one. */
export function connection(): Connection {
  holder.__guestServicesDb ??= openConnection();
  return holder.__guestServicesDb;
}

export function db(): Db {
  return connection().db;
}

export async function closeConnection(): Promise<void> {
  const c = holder.__guestServicesDb;
  holder.__guestServicesDb = undefined;
  await c?.close();
}
