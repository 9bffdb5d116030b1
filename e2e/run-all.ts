// `npm test`: browser check → lint (ESLint, layers included) → unit tests (vitest) → `next build` → end-to-end tests (Playwright)
// → one summary line `tests: N passed, N failed[, N skipped]`. Stops at the first failing step.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { wipeE2eData } from "./e2e-data";

const root = path.resolve(__dirname, "..");
const unitReport = path.join(root, "test-results/unit.json");
const e2eReport = path.join(root, "test-results/e2e.json");

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: process.env });
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
  console.log(`[test] ${name} ${((Date.now() - started) / 1000).toFixed(1)}s${code ? ` (failed, exit ${code})` : ""}`);
  return code;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function addUnit(): void {
  const r = readJson(unitReport);
  if (!r) return;
  total.passed += r.numPassedTests ?? 0;
  total.failed += r.numFailedTests ?? 0;
  total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no tests but fails the run: count it as a failure.
  if ((r.numFailedTests ?? 0) === 0 && (r.numFailedTestSuites ?? 0) > 0) total.failed += r.numFailedTestSuites;
}

function addE2e(): void {
  const r = readJson(e2eReport);
  if (!r?.stats) return;
  total.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
  total.failed += r.stats.unexpected ?? 0;
  total.skipped += r.stats.skipped ?? 0;
}

function finish(code: number): never {
  // A failed step that is not itself a test run (the build, say) still fails the count.
  if (code !== 0 && total.failed === 0) total.failed = 1;
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

async function main(): Promise<void> {
  // Stale reports must not be counted if a step dies before writing its own.
  fs.rmSync(unitReport, { force: true });
  fs.rmSync(e2eReport, { force: true });

  let code = await step("browser", async () => {
    if (hasBrowser()) return 0;
    const installed = await run("npx", ["playwright", "install", "chromium"]);
    if (installed === 0 && hasBrowser()) return 0;
    console.error(
      "No browser for the end-to-end tests. Install one with:  sudo apt-get install -y chromium   (Debian/Ubuntu)  or  npx playwright install --with-deps chromium",
    );
    return 1;
  });
  if (code) process.exit(code);

  // A lint failure fails the run like a failed build: counted as one failed test in the summary line.
  code = await step("lint", () => run("npm", ["run", "--silent", "lint"]));
  if (code) finish(code);

  code = await step("unit", () =>
    run("npx", [
      "vitest",
      "run",
      "--passWithNoTests",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=test-results/unit.json",
    ]),
  );
  addUnit();
  if (code) finish(code);

  code = await step("build", () => run("npx", ["next", "build"]));
  if (code) finish(code);

  code = await step("e2e", async () => {
    try {
      wipeE2eData(root);
    } catch (err) {
      console.error(`[test] ${(err as Error).message}`);
      return 1;
    }
    return run("npx", ["playwright", "test"]);
  });
  addE2e();
  finish(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
