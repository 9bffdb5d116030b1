// `npm run db:backup` and `npm run db:restore`, run as an operator runs them: back up, change the data, restore, and
// the data is back as it was — on the embedded database always, and on a PostgreSQL database of its own when
// DATABASE_URL names a server.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openConnection, type Connection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { properties } from "@/db/schema";

const exec = promisify(execFile);
const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function npmRun(script: "db:backup" | "db:restore", file: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await exec("npm", ["run", "--silent", script, "--", file], { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 });
  return stdout;
}

async function names(conn: Connection): Promise<string[]> {
  const rows = await conn.db.select({ slug: properties.slug, name: properties.name }).from(properties);
  return rows.map((r) => `${r.slug}=${r.name}`).sort();
}

/** Writes a hotel, backs up, changes it and adds another, restores, and reads back what is there. */
async function roundTrip(open: () => Connection, env: Record<string, string>, file: string) {
  let conn = open();
  await runMigrations(conn);
  await conn.db.insert(properties).values({ slug: "kept", name: "Before the backup", timeZone: "Europe/Berlin", currency: "EUR" });
  const before = await names(conn);
  await conn.close();

  expect(await npmRun("db:backup", file, env)).toContain("backup of the");
  expect(fs.statSync(file).size).toBeGreaterThan(1000);

  conn = open();
  await conn.db.update(properties).set({ name: "Changed after the backup" }).where(eq(properties.slug, "kept"));
  await conn.db.insert(properties).values({ slug: "added-later", name: "Added after", timeZone: "Europe/Berlin", currency: "EUR" });
  expect(await names(conn)).not.toEqual(before);
  await conn.close();

  expect(await npmRun("db:restore", file, env)).toContain("restored into the");
  conn = open();
  const after = await names(conn);
  await conn.close();
  return { before, after };
}

describe("backup and restore", () => {
  it("embedded database: the data folder comes back as it was backed up", async () => {
    const pgliteDir = path.join(dir, "pglite");
    const { before, after } = await roundTrip(() => openConnection({ pgliteDir }), { DATABASE_URL: "", PGLITE_DIR: pgliteDir }, path.join(dir, "embedded.tar.gz"));
    expect(before).toEqual(["kept=Before the backup"]);
    expect(after).toEqual(before);
    // The folder the restore replaced is kept beside it.
    expect(fs.readdirSync(dir).some((f) => f.startsWith("pglite.before-restore-"))).toBe(true);
  }, 400_000);

  it.runIf(process.env.DATABASE_URL)("PostgreSQL: the database comes back as it was backed up", async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `gs_backup_test_${process.pid}`;
    const admin = postgres({ host: server.hostname, port: Number(server.port || 5432), username: decodeURIComponent(server.username), password: decodeURIComponent(server.password) || undefined, database: "postgres", max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    try {
      const { before, after } = await roundTrip(() => openConnection({ databaseUrl: url.toString(), poolMax: 1 }), { DATABASE_URL: url.toString() }, path.join(dir, "server.dump"));
      expect(before).toEqual(["kept=Before the backup"]);
      expect(after).toEqual(before);
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  }, 400_000);
});
