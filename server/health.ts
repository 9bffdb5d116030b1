// Liveness and readiness, for load balancers, orchestrators and the test harness.
import "server-only";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { db } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";

export async function databaseReachable(): Promise<boolean> {
  try {
    await db().execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

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
