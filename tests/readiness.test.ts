// /api/ready's check: ready on a migrated database; not ready, with the reason, when this build ships a migration the
// database has not had (a new release started before `npm run db:migrate`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { readiness } from "@/server/health";
import { useTestDatabase } from "./migrate";

useTestDatabase();

const newer = fs.mkdtempSync(path.join(os.tmpdir(), "gs-migrations-"));
afterAll(() => fs.rmSync(newer, { recursive: true, force: true }));

/** The shipped migrations plus one more, as the next release would ship them. */
function withOneMoreMigration(): string {
  fs.cpSync(MIGRATIONS_FOLDER, newer, { recursive: true });
  const journalFile = path.join(newer, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8"));
  const last = journal.entries.at(-1);
  const tag = `${String(last.idx + 1).padStart(4, "0")}_next_release`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(newer, `${tag}.sql`), "create table next_release (id int);");
  return newer;
}

describe("readiness", () => {
  it("is ready on a database with every migration applied", async () => {
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready while a shipped migration is pending, and says so", async () => {
    const state = await readiness(withOneMoreMigration());
    expect(state).toEqual({ ready: false, reason: "1 migration(s) pending: run npm run db:migrate" });
  });
});
