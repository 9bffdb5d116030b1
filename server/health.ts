// Whether the database answers: the health check, and the gate that lets requests fail fast while it does not.
import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
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
      console.log(`[db] database reachable again after ${Math.round((Date.now() - g.downSince) / 1000)} s`);
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
    console.warn(`[db] database unavailable (${String(e?.code ?? e?.message ?? err)}); answering 503 until it is back`);
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
