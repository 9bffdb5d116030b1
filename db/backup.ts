// Backups of either database, for `npm run db:backup -- <file>` and `npm run db:restore -- <file>`.
// PostgreSQL: pg_dump's custom format, restored with pg_restore in one transaction (the app may keep running during a
// backup; stop it for a restore). Embedded: PGlite's dumpDataDir tarball (gzip), restored with loadDataDir into a fresh
// folder — the old one is kept beside it — both while the data folder is not open elsewhere (its lock is taken).
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import lockfile from "proper-lockfile";
import { DataFolderLockedError, openConnection } from "./client";

const run = promisify(execFile);

export type Target = { databaseUrl?: string; pgliteDir: string };

async function pgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") throw new Error(`${tool} is not installed (Debian: apt-get install postgresql-client, of the server's major version)`);
    throw new Error(`${tool} failed: ${String(e.stderr ?? e.message).trim()}`);
  }
}

export async function backup(target: Target, file: string): Promise<string> {
  const out = path.resolve(file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (target.databaseUrl) {
    await pgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${out}`, `--dbname=${target.databaseUrl}`]);
    return out;
  }
  // Opening the folder takes its lock: a running app refuses the backup with a clear message.
  const conn = openConnection({ pgliteDir: target.pgliteDir });
  try {
    // dumpDataDir does not wait for the database to be up by itself (the process would just end).
    await conn.pglite!.query("select 1");
    const dump = await conn.pglite!.dumpDataDir("gzip");
    fs.writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await conn.close();
  }
  return out;
}

export async function restore(target: Target, file: string): Promise<string> {
  const from = path.resolve(file);
  if (!fs.existsSync(from)) throw new Error(`No backup at ${from}`);
  if (target.databaseUrl) {
    await pgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${target.databaseUrl}`, from]);
    return target.databaseUrl.replace(/\/\/[^@/]*@/, "//");
  }
  const dir = path.resolve(target.pgliteDir);
  fs.mkdirSync(dir, { recursive: true });
  let release: () => void;
  try {
    release = lockfile.lockSync(dir, { lockfilePath: path.join(dir, "..", `${path.basename(dir)}.lock`), stale: 15_000, update: 5_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DataFolderLockedError(dir);
    throw err;
  }
  const kept = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  try {
    const fresh = `${dir}.restoring`;
    fs.rmSync(fresh, { recursive: true, force: true });
    const pglite = new PGlite(fresh, { loadDataDir: new Blob([fs.readFileSync(from)]) });
    await pglite.query("select 1");
    await pglite.close();
    // Only once the backup has loaded is the current folder put aside.
    fs.renameSync(dir, kept);
    fs.renameSync(fresh, dir);
  } finally {
    release();
  }
  return kept;
}
