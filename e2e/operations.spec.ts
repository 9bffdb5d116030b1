// Issue 9 point 7, operating it: against an instance of the built app this spec starts itself (`npm run serve`, as an
// operator runs it) on E2E_PORT+3, with its stdout kept: JSON log lines with a request id and no credential, readiness,
// and a graceful stop on SIGTERM — a request in flight completes, no new connection is taken, the process exits 0 and
// the embedded database's folder can be opened by the next process at once.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { DEMO_STAFF_PASSWORD, signIn } from "./fixtures/api-client";
import { expect, test } from "./fixtures/test";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT || 3100) + 3;
const app = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.DATABASE_URL || undefined;
const GUEST = { code: "BIG-5005", surname: "Kowalski" };
const STAFF = { email: "kids@demo.hotel", password: DEMO_STAFF_PASSWORD };

const METRICS_TOKEN = "e2e-only-metrics-token-0123456789";

let dir: string;
let logFile: string;
let server: ChildProcess;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-e2e-ops-"));
  logFile = path.join(dir, "server.log");
  const out = fs.openSync(logFile, "a");
  server = spawn("npm", ["run", "serve"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: app,
      SEED_DEMO: "1",
      AUTH_SECRET: "e2e-only-auth-secret-not-for-production-0123456789",
      HOUSEKEEPING_INTERVAL_SECONDS: "2",
      SMTP_URL: "",
      METRICS_TOKEN,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") }),
    },
  });
  exited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 200_000;
  while (Date.now() < deadline && server.exitCode === null) {
    if (await fetch(`${app}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not start on ${app}:\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`);
});

