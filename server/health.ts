// Whether the database answers: liveness and readiness (for load balancers, orchestrators and the test harness), and
// the gate that lets requests fail fast while it does not.
import "server-only";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { db } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { logger } from "@/lib/log";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { AppError } from "@/lib/errors";

export { isDatabaseUnavailable };

/** A probe older than this is repeated; concurrent callers share one in flight. */
const PROBE_MAX_AGE_MS = 500;
/** A probe that gets no answer within this counts as "down" (the pool's connect_timeout is 3 s). */
const PROBE_TIMEOUT_MS = 2_000;

type Gate = {
  /** Set when a request failed because the database was unreachable; cleared by the first probe that succeeds. */
  downSince: number | null;
  probe: Promise<boolean> | null;
  checkedAt: number;
  lastOk: boolean;
};

const holder = globalThis as unknown as {
  __guestServicesDbGate?: Gate;
  // Read by proxy.ts, which must not import the database: pages fail fast with 503 while the database is down.
  __guestServicesDatabaseDown?: () => Promise<boolean>;
};

function gate(): Gate {
  holder.__guestServicesDbGate ??= { downSince: null, probe: null, checkedAt: 0, lastOk: true };
  return holder.__guestServicesDbGate;
}

async function probeOnce(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      db()
        .execute(sql`select 1`)
        .then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** A cheap `select 1`, shared: at most one in flight per process, and its answer reused for half a second. */
export async function databaseReachable(): Promise<boolean> {
  const g = gate();
  if (g.probe) return g.probe;
  if (Date.now() - g.checkedAt < PROBE_MAX_AGE_MS) return g.lastOk;
  g.probe = probeOnce().then((ok) => {
    g.lastOk = ok;
    g.checkedAt = Date.now();
    g.probe = null;
    if (ok && g.downSince !== null) {
      logger("db").info({ downForMs: Date.now() - g.downSince }, "database reachable again");
      g.downSince = null;
    }
    return ok;
  });
  return g.probe;
}

/** Records that a request failed for want of the database (logged once per outage). */
export function noteDatabaseUnavailable(err: unknown): void {
  const g = gate();
  if (g.downSince === null) {
    g.downSince = Date.now();
    g.checkedAt = 0;
    const e = err as { code?: unknown; message?: unknown };
    logger("db").warn({ reason: String(e?.code ?? e?.message ?? err) }, "database unavailable: answering 503 until it is back");
  }
}

export function unavailableError(): AppError {
  return new AppError("service:unavailable", "The service is briefly unavailable. Please try again in a few seconds.");
}

/**
 * Lets a request fail fast while the database is known to be down: nothing to do while it is up; after a failure,
 * the shared probe decides (one `select 1` per half second at most), so requests do not queue on a dead pool.
 */
export async function assertDatabaseAvailable(): Promise<void> {
  if (gate().downSince === null) return;
  if (!(await databaseReachable())) throw unavailableError();
}

/** An AppError for a database that cannot be reached, else the error itself (recording the outage). */
export function asUnavailable(err: unknown): unknown {
  if (!isDatabaseUnavailable(err)) return err;
  noteDatabaseUnavailable(err);
  return unavailableError();
}

holder.__guestServicesDatabaseDown = async () => gate().downSince !== null && !(await databaseReachable());

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Ready to take traffic: the database answers and every migration this build ships has been applied (drizzle's
 * migrator applies those created after the last one it recorded, so that is what counts).
 */
export async function readiness(migrationsFolder = MIGRATIONS_FOLDER): Promise<Readiness> {
  const shipped = readMigrationFiles({ migrationsFolder });
  let applied: number | null;
  try {
    const result = await db().execute(sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
    // postgres.js returns the rows as the result; PGlite wraps them in `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows) as { last: string | null }[] | undefined;
    applied = rows?.[0]?.last == null ? null : Number(rows[0].last);
  } catch (err) {
    // No migrations table: the database answers but was never migrated.
    if ((err as { code?: string; cause?: { code?: string } }).cause?.code === "42P01" || (err as { code?: string }).code === "42P01") {
      applied = null;
    } else {
      return { ready: false, reason: "database unreachable" };
    }
  }
  const pending = shipped.filter((m) => applied === null || m.folderMillis > applied).length;
  if (pending > 0) return { ready: false, reason: `${pending} migration(s) pending: run npm run db:migrate` };
  return { ready: true };
}
