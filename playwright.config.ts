// End-to-end tests: the built app (`npm run serve`) against a fresh embedded database,
// or against DATABASE_URL when set. `npm test` (e2e/run-all.ts) builds first.
//
// Ordering note: Playwright starts `webServer` BEFORE `globalSetup` (in 1.65 the webServer is a
// plugin, and plugin setup runs before global setup), so a globalSetup cannot wipe the data folder
// of the server it runs against. The wipe is therefore part of the webServer command itself.
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { DISABLE_FEATURES_FLAG } from "./e2e/fixtures/chromium-features";

const port = Number(process.env.E2E_PORT || 3100);
// E2E_BASE_URL: run against an app that is already up (e.g. `npm run dev`) instead of starting one.
const externalURL = process.env.E2E_BASE_URL || undefined;
const databaseUrl = process.env.DATABASE_URL || undefined;
// On PostgreSQL the two instances sit behind nginx on port+2, configured by docs/deploy/nginx.conf as in production
// (e2e/fixtures/nginx.ts): the suite opens the app there, and the instances trust its forwarded headers.
// E2E_NO_PROXY=1 leaves nginx out (the instances are then opened directly).
const proxyURL = databaseUrl && !externalURL && !process.env.E2E_NO_PROXY ? `http://127.0.0.1:${port + 2}` : undefined;
const baseURL = externalURL ?? proxyURL ?? `http://127.0.0.1:${port}`;

// Prefer a system Chromium (Debian's `chromium`), else Playwright's own download.
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (p): p is string => !!p && fs.existsSync(p),
);

// The environment both instances share; only the port differs.
function appServer(serverPort: number) {
  const url = `http://127.0.0.1:${serverPort}`;
  return {
    command: databaseUrl ? "npm run serve" : "npx tsx e2e/e2e-data.ts && npm run serve",
    url: `${url}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
    env: {
      PORT: String(serverPort),
      SEED_DEMO: "1",
      // Test-only secret: never use it anywhere else.
      AUTH_SECRET: "e2e-only-auth-secret-not-for-production-0123456789",
      // The browser opens the app at this address: without a declared proxy (TRUST_PROXY) it is the only origin a
      // Server Action or a cookie-authenticated API call may come from. Behind nginx, the proxy's address.
      PUBLIC_URL: proxyURL ?? url,
      ...(proxyURL ? { TRUST_PROXY: "1" } : {}),
      // Email goes to the SMTP server e2e/notifications.spec.ts starts; the housekeeping pass flushes the outbox every 2 s.
      SMTP_URL: process.env.E2E_SMTP_URL || `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT || 2525}`,
      HOUSEKEEPING_INTERVAL_SECONDS: "2",
      // Webhooks go to the receiver e2e/webhooks.spec.ts starts on 127.0.0.1, over plain http.
      WEBHOOKS_ALLOW_PRIVATE: "1",
      WEBHOOKS_ALLOW_HTTP: "1",
      // Reminders go out this many minutes before a timed service; 48 h so a booking for tomorrow gets one at once.
      REMINDER_MINUTES: process.env.E2E_REMINDER_MINUTES || "2880",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: process.env.E2E_PGLITE_DIR || ".data/e2e-pglite" }),
    },
  };
}

// Chromium for every project.
const browserUse = {
  ...devices["Desktop Chrome"],
  ...(systemChromium
    ? {
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            // Playwright's own list plus the omnibox's popup (e2e/fixtures/chromium-features.ts).
            DISABLE_FEATURES_FLAG,
          ],
        },
      }
    : {}),
};

/**
 * Specs that may not run beside any other (project "exclusive", one file at a time after all the others):
 * - sso: on PostgreSQL its instance shares the suite's database, and it switches password sign-in off at every hotel;
 * - api-guest, api-staff: the REST tests book, queue and cancel for the demo's five guests (the stays' dates are what they test: a session
 *   after one guest's check-out inside another's stay, …) and prove a refused call changed nothing by comparing a
 *   guest's whole state before and after, which another spec booking for FAM-1001 or CPL-2002 in between changed
 *   (seen with two workers: calendar.spec cancelled Novak's boat between the two reads); they also fill whole sessions;
 * - reliability: counts every booking on the demo's sessions under contention ("exactly one succeeds"), which a booking
 *   by another spec on the same session would break;
 * - database-faults: kills backends and restarts a PostgreSQL cluster of its own, under load that starves a neighbour;
 * - reports: compares the screen's table of the last 30 days with the CSV downloaded a moment later, and another
 *   spec's first booking of a new service in between added a row (22 on screen, 23 in the CSV, on two workers).
 * Everything else makes the guests, staff, departments and services it changes (e2e/fixtures/stays.ts, …), or takes its
 * sessions through pickSession (e2e/fixtures/api-client.ts), which no two workers share.
 */
const EXCLUSIVE = ["**/api-guest.spec.ts", "**/api-staff.spec.ts", "**/sso.spec.ts", "**/reliability.spec.ts", "**/database-faults.spec.ts", "**/reports.spec.ts"];

// One worker by default; E2E_WORKERS=2 runs two files at a time (about a third faster on 2 cores: much of a spec's time
// is waiting on purpose, which the other worker fills). Not the default yet: of three fresh-clone CI runs on two workers,
// two failed one test each on data another spec changed at the same moment (guest-experience's axe check after a
// booking, since fixed; stays' room card for the shared demo stay FAM-1001, not yet investigated).
const workers = Number(process.env.E2E_WORKERS || 1);

// The run's one SMTP server (e2e/fixtures/mailbox.ts): every app instance sends to it, every spec reads from it.
const smtpPort = Number(process.env.E2E_SMTP_PORT || 2525);
const mailboxServer = {
  command: `npx tsx e2e/fixtures/mailbox-server.ts ${smtpPort} ${port + 8}`,
  url: `http://127.0.0.1:${port + 8}/health`,
  reuseExistingServer: false,
  timeout: 60_000,
  stderr: "pipe" as const,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
};