test.afterAll(async () => {
  if (server?.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {}
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The app's JSON log lines so far (Next.js's own banner lines are not ours). */
function logLines(): Record<string, any>[] {
  return fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

test("logs JSON lines with the request's id, and never a code, password, token or cookie", async ({ playwright }) => {
  const guest = await signIn(playwright.request, app, GUEST);
  const staff = await signIn(playwright.request, app, STAFF);
  const cookies = [...(await guest.storageState()).cookies, ...(await staff.storageState()).cookies].map((c) => c.value).filter((v) => v.length > 20);
  expect(cookies.length).toBeGreaterThanOrEqual(2);
  const stays = await guest.get("/api/v1/bookings");
  const bogusToken = "gs_ops_e2e_bogus_token_0123456789";
  const withToken = await playwright.request.newContext({ baseURL: app });
  const refused = await withToken.get("/api/v1/staff/requests", { headers: { authorization: `Bearer ${bogusToken}` } });
  expect(refused.status()).toBe(401);
  // The reservation code in a query string (the room card's QR code) and a client's own request id.
  const page = await withToken.get(`/signin?code=${GUEST.code}`, { headers: { "x-request-id": "client-chosen-request-id" } });
  expect(page.status()).toBe(200);
  const pageId = page.headers()["x-request-id"];
  expect(pageId, "a client's X-Request-Id is not taken without a declared proxy").not.toBe("client-chosen-request-id");
  expect(pageId).toMatch(/^[0-9a-f-]{36}$/);
  await new Promise((r) => setTimeout(r, 300));

  const lines = logLines();
  const text = fs.readFileSync(logFile, "utf8");
  for (const secret of [GUEST.code, STAFF.password, bogusToken, ...cookies]) expect(text, "a credential in the log").not.toContain(secret);
  const requests = lines.filter((l) => l.msg === "request");
  for (const line of requests) expect(line.requestId, JSON.stringify(line)).toMatch(/^[0-9a-f-]{36}$/);
  for (const line of lines) expect(line, JSON.stringify(line)).toHaveProperty("level");
  const pageLine = requests.find((l) => l.requestId === pageId);
  expect(pageLine, "the page's access line carries the id sent back").toMatchObject({ method: "GET", path: "/signin", status: 200 });
  expect(requests.find((l) => l.requestId === stays.headers()["x-request-id"])).toMatchObject({ path: "/api/v1/bookings", status: stays.status() });
  await Promise.all([guest.dispose(), staff.dispose(), withToken.dispose()]);
});

test("ready: the database answers and its migrations are current", async ({ request }) => {
  const ready = await request.get(`${app}/api/ready`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("metrics: Prometheus text for the holder of METRICS_TOKEN only; none without a token configured", async ({ request, baseURL }) => {
  expect((await request.get(`${app}/api/metrics`)).status()).toBe(401);
  expect((await request.get(`${app}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status()).toBe(401);
  // The suite's own server has no METRICS_TOKEN: the endpoint does not exist there.
  expect((await request.get(`${baseURL}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status()).toBe(404);

  await request.get(`${app}/api/ready`);
  const scrape = await request.get(`${app}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(scrape.status()).toBe(200);
  expect(scrape.headers()["content-type"]).toContain("text/plain");
  const text = await scrape.text();
  const ready = text.split("\n").filter((l) => l.startsWith("gs_http_request_duration_seconds_count{") && l.includes('route="/api/ready"'));
  expect(ready.join("\n")).toMatch(/method="GET".*status="200".*\} [1-9]/);
  expect(text).toMatch(/^gs_outbox_backlog\{outbox="email"\} \d+$/m);
  expect(text).toMatch(/^gs_outbox_backlog\{outbox="webhook"\} \d+$/m);
  expect(text).toMatch(/^gs_db_connections\{state="active"\} \d+$/m);
  expect(text).toContain("# TYPE gs_bookings_total counter");
});

test("behind nginx (the PostgreSQL run): the proxy's request id passes, not a client's, and a guest signs in through it", async ({ playwright, request, baseURL }) => {
  test.skip(!databaseUrl || !!process.env.E2E_NO_PROXY, "no proxy in front: the embedded run, or E2E_NO_PROXY=1");
  expect(new URL(baseURL!).port, "the suite opens the app through nginx on E2E_PORT+2").toBe(String(port - 1));
  const answer = await request.get(`${baseURL}/api/ready`, { headers: { "x-request-id": "forged-by-the-client-123" } });
  expect(answer.status()).toBe(200);
  // nginx sets X-Request-Id to its own $request_id (32 hex digits); the app, trusting it, keeps it and sends it back.
  expect(answer.headers()["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
  // A guest signs in through the proxy: cookies, redirects and the origin check work at the proxy's address.
  const guest = await signIn(playwright.request, baseURL!, { code: "CPL-2002", surname: "Novak" });
  expect((await guest.get("/api/v1/bookings")).status()).toBe(200);
  await guest.dispose();
});

/** Starts a sign-in whose form body is sent in two halves; resolves with its answer once the rest has been sent. */
async function slowSignIn(): Promise<{ sendRest: () => void; answer: Promise<{ status: number; cookie: string }> }> {
  const csrf = await fetch(`${app}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, code: GUEST.code, surname: GUEST.surname }).toString();
  const half = Math.floor(body.length / 2);
  let sendRest = () => {};
  const answer = new Promise<{ status: number; cookie: string }>((resolve, reject) => {
    const req = http.request(`${app}/api/auth/callback/guest`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), cookie, origin: app },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, cookie: String(res.headers["set-cookie"] ?? "") }));
    });
    req.on("error", reject);
    req.write(body.slice(0, half));
    sendRest = () => req.end(body.slice(half));
  });
  return { sendRest, answer };
}

test("SIGTERM: the request in flight completes, no new one is taken, the pool and the folder are released, exit 0", async () => {
  test.setTimeout(60_000);
  const slow = await slowSignIn();
  await new Promise((r) => setTimeout(r, 300));
  const signalled = Date.now();
  // As systemd or `docker stop` (with npm as its init) would: the whole group.
  process.kill(-server.pid!, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1_000));
  // Stopped taking requests: a new connection is refused.
  const newcomer = await fetch(`${app}/api/health`).then((r) => `answered ${r.status}`, (err: Error) => `failed: ${String((err.cause as Error)?.message ?? err.message)}`);
  expect(newcomer).toMatch(/failed: .*ECONNREFUSED/);
  // The request in flight gets its whole answer: the guest is signed in.
  slow.sendRest();
  const answer = await slow.answer;
  expect([302, 303]).toContain(answer.status);
  expect(answer.cookie).toContain("authjs.session-token=");

  const { code, signal } = await exited;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(Date.now() - signalled).toBeLessThan(15_000);
  const lines = logLines();
  expect(lines.find((l) => l.msg?.startsWith("shutting down"))).toMatchObject({ signal: "SIGTERM" });
  expect(lines.at(-1)).toMatchObject({ msg: "stopped", code: 0 });

  if (!databaseUrl) {
    // The embedded database's folder is free at once: the next process opens it (the lock would refuse it for 15 s).
    const started = Date.now();
    await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "db/cli.ts", "migrate"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") },
      timeout: 30_000,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
  }
});
