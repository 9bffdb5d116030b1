// `npm test`: browser → lint (ESLint, layers included) and typecheck at once → unit and integration tests (vitest) → `next build` once →
// end-to-end tests (Playwright) → one summary line `tests: N passed, N failed[, N skipped]` and the time of each phase.
//
// Databases: without DATABASE_URL everything runs on the embedded database. With DATABASE_URL, on that PostgreSQL
// database instead. With TEST_POSTGRES_URL (what .ci/run sets), on both from one build: the pure tests (no database)
// run once, the database tests and the end-to-end suite once per database.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { wipeE2eData } from "./e2e-data";

const root = path.resolve(__dirname, "..");
const results = path.join(root, "test-results");

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const phases: { name: string; seconds: number; code: number }[] = [];
const began = Date.now();

/** Runs a command; with a prefix, each line of its output is prefixed (two commands at once stay readable). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, prefix?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: prefix ? ["inherit", "pipe", "pipe"] : "inherit", env });
    if (prefix) {
      for (const [from, to] of [[child.stdout!, process.stdout], [child.stderr!, process.stderr]] as const) {
        readline.createInterface({ input: from, crlfDelay: Infinity }).on("line", (line) => to.write(`${prefix} ${line}\n`));
      }
    }
    child.on("error", (err) => {
      console.error(`[test] could not start ${command}: ${err.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? 128 + ((signal && os.constants.signals[signal]) || 0)));
  });
}

async function step(name: string, fn: () => Promise<number>): Promise<number> {
  const started = Date.now();
  const code = await fn();
  const seconds = (Date.now() - started) / 1000;
  phases.push({ name, seconds, code });
  console.log(`[test] ${name} ${seconds.toFixed(1)}s${code ? ` (failed, exit ${code})` : ""}`);
  return code;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function addUnit(report: string): void {
  const r = readJson(report);
  if (!r) return;
  total.passed += r.numPassedTests ?? 0;
  total.failed += r.numFailedTests ?? 0;
  total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no tests but fails the run: count it as a failure.
  if ((r.numFailedTests ?? 0) === 0 && (r.numFailedTestSuites ?? 0) > 0) total.failed += r.numFailedTestSuites;
}

function addE2e(report: string): void {
  const r = readJson(report);
  if (!r?.stats) return;
  total.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
  total.failed += r.stats.unexpected ?? 0;
  total.skipped += r.stats.skipped ?? 0;
}

function finish(code: number): never {
  // A failed step that is not itself a test run (the build, say) still fails the count.
  if (code !== 0 && total.failed === 0) total.failed = 1;
  const all = (Date.now() - began) / 1000;
  console.log(`[test] phases: ${phases.map((p) => `${p.name} ${Math.round(p.seconds)}s${p.code ? " ✗" : ""}`).join(" · ")} · total ${Math.round(all)}s`);
  const skipped = total.skipped ? `, ${total.skipped} skipped` : "";
  console.log(`tests: ${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(code);
}

function hasBrowser(): boolean {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return true;
  if (fs.existsSync("/usr/bin/chromium")) return true;
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** root, or a passwordless sudo: the prefix to run apt-get with; null when packages cannot be installed. */
function packageInstaller(): string[] | null {
  if (!fs.existsSync("/usr/bin/apt-get")) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? ["sudo", "-n"] : null;
}

/** Playwright's own Chromium where it can be downloaded, else Debian's package where we may install it. */
async function obtainBrowser(): Promise<number> {
  if (hasBrowser()) return 0;
  console.log("[test] no Chromium found: trying Playwright's download");
  if ((await run("npx", ["playwright", "install", "chromium"])) === 0 && hasBrowser()) return 0;
  const sudo = packageInstaller();
  if (sudo) {
    console.log("[test] installing Debian's chromium package");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const [cmd, ...pre] = sudo.length ? sudo : ["apt-get"];
    const apt = (args: string[]) => (sudo.length ? run(cmd, [...pre, "apt-get", ...args], env) : run("apt-get", args, env));
    if ((await apt(["update", "-qq"])) === 0 && (await apt(["install", "-y", "-qq", "chromium"])) === 0 && hasBrowser()) return 0;
  }
  console.error(
    "[test] No browser for the end-to-end tests, and none could be installed (no download, no permission to install packages).\n" +
      "       Install one with:  sudo apt-get install -y chromium   or   npx playwright install --with-deps chromium\n" +
      "       or point CHROMIUM_PATH at a Chromium.",
  );
  return 1;
}

