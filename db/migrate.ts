// Applies the committed drizzle-kit migrations to whichever database the connection points at.
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Connection } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Arbitrary constant: several instances starting at once migrate one after another.
const MIGRATION_LOCK = 727_2026;

/** For postgres, pass a connection opened with poolMax 1 so the advisory lock holds. */
export async function runMigrations(conn: Connection, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (conn.kind === "pglite") {
    await migratePglite(conn.db as never, { migrationsFolder });
    return;
  }
  await conn.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migratePostgres(conn.db, { migrationsFolder });
  } finally {
    await conn.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
