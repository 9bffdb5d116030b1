// Issue 9 point 1: the app survives database faults. Against its OWN PostgreSQL cluster (never the suite's), two app
// instances of its own keep taking bookings while the cluster's backends are terminated every ~3 s and the cluster is
// restarted once. Then: 100 consecutive requests on each instance succeed; no uncaught exception in either log; the
// acknowledged bookings are exactly the bookings in the database; requests during the outage answered 503 with
// Retry-After within 5 s; both instances were back within 10 s of the restart.
//
// PostgreSQL run only (playwright.config.ts leaves it out of the embedded run). Needs Debian's postgresql-common
// (pg_createcluster) when run as root — as CI does — or PostgreSQL's initdb/pg_ctl as any other user.
// Ports: the cluster on E2E_FAULT_PG_PORT (5499), the instances on E2E_PORT+4 and E2E_PORT+5.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { stopGroup } from "./fixtures/extra-server";
import { expect, test } from "./fixtures/test";
import { GuestClient, hotelDayFromToday, type Session } from "./fixtures/guest-api";

const ROOT = path.resolve(__dirname, "..");
const PG_PORT = Number(process.env.E2E_FAULT_PG_PORT || 5499);
const APP_PORTS = [Number(process.env.E2E_PORT || 3100) + 4, Number(process.env.E2E_PORT || 3100) + 5];
const CLUSTER = "gsfaults";
const DATABASE = "gs_faults_e2e";
const DATABASE_URL = `postgres://postgres@127.0.0.1:${PG_PORT}/${DATABASE}`;
const GROUP = { code: "GRP-4004", surname: "Okafor" };
const KEY_PREFIX = "dbfault-";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// The fault cluster: Debian's pg_createcluster/pg_ctlcluster as root (files owned by postgres), plain initdb/pg_ctl
// in a temporary folder as any other user.

function pgVersion(): string {
  const versions = fs.existsSync("/etc/postgresql") ? fs.readdirSync("/etc/postgresql").filter((v) => /^\d+$/.test(v)) : [];
  const libs = fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)) : [];
  const all = [...new Set([...versions, ...libs])].sort((a, b) => Number(a) - Number(b));
  if (!all.length) throw new Error("No PostgreSQL installation found (/usr/lib/postgresql/<version>)");
  return all[all.length - 1];
}

