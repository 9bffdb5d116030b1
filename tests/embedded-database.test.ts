// docs/reliability.md §9: the embedded database keeps its data across a restart, and a second
// process opening the same data folder fails fast with a clear message.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { DataFolderLockedError, openConnection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { properties } from "@/db/schema";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-embedded-"));
const dataDir = path.join(dir, "pglite");

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("embedded database folder", () => {
  // Migrating a folder-backed PGlite writes every table to disk: seconds alone, much longer on a busy 2-core machine.
  it("keeps rows across a close and reopen", { timeout: 180_000 }, async () => {
    const first = openConnection({ pgliteDir: dataDir });
    try {
      await runMigrations(first);
      await first.db.insert(properties).values({ slug: "restart-test", name: "Restart", timeZone: "Europe/Berlin", currency: "EUR" });
    } finally {
      // Closed even when a step fails, so the next test does not meet this one's lock.
      await first.close();
    }

    const second = openConnection({ pgliteDir: dataDir });
    const rows = await second.db.select().from(properties).where(eq(properties.slug, "restart-test"));
    await second.close();
    expect(rows).toHaveLength(1);
  });

  it("refuses a second opener in this process and in another process while the first is open", async () => {
    const holder = openConnection({ pgliteDir: dataDir });
    try {
      expect(() => openConnection({ pgliteDir: dataDir })).toThrow(DataFolderLockedError);

      // The real entry point a second process would use: the migrate command, as `npm run db:migrate` runs it
      // (db/client.ts is server-only, which the react-server condition allows).
      const started = Date.now();
      const outcome = await run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "db/cli.ts", "migrate"], {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir },
        timeout: 20_000,
      }).then(
        () => ({ code: 0, stderr: "" }),
        (err: { code?: number; stderr?: string }) => ({ code: err.code ?? -1, stderr: String(err.stderr ?? "") }),
      );
      expect(outcome.code).not.toBe(0);
      expect(outcome.stderr).toMatch(/already open in another process/);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await holder.close();
    }
    // Released: a new opener gets in.
    const again = openConnection({ pgliteDir: dataDir });
    await again.close();
  });
});
