// The embedded database of the end-to-end run: wiped before every run so each starts fresh.
// Run as a script (`tsx e2e/e2e-data.ts`) it wipes and exits; the webServer command in
// playwright.config.ts does that right before `npm run serve`, and e2e/run-all.ts calls it too.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// E2E_PGLITE_DIR lets several checkouts or engineers run e2e side by side.
export const E2E_PGLITE_DIR = process.env.E2E_PGLITE_DIR || ".data/e2e-pglite";

/** Removes the e2e data folder and its lock; no-op when the tests run against DATABASE_URL. */
export function wipeE2eData(root: string = process.cwd()): void {
  if (process.env.DATABASE_URL) return;
  const dir = path.resolve(root, E2E_PGLITE_DIR);
  const lock = `${dir}.lock`;
  // db/client.ts holds this lock (a folder, mtime refreshed every 5 s) while a server has the
  // database open: wiping under a live server would corrupt it, so refuse instead.
  try {
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    if (age < 15_000) {
      throw new Error(
        `${E2E_PGLITE_DIR} is open in another process (its lock is ${Math.round(age / 1000)}s old). ` +
          `Stop the other end-to-end server first.`,
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(lock, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    wipeE2eData();
  } catch (err) {
    console.error(`[e2e] ${(err as Error).message}`);
    process.exit(1);
  }
}