// Asynchronous, so that the booking workers' timings are not stretched while a command runs.
async function run(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): Promise<string> {
  try {
    return (await promisify(execFile)(cmd, args, { encoding: "utf8", timeout: 120_000 })).stdout;
  } catch (err) {
    if (opts.allowFail) return "";
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${cmd} ${args.join(" ")} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

type FaultCluster = { create(): Promise<void>; start(): Promise<unknown>; stop(): Promise<unknown>; drop(): Promise<unknown> };

function debianCluster(version: string): FaultCluster {
  // As root: pg_createcluster writes /etc/postgresql and hands the cluster's files to the postgres user, and
  // pg_ctlcluster runs the server as that owner.
  const asRoot = (cmd: string, args: string[], opts?: { allowFail?: boolean }) => run(cmd, args, opts);
  const ctl = (action: string, ...extra: string[]) =>
    asRoot("pg_ctlcluster", ["--skip-systemctl-redirect", version, CLUSTER, action, ...extra]);
  return {
    async create() {
      // Left over from an interrupted run: only ever this cluster, never main.
      await asRoot("pg_dropcluster", ["--stop", version, CLUSTER], { allowFail: true });
      await asRoot("pg_createcluster", [version, CLUSTER, "-p", String(PG_PORT), "--start-conf", "manual", "--", "--auth=trust"]);
    },
    start: () => ctl("start"),
    stop: () => ctl("stop", "-m", "fast"),
    drop: () => asRoot("pg_dropcluster", ["--stop", version, CLUSTER], { allowFail: true }),
  };
}

function userCluster(version: string): FaultCluster {
  const bin = `/usr/lib/postgresql/${version}/bin`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-fault-pg-"));
  const data = path.join(dir, "data");
  const pgCtl = (...args: string[]) => run(`${bin}/pg_ctl`, ["-D", data, "-w", "-t", "60", ...args]);
  return {
    async create() {
      await run(`${bin}/initdb`, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
    },
    start: () => pgCtl("-o", `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", path.join(dir, "log"), "start"),
    stop: () => pgCtl("-m", "fast", "stop"),
    async drop() {
      await run(`${bin}/pg_ctl`, ["-D", data, "-m", "immediate", "stop"], { allowFail: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPostgres(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await probe`select 1`;
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    } finally {
      await probe.end({ timeout: 1 });
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The two app instances: the built app (`npm run serve`), every line of their output kept.

type Instance = { baseURL: string; child: ChildProcess; log: string[] };

function startInstance(port: number): Instance {
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn("npm", ["run", "serve"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: baseURL,
      DATABASE_URL,
      SEED_DEMO: "1",
      AUTH_SECRET: "e2e-only-auth-secret-not-for-production-0123456789",
      // The housekeeping pass runs through the outage too: it must survive its failing ticks.
      HOUSEKEEPING_INTERVAL_SECONDS: "2",
      // The run's mailbox (e2e/fixtures/mailbox.ts), as for the suite's own instances.
      SMTP_URL: process.env.E2E_SMTP_URL || `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT || 2525}`,
    },
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { baseURL, child, log };
}

async function waitForHealth(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) break;
    try {
      if ((await fetch(`${instance.baseURL}/api/health`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error(`${instance.baseURL} did not start:\n${instance.log.slice(-40).join("\n")}`);
}

function stopInstance(instance: Instance): Promise<void> {
  return stopGroup(instance.child);
}

/** Lines that mean the process lost control: an uncaught exception or unhandled rejection, or the driver's crash. */
const CRASH = /uncaughtException|unhandledRejection|Cannot read properties of null \(reading 'write'\)/i;

// ---------------------------------------------------------------------------------------------------------------

type Attempt = { key: string; via: number; status: number; code?: string; retryAfter: string | null; ms: number; started: number; ended: number };

test.describe.configure({ mode: "serial" });

test("bookings over two instances survive killed backends and a PostgreSQL restart", async ({ playwright }) => {
  test.setTimeout(420_000);
  const version = pgVersion();
  const cluster = process.getuid?.() === 0 ? debianCluster(version) : userCluster(version);
  const instances: Instance[] = [];
  let admin: postgres.Sql | undefined;
  let guest: GuestClient | undefined;
  try {
    await cluster.create();
    await cluster.start();
    await waitForPostgres(`postgres://postgres@127.0.0.1:${PG_PORT}/postgres`, 60_000);
    const setup = postgres(`postgres://postgres@127.0.0.1:${PG_PORT}/postgres`, { max: 1, onnotice: () => {} });
    await setup.unsafe(`create database ${DATABASE}`);
    await setup.end();

    for (const port of APP_PORTS) instances.push(startInstance(port));
    await Promise.all(instances.map((i) => waitForHealth(i, 240_000)));
    admin = postgres(DATABASE_URL, { max: 1, onnotice: () => {}, connect_timeout: 2, backoff: () => 0.2 });

    guest = await GuestClient.signIn(playwright.request, GROUP.code, GROUP.surname, instances.map((i) => i.baseURL));
    // Every bookable session of two instant services over the stay, far enough ahead that none closes mid-test.
    const sessions: { slug: string; session: Session }[] = [];
    for (const slug of ["sauna", "boating"]) {
      for (const offset of [1, 2, 3, 0]) {
        for (const session of await guest.availability(slug, hotelDayFromToday(offset))) {
          if (session.reason === null && session.remaining > 0 && Date.parse(session.startsAt) - Date.now() > 3 * 3600_000) {
            sessions.push({ slug, session });
          }
        }
      }
    }
    expect(sessions.length, "bookable sessions in the fault cluster's demo hotel").toBeGreaterThan(5);

    const attempts: Attempt[] = [];
    const acknowledged = new Map<string, string>(); // idempotency key → booking id
    const unresolved = new Set<string>(); // keys whose outcome the client does not know (503, network error)
    let counter = 0;

    async function book(via: number, key: string): Promise<Attempt> {
      const { slug, session } = sessions[Number(key.slice(KEY_PREFIX.length)) % sessions.length];
      const { baseURL, request } = guest!.at(via);
      const started = Date.now();
      let status = 0;
      let code: string | undefined;
      let retryAfter: string | null = null;
      try {
        const res = await request.post("/api/v1/bookings", {
          headers: { "content-type": "application/json", origin: baseURL, "idempotency-key": key },
          data: JSON.stringify({ serviceSlug: slug, sessionId: session.id, quantity: 1 }),
          maxRedirects: 0,
          timeout: 30_000,
        });
        status = res.status();
        retryAfter = res.headers()["retry-after"] ?? null;
        const body = (await res.json().catch(() => null)) as { booking?: { bookingId?: string }; code?: string } | null;
        code = body?.code;
        if ((status === 200 || status === 201) && body?.booking?.bookingId) {
          acknowledged.set(key, body.booking.bookingId);
          unresolved.delete(key);
        } else if (status === 503 || status >= 500) {
          unresolved.add(key);
        } else {
          unresolved.delete(key);
        }
      } catch {
        unresolved.add(key);
      }
      const ended = Date.now();
      const attempt = { key, via: via % instances.length, status, code, retryAfter, ms: ended - started, started, ended };
      attempts.push(attempt);
      return attempt;
    }

    // Workers: three per instance, booking one seat at a time, each with a fresh Idempotency-Key.
    let stopWorkers = false;
    const workers = Array.from({ length: 6 }, async (_, w) => {
      while (!stopWorkers) {
        await book(w, `${KEY_PREFIX}${counter++}`);
        await sleep(50);
      }
    });

    // Kill rounds: every ~3 s, terminate every backend of the database a few times over.
    let killRounds = 0;
    let backendsKilled = 0;
    const killOnce = async () => {
      const rows = await admin!<{ pid: number }[]>`
        select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      for (const { pid } of rows) {
        const [r] = await admin!<{ ok: boolean }[]>`select pg_terminate_backend(${pid}) as ok`;
        if (r?.ok) backendsKilled++;
      }
    };
    for (let round = 0; round < 5; round++) {
      await sleep(3_000);
      killRounds++;
      for (let i = 0; i < 3; i++) {
        await killOnce().catch(() => {});
        await sleep(150);
      }
    }

    // One restart of the whole server: a fast shutdown, ~4 s down, started again.
    await sleep(2_000);
    const stoppedAt = Date.now();
    await cluster.stop();
    const downAt = Date.now();
    // Pages too answer 503 while the database is down (proxy.ts), after the API's failures have marked it down.
    await sleep(1_500);
    const pages = await Promise.all(
      instances.map(async (i) => {
        const started = Date.now();
        const res = await fetch(`${i.baseURL}/staff/signin`, { redirect: "manual" }).catch(() => null);
        return { status: res?.status ?? 0, retryAfter: res?.headers.get("retry-after") ?? null, ms: Date.now() - started };
      }),
    );
    await sleep(2_500);
    const startingAt = Date.now();
    await cluster.start();
    await waitForPostgres(DATABASE_URL, 60_000);
    const upAt = Date.now();
    // Keep booking until both instances have answered a booking after the restart (at most 20 s), then 3 s more.
    // An answer is a booking (201/200) or "sold out" (409): both come from the database, so either shows the instance
    // is back (on a fast machine the sessions may be sold out before the restart).
    const recovery: number[] = [];
    const recoveryDeadline = upAt + 20_000;
    while (Date.now() < recoveryDeadline) {
      const back = instances.map((_, n) =>
        attempts.find((a) => a.via === n && a.started >= upAt && (a.status === 200 || a.status === 201 || a.status === 409)),
      );
      if (back.every(Boolean)) {
        recovery.push(...back.map((a) => a!.ended - upAt));
        break;
      }
      await sleep(100);
    }
    await sleep(3_000);
    stopWorkers = true;
    await Promise.all(workers);

    // A client that got no answer tries again with the same key (the API is idempotent): this settles commits
    // whose acknowledgement was lost when the connection died.
    for (const key of [...unresolved]) await book(0, key);

    // 100 consecutive requests on each instance, all answered.
    const after: { via: number; status: number; ms: number }[] = [];
    for (const [n, instance] of instances.entries()) {
      for (let i = 0; i < 100; i++) {
        const started = Date.now();
        const res = await guest.at(n).request.get("/api/v1/bookings", { timeout: 15_000 }).catch(() => null);
        after.push({ via: n, status: res?.status() ?? 0, ms: Date.now() - started });
        expect(res?.status(), `request ${i + 1} of 100 on ${instance.baseURL} after the faults`).toBe(200);
      }
    }

    // The figures.
    // Requests made while the server was stopped: every one answered 503, fast (one that started then may have been
    // answered after the restart, so only those answered before it must be 503s).
    const during = attempts.filter((a) => a.started >= downAt && a.started < startingAt);
    const s503 = attempts.filter((a) => a.status === 503);
    const s500 = attempts.filter((a) => a.status >= 500 && a.status !== 503);
    const failedRequests = attempts.filter((a) => a.status === 0);
    const slowest = attempts.reduce((m, a) => Math.max(m, a.ms), 0);
    const inDb = await admin<{ id: string; idempotency_key: string }[]>`
      select id, idempotency_key from bookings where idempotency_key like ${KEY_PREFIX + "%"}`;
    const byStatus = new Map<number, number>();
    for (const a of attempts) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    console.log(
      `[database-faults] ${killRounds} kill rounds, ${backendsKilled} backends killed; restart: stop took ${downAt - stoppedAt} ms, down ${upAt - downAt} ms; pages during the outage: ${pages.map((p) => `${p.status} in ${p.ms} ms`).join(" / ")}; ` +
        `${attempts.length} booking requests (${[...byStatus].map(([s, n]) => `${s}×${n}`).join(", ")}), ` +
        `${acknowledged.size} acknowledged, ${inDb.length} in the database; ${s503.length}×503 (${during.length} requests during the outage); ` +
        `slowest request ${slowest} ms; recovery after the restart: ${recovery.map((ms) => `${ms} ms`).join(" / ") || "none"}; ` +
        `after: 2×100 requests, slowest ${after.reduce((m, a) => Math.max(m, a.ms), 0)} ms`,
    );

    const crashes = instances.flatMap((i) => i.log.filter((line) => CRASH.test(line)).map((line) => `${i.baseURL}: ${line}`));
    expect(crashes, "no uncaught exception in either instance's log").toEqual([]);
    expect(backendsKilled, "backends were killed").toBeGreaterThan(0);
    expect(s500.map((a) => `${a.status} ${a.code ?? ""} after ${a.ms} ms`), "no 500 (or other 5xx than 503)").toEqual([]);
    expect(failedRequests.length, "every booking request got an answer").toBe(0);
    expect(during.length, "requests were made while the database was down").toBeGreaterThan(0);
    for (const a of during) {
      if (a.ended < startingAt) expect(a.status, `a booking during the outage (${a.ms} ms)`).toBe(503);
      expect(a.ms, "a request during the outage answers within 5 s").toBeLessThan(5_000);
    }
    for (const page of pages) {
      expect(page.status, "a page during the outage").toBe(503);
      expect(Number(page.retryAfter), "a 503 page says when to try again").toBeGreaterThan(0);
      expect(page.ms, "a page during the outage answers within 5 s").toBeLessThan(5_000);
    }
    for (const a of s503) {
      expect(a.code, "a 503 says why").toBe("service:unavailable");
      expect(Number(a.retryAfter), "a 503 says when to try again").toBeGreaterThan(0);
    }
    expect(slowest, "no booking request hung").toBeLessThan(5_000);
    expect(recovery.length, "both instances answered bookings again after the restart").toBe(2);
    for (const ms of recovery) expect(ms, "back within 10 s of the database").toBeLessThan(10_000);
    expect(unresolved.size, "every booking's outcome is known in the end").toBe(0);
    expect(new Set(inDb.map((r) => r.id)), "acknowledged bookings == bookings in the database").toEqual(new Set(acknowledged.values()));
  } finally {
    await guest?.dispose().catch(() => {});
    await admin?.end({ timeout: 2 }).catch(() => {});
    await Promise.all(instances.map(stopInstance));
    await cluster.drop();
  }
});