// The concurrency tests need PostgreSQL and two app instances; on the embedded database (one
// process) they do not apply, so the file is left out of that run rather than skipped.
// The database-faults spec runs its own PostgreSQL cluster and instances: the PostgreSQL run only, too.
const POSTGRES_ONLY = databaseUrl ? [] : ["**/reliability.spec.ts", "**/database-faults.spec.ts"];

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  testIgnore: POSTGRES_ONLY,
  // Not `test-results/` itself: Playwright empties its outputDir on start, and the unit-test report
  // (test-results/unit.json) lives there.
  outputDir: `${process.env.E2E_RESULTS_DIR || "test-results"}/e2e-artifacts`,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers,
  retries: 0,
  // An assertion waits up to 20 s (Playwright's default is 5): on a 2-core CI machine that also runs the app, a
  // server action that re-renders its page took 5–6 s now and then with one worker, and a page opened from the staff
  // navigation took over 10 s once with two (the email outbox, embedded database). A passing test waits no longer for it.
  expect: { timeout: 20_000 },
  // A test may take up to 60 s (Playwright's default is 30): with two workers on a 2-core machine each test's steps take
  // longer (the notifications story — two sign-ins, a confirmation, two emails, a rating — ran out of 30 s).
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: `${process.env.E2E_RESULTS_DIR || "test-results"}/e2e.json` }]],
  use: {
    baseURL,
    trace: "on-first-retry",
  },
  projects: [
    // Everything that works on data of its own, two (E2E_WORKERS) files at a time.
    { name: "chromium", testIgnore: [...POSTGRES_ONLY, ...EXCLUSIVE], use: browserUse },
    // What changes the whole installation for everyone (password sign-in off at every hotel, …): after the others,
    // one file at a time, so nothing else is running while it does.
    // With one worker nothing runs beside anything anyway: no dependency then, so that `playwright test e2e/sso.spec.ts`
    // runs that file alone (a dependency project runs whole, whatever the filter) and a failure elsewhere skips nothing.
    { name: "exclusive", testMatch: EXCLUSIVE, dependencies: workers > 1 ? ["chromium"] : [], workers: 1, use: browserUse },
  ],
  webServer: externalURL
    ? [mailboxServer]
    : databaseUrl
      ? // Two instances on one PostgreSQL, for the concurrency tests (e2e/reliability.spec.ts): port and
        // port+1, same AUTH_SECRET so a session cookie from one is accepted by the other. Both run the
        // full `npm run serve`: migrations take an advisory lock and the seed is an insert-on-conflict
        // in one transaction, so two instances preparing the same database at once is safe.
        [
          mailboxServer,
          appServer(port),
          appServer(port + 1),
          ...(proxyURL ? [{
            command: `npx tsx e2e/fixtures/nginx.ts ${port + 2} ${port} ${port + 1}`,
            url: `${proxyURL}/api/ready`,
            reuseExistingServer: false,
            timeout: 180_000,
            stderr: "pipe" as const,
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
          }] : []),
        ]
      : [mailboxServer, appServer(port)],
});