type Target = { name: string; databaseUrl?: string };

/**
 * A new, empty database next to `url`'s (`<name>_e2e`), dropped first if a run left one: the end-to-end suite starts
 * from the demo hotel alone. On the unit tests' database it would also see the properties, staff and stays those
 * tests leave behind (with properties that allow password sign-in, the sign-in page kept its password form).
 */
async function freshDatabase(url: string, suffix: string): Promise<string> {
  const target = new URL(url);
  const name = `${decodeURIComponent(target.pathname.slice(1)) || "postgres"}${suffix}`;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
  target.pathname = `/${encodeURIComponent(name)}`;
  return target.toString();
}

function vitest(target: Target, args: string[]): Promise<number> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  const report = path.join(results, `unit-${target.name}.json`);
  return run("npx", ["vitest", "run", "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args], env);
}

/**
 * The end-to-end suite against one database. The n-th of several concurrent runs takes its app instances and SMTP
 * server 100 × n ports further up, so the runs never meet.
 */
async function playwright(target: Target, n: number, prefix?: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, E2E_RESULTS_DIR: path.join("test-results", target.name) };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = await freshDatabase(target.databaseUrl, "_e2e");
  else wipeE2eData(root);
  if (n > 0) {
    env.E2E_PORT = String(Number(process.env.E2E_PORT || 3100) + 100 * n);
    env.E2E_SMTP_PORT = String(Number(process.env.E2E_SMTP_PORT || 2525) + 100 * n);
    delete env.E2E_SMTP_URL;
  }
  return run("npx", ["playwright", "test"], env, prefix);
}

async function main(): Promise<void> {
  const postgres = process.env.TEST_POSTGRES_URL || undefined;
  const targets: Target[] = process.env.DATABASE_URL
    ? [{ name: "postgres", databaseUrl: process.env.DATABASE_URL }]
    : [{ name: "embedded" }, ...(postgres ? [{ name: "postgres", databaseUrl: postgres }] : [])];
  // Stale reports must not be counted if a step dies before writing its own.
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });
  console.log(`[test] databases: ${targets.map((t) => t.name).join(", ")}`);

  let code = await step("browser", obtainBrowser);
  if (code) process.exit(code);

  // Lint and typecheck at once (each uses one core), their lines prefixed. `next build` does not type-check
  // (next.config.js): this does, before anything runs. A failure of either fails the run like a failed build: counted
  // as one failed test in the summary line.
  const checks = await Promise.all([
    step("lint", () => run("npm", ["run", "--silent", "lint"], process.env, "[lint]")),
    step("typecheck", () => run("npm", ["run", "--silent", "typecheck"], process.env, "[typecheck]")),
  ]);
  code = checks.find((c) => c !== 0) ?? 0;
  if (code) finish(code);

  // Every vitest project on the first database; on a second one only the tests that use a database.
  let failed = 0;
  for (const [i, target] of targets.entries()) {
    const projects = i === 0 ? [] : ["--project", "database"];
    code = await step(`unit (${target.name})`, () => vitest(target, projects));
    addUnit(path.join(results, `unit-${target.name}.json`));
    failed ||= code;
  }

  code = await step("build", () => run("npx", ["next", "build"]));
  if (code) finish(code);

  // The same build against each database, one after the other. TEST_E2E_PARALLEL=1 runs them at the same time (each
  // line prefixed with its database): worth it with 4+ cores; on 2 cores the suites starve each other (measured: 926 s
  // at once against about 730 s one after the other, and timeouts).
  const together = targets.length > 1 && process.env.TEST_E2E_PARALLEL === "1";
  const e2e = (target: Target, n: number) =>
    step(`e2e (${target.name})`, async () => {
      try {
        return await playwright(target, n, together ? `[${target.name}]` : undefined);
      } catch (err) {
        console.error(`[test] ${(err as Error).message}`);
        return 1;
      }
    });
  const started = Date.now();
  const codes = together ? await Promise.all(targets.map(e2e)) : await targets.reduce<Promise<number[]>>(async (done, t, n) => [...(await done), await e2e(t, n)], Promise.resolve([]));
  if (together) console.log(`[test] e2e, all databases at once: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  for (const target of targets) addE2e(path.join(results, target.name, "e2e.json"));
  finish(failed || codes.find((c) => c !== 0) || 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
