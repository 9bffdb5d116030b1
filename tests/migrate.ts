// Brings the test database to the current schema once per test process, and closes it after the file.
import { afterAll, beforeAll } from "vitest";
import { closeConnection, connection, openConnection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { env } from "@/lib/env";

let migrated: Promise<void> | undefined;

/**
 * PostgreSQL: a dedicated single-connection pool, so the advisory lock inside runMigrations
 * serialises test files migrating the same database at once. Embedded: the process-wide
 * connection itself, because a second connection to memory:// would be another database.
 */
export function migrateOnce(): Promise<void> {
  migrated ??= (async () => {
    if (env().DATABASE_URL) {
      const conn = openConnection({ poolMax: 1 });
      try {
        await runMigrations(conn);
      } finally {
        await conn.close();
      }
    } else {
      await runMigrations(connection());
    }
  })();
  return migrated;
}

/** Registers the hooks of a test file that touches the database. */
export function useTestDatabase(): void {
  beforeAll(migrateOnce);
  afterAll(async () => {
    // Drop the memoised migration too: after closing, a new embedded connection is a new, empty database.
    migrated = undefined;
    await closeConnection();
  });
}
