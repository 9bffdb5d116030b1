// Throughput benchmark (issue 13): the booking path and the guest pages against a floor served by the same build, in
// one run, on one app instance. Figures, not a pass/fail test.
//   npm run build                        (once; the bench builds nothing and refuses a build older than the sources)
//   DATABASE_URL=postgres://…/name npm run bench      a fresh database name_<run> on that server, dropped afterwards
//   npm run bench -- --embedded                       the embedded database, in a temporary folder
// Options: --seconds=20 (per figure), --connections=50, --warmup=3 (seconds per figure, not counted), --service=crib
// (an on-request service, or a rental: its stock is raised so that it never runs out), --port=N (default: a free one),
// --keep (keep the fresh database or folder), --any-build (measure a build older than the sources), --only=booking,stay
// (the figures to measure besides the two floors: booking, stay, package, service), --profile=DIR (the server's processes
// write V8 CPU profiles there when they exit: node --cpu-prof; read them with e2e/bench/profile-summary.ts).
// It starts `npm run serve` (migrates, seeds the demo hotel with SEED_DEMO=1) with BENCH_FLOOR=1, adds one stay per
// connection (codes BENCH-<run>-<n>, surname Bench, two adults and children aged 5 and 9) and signs each in as a guest.
// Then for each figure autocannon keeps the connections busy for the given time; it prints requests/s, p50 and p99,
// the server's CPU per request (utime + stime of `npm run serve`'s whole process tree from /proc, so the embedded
// database's work is in it), database statements per request (counted by the server: /api/bench-floor/stats), on
// PostgreSQL also transactions per request (pg_stat_database xact_commit + xact_rollback of the fresh database) and the
// database backends' CPU, and the ratio to the floor.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { sourceFingerprint } from "@/lib/tools/build-if-changed";
import { freePort, stopGroup } from "../fixtures/extra-server";

const root = path.resolve(__dirname, "../..");
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "1"] as const;
  }),
);
const KNOWN = ["embedded", "seconds", "connections", "warmup", "service", "port", "keep", "any-build", "only", "profile"];
for (const k of args.keys()) if (!KNOWN.includes(k)) throw new Error(`unknown option --${k} (known: ${KNOWN.map((o) => `--${o}`).join(", ")})`);
function num(name: string, fallback: number): number {
  const v = Number(args.get(name) ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}
const EMBEDDED = args.has("embedded");
const SECONDS = num("seconds", 20);
const CONNECTIONS = num("connections", 50);
const WARMUP = num("warmup", 3);
const SERVICE = args.get("service") ?? "crib";
const RUN = `${Date.now().toString(36)}${crypto.randomBytes(2).toString("hex")}`;
const AUTH_SECRET = crypto.randomBytes(32).toString("hex");
/** PostgreSQL flushes a backend's statistics at most once a second, and an idle one within 10 s: wait that long. */
const PG_STATS_FLUSH_MS = 11_000;
const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[bench] ${line}`);

// ── The build ────────────────────────────────────────────────────────────────────────────────────────────────
function checkBuild(): void {
  const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
  const buildId = path.join(distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) throw new Error(`no build in ${distDir}: run \`npm run build\` first (the bench builds nothing)`);
  if (args.has("any-build")) return;
  const stamp = path.join(distDir, "source-fingerprint");
  // `npm start` stamps its builds with their sources' fingerprint; a plain `next build` does not: then by file times.
  const stale = fs.existsSync(stamp)
    ? fs.readFileSync(stamp, "utf8").trim() !== sourceFingerprint(root)
    : newestSource() > fs.statSync(buildId).mtimeMs;
  if (stale) throw new Error(`the build in ${distDir} is older than the sources: run \`npm run build\` (or pass --any-build to measure it as it is)`);
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (/^(node_modules|\.next.*|\.data|\.git)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const d of ["app", "components", "lib", "server", "db", "public"]) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  for (const f of ["package-lock.json", "next.config.js", "proxy.ts", "auth.ts", "instrumentation.ts"]) {
    if (fs.existsSync(path.join(root, f))) newest = Math.max(newest, fs.statSync(path.join(root, f)).mtimeMs);
  }
  return newest;
}

// ── The database ─────────────────────────────────────────────────────────────────────────────────────────────
type Database = {
  /** Variables for the server: DATABASE_URL or PGLITE_DIR. */
  env: Record<string, string>;
  /** Runs SQL on the bench's database (PostgreSQL: at any time; embedded: only while no server has it open). */
  exec: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  /** PostgreSQL only: the fresh database's committed + rolled-back transactions, and its backends' CPU by pid. */
  xacts?: () => Promise<number>;
  backendCpu?: () => Promise<Map<number, number>>;
  close: () => Promise<void>;
  drop: () => Promise<void>;
  where: string;
};

async function postgresDatabase(url: string): Promise<Database> {
  const base = new URL(url);
  const name = `${decodeURIComponent(base.pathname.slice(1)) || "guest_services"}_${RUN}`.toLowerCase();
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`cannot make a database name from ${base.pathname}: use letters, digits and _`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const adminSql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await adminSql.unsafe(`create database "${name}"`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  const sql = postgres(fresh.toString(), { max: 1, onnotice: () => {} });
  return {
    env: { DATABASE_URL: fresh.toString(), SEED_DEMO: "1" },
    exec: (text, params = []) => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]) as Promise<Record<string, unknown>[]>,
    // Read through the maintenance database, so that reading them adds no transaction to the fresh one.
    xacts: async () => {
      const [row] = await adminSql<{ n: string }[]>`select (xact_commit + xact_rollback)::text n from pg_stat_database where datname = ${name}`;
      return Number(row.n);
    },
    backendCpu: async () => {
      const rows = await adminSql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name} and backend_type = 'client backend'`;
      return new Map(rows.map((r) => [r.pid, cpuTicks(r.pid)]));
    },
    close: async () => {
      await sql.end({ timeout: 5 });
    },
    drop: async () => {
      await adminSql.unsafe(`drop database if exists "${name}" with (force)`);
      await adminSql.end({ timeout: 5 });
    },
    where: `PostgreSQL, fresh database ${name}`,
  };
}

async function embeddedDatabase(): Promise<Database> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-bench-"));
  const pgliteDir = path.join(dir, "pglite");
  const env = { PGLITE_DIR: pgliteDir, DATABASE_URL: "" };
  // The server runs this same step first; here it runs before, so the stays can be written while no server holds the folder.
  const prepare = spawnSync("npm", ["run", "--silent", "db:prepare"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  if (prepare.status !== 0) throw new Error("preparing the embedded database failed");
  const { PGlite } = await import("@electric-sql/pglite");
  let pglite: InstanceType<typeof PGlite> | null = null;
  return {
    env,
    exec: async (text, params = []) => {
      pglite ??= new PGlite(pgliteDir);
      return (await pglite.query<Record<string, unknown>>(text, params)).rows;
    },
    close: async () => {
      await pglite?.close();
      pglite = null;
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    where: `embedded database in ${pgliteDir}`,
  };
}

/** One stay per connection: a family (two adults, children 5 and 9), in the house from today for five nights. */
async function addStays(db: Database, count: number): Promise<{ codes: string[]; service: { slug: string; mode: string } }> {
  const [property] = await db.exec(
    `select p.id, p.time_zone from properties p join services s on s.property_id = p.id and s.slug = $1 and s.active order by p.slug limit 1`,
    [SERVICE],
  );
  if (!property) throw new Error(`no property has an active service "${SERVICE}"`);
  const [service] = await db.exec(`select slug, mode::text mode from services where property_id = $1 and slug = $2`, [property.id, SERVICE]);
  if (service.mode === "rental") {
    // A rental with stock that never runs out (every booking takes a unit for tomorrow).
    await db.exec(`update services set capacity = 1000000, max_per_booking = greatest(max_per_booking, 1) where id in (select id from services where property_id = $1 and slug = $2)`, [
      property.id,
      SERVICE,
    ]);
  } else if (service.mode !== "on_request") {
    throw new Error(`--service=${SERVICE} is ${service.mode}: choose an on-request service or a rental`);
  }
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: String(property.time_zone) }).format(new Date());
  await db.exec(
    `insert into stays (property_id, reservation_code, surname, guest_name, check_in, check_out, adults, children_ages)
     select $1, $2 || g, 'Bench', 'Bench guest ' || g, $3::date, $3::date + 5, 2, array[5, 9]::int[] from generate_series(1, $4::int) g`,
    [property.id, `BENCH-${RUN}-`.toUpperCase(), today, count],
  );
  const codes = Array.from({ length: count }, (_, i) => `BENCH-${RUN}-${i + 1}`.toUpperCase());
  return { codes, service: { slug: String(service.slug), mode: String(service.mode) } };
}

// ── The server ───────────────────────────────────────────────────────────────────────────────────────────────
async function startServer(port: number, dbEnv: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const url = `http://127.0.0.1:${port}`;
  // With --profile, `npm run serve` spelled out, with `next start` under `node --cpu-prof` (not allowed in NODE_OPTIONS).
  const profile = args.has("profile") ? path.resolve(args.get("profile")!) : null;
  const [command, commandArgs] = profile
    ? ["sh", ["-c", `npm run db:prepare && NEXT_MANUAL_SIG_HANDLE=true exec node --cpu-prof --cpu-prof-dir='${profile}' node_modules/next/dist/bin/next start`]]
    : ["npm", ["run", "serve"]];
  const child = spawn(command, commandArgs, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      ...dbEnv,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_URL: url,
      AUTH_SECRET,
      BENCH_FLOOR: "1",
      HOUSEKEEPING_INTERVAL_SECONDS: "0",
    },
  });
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  for (const deadline = Date.now() + 180_000; Date.now() < deadline && child.exitCode === null; ) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {}
    await sleep(300);
  }
  await stopGroup(child);
  throw new Error(`the app did not start on ${url}:\n${stderr.join("").slice(-3000)}`);
}

/** utime + stime of one process, in clock ticks (0 once it is gone). */
function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  } catch {
    return 0;
  }
}

/** CPU ms of a process and all its descendants (`npm run serve` → sh → next start → its forked server). */
function treeCpuMs(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return ([...tree].reduce((sum, pid) => sum + cpuTicks(pid), 0) * 1000) / CLK_TCK;
}

// ── Guests ───────────────────────────────────────────────────────────────────────────────────────────────────
/** Signs a guest in through Auth.js (csrf, then the guest credentials callback); returns the Cookie header. */
async function signIn(url: string, code: string): Promise<string> {
  const pairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = pairs(csrf);
  const res = await fetch(`${url}/api/auth/callback/guest`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: url },
    body: new URLSearchParams({ csrfToken, code, surname: "Bench" }).toString(),
  });
  const session = pairs(res).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`guest ${code} could not sign in: ${res.status} ${res.headers.get("location")}`);
  return session;
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────────────────────
type Target = {
  name: string;
  floor: "route" | "page" | null;
  method: "GET" | "POST";
  path: string;
  signedIn: boolean;
  expect: number;
  body?: () => string;
};

type Figure = {
  target: Target;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number;
  /** The server's CPU over the figure's time, in cores: well under 2 on a 2-core machine means it was starved or waiting. */
  cores: number;
  statements: number;
  xacts: number | null;
  dbCpuMs: number | null;
  unexpected: Map<number, number>;
  errors: number;
  samples: string[];
};

async function load(url: string, target: Target, cookies: string[], seconds: number, onBody?: (status: number, body: string) => void) {
  let next = 0;
  const run = autocannon({
    url: `${url}${target.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: target.method,
        path: target.path,
        setupRequest: (req) => {
          if (target.method === "POST") req.headers = { ...req.headers, "idempotency-key": `bench:${RUN}:${crypto.randomUUID()}` };
          if (target.body) req.body = target.body();
          return req;
        },
        onResponse: (status, body) => onBody?.(status, body),
      },
    ],
    // Each connection is one guest: its own session cookie.
    setupClient: (client) => {
      const headers: Record<string, string> = { origin: url };
      if (target.signedIn) headers.cookie = cookies[next++ % cookies.length];
      if (target.body) headers["content-type"] = "application/json";
      client.setHeaders(headers);
    },
  });
  return run;
}

/** Waits until the server has finished what it was sent: no statement and under 5 % of a core for half a second. */
async function drain(url: string, serverPid: number): Promise<void> {
  const statements = async () => ((await (await fetch(`${url}/api/bench-floor/stats`)).json()) as { statements: number }).statements;
  let last = { cpu: treeCpuMs(serverPid), statements: await statements() };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    await sleep(500);
    const now = { cpu: treeCpuMs(serverPid), statements: await statements() };
    if (now.statements === last.statements && now.cpu - last.cpu < 25) return;
    last = now;
  }
  log("the server was still busy 60 s after the load stopped");
}

async function measure(url: string, serverPid: number, db: Database, target: Target, cookies: string[]): Promise<Figure> {
  const statements = async () => ((await (await fetch(`${url}/api/bench-floor/stats`)).json()) as { statements: number }).statements;
  const unexpected = new Map<number, number>();
  const samples: string[] = [];
  const onBody = (status: number, body: string) => {
    if (status === target.expect) return;
    unexpected.set(status, (unexpected.get(status) ?? 0) + 1);
    const sample = `${status} ${body.slice(0, 300).replace(/[0-9a-f-]{36}/g, "…")}`;
    if (samples.length < 5 && !samples.includes(sample)) samples.push(sample);
  };
  const before = { cpu: treeCpuMs(serverPid), statements: await statements(), xacts: await db.xacts?.(), dbCpu: await db.backendCpu?.() };
  const result = await load(url, target, cookies, SECONDS, onBody);
  // The requests still in flight when the time was up go on in the server: their work is counted, and they are.
  await drain(url, serverPid);
  const after = { cpu: treeCpuMs(serverPid), statements: await statements() };
  // Statistics reach pg_stat_database up to 10 s after the fact; the backends' CPU is read at once.
  const dbCpuAfter = await db.backendCpu?.();
  if (db.xacts && target.floor !== null) await sleep(PG_STATS_FLUSH_MS);
  const xactsAfter = await db.xacts?.();
  const completed = result.requests.total;
  const requests = result.requests.sent;
  let dbCpuMs: number | null = null;
  if (before.dbCpu && dbCpuAfter) {
    let ticks = 0;
    for (const [pid, t] of dbCpuAfter) ticks += t - (before.dbCpu.get(pid) ?? 0);
    dbCpuMs = (ticks * 1000) / CLK_TCK / requests;
  }
  return {
    target,
    requests,
    rps: completed / (result.duration || SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: (after.cpu - before.cpu) / requests,
    cores: (after.cpu - before.cpu) / 1000 / (result.duration || SECONDS),
    statements: (after.statements - before.statements) / requests,
    xacts: before.xacts !== undefined && xactsAfter !== undefined ? (xactsAfter - before.xacts) / requests : null,
    dbCpuMs,
    unexpected,
    errors: result.errors + result.timeouts,
    samples,
  };
}

function report(figures: Figure[], embedded: boolean): void {
  const floor = { route: figures.find((f) => f.target.name.startsWith("floor route"))!, page: figures.find((f) => f.target.name.startsWith("floor page"))! };
  const pad = (s: string, n: number) => s.padStart(n);
  const f1 = (v: number | null, d = 1) => (v === null || !Number.isFinite(v) ? "-" : v.toFixed(d));
  log(
    `${"figure".padEnd(44)} ${pad("req/s", 8)} ${pad("p50 ms", 8)} ${pad("p99 ms", 8)} ${pad("CPU ms/req", 11)} ${pad("cores", 6)} ${pad("stmts/req", 10)} ` +
      `${pad("xact/req", 9)} ${pad("db CPU ms", 10)} ${pad("req/s ÷ floor", 14)} ${pad("CPU × floor", 12)} ${pad("not " + "expected", 12)}`,
  );
  for (const f of figures) {
    const base = f.target.floor ? floor[f.target.floor] : null;
    const bad = [...f.unexpected.values()].reduce((a, b) => a + b, 0) + f.errors;
    log(
      `${f.target.name.padEnd(44)} ${pad(f1(f.rps, 0), 8)} ${pad(f1(f.p50, 0), 8)} ${pad(f1(f.p99, 0), 8)} ${pad(f1(f.cpuMs, 2), 11)} ${pad(f1(f.cores, 2), 6)} ${pad(f1(f.statements, 1), 10)} ` +
        `${pad(f1(f.xacts, 1), 9)} ${pad(f1(f.dbCpuMs, 2), 10)} ${pad(base ? `${f1(f.rps / base.rps, 2)} ×` : "-", 14)} ${pad(base ? `${f1(f.cpuMs / base.cpuMs, 1)} ×` : "-", 12)} ${pad(String(bad), 12)}`,
    );
  }
  log(
    `cores: the server's CPU time over the figure's time (below the machine's cores: it waited, or other work had them); stmts/req: statements the server sent through drizzle (BEGIN/COMMIT not counted); ` +
      (embedded
        ? "xact/req and db CPU: - (the embedded database runs inside the server: its CPU is in CPU ms/req)"
        : "xact/req: pg_stat_database xact_commit + xact_rollback of the fresh database (pg_stat_statements is not loaded on this server); db CPU: its backends' CPU"),
  );
  for (const f of figures) {
    if (f.unexpected.size === 0 && f.errors === 0) continue;
    const parts = [...f.unexpected].map(([s, n]) => `${n} × ${s}`);
    if (f.errors) parts.push(`${f.errors} connection errors or timeouts (30 s)`);
    log(`${f.target.name}: ${parts.join(", ")} (expected ${f.target.expect})`);
    for (const s of f.samples) log(`  ${s}`);
  }
}

async function main(): Promise<void> {
  checkBuild();
  if (!EMBEDDED && !process.env.DATABASE_URL) {
    throw new Error("set DATABASE_URL (a PostgreSQL server: a fresh database is made on it for the run) or pass --embedded");
  }
  const db = EMBEDDED ? await embeddedDatabase() : await postgresDatabase(process.env.DATABASE_URL!);
  let child: ChildProcess | null = null;
  try {
    // Embedded: the stays go in before the server opens the folder; PostgreSQL: after the server migrated and seeded it.
    let stays = EMBEDDED ? await addStays(db, CONNECTIONS) : null;
    if (EMBEDDED) await db.close();
    const port = args.has("port") ? num("port", 0) : await freePort();
    const server = await startServer(port, db.env);
    child = server.child;
    const url = server.url;
    stays ??= await addStays(db, CONNECTIONS);
    const cookies: string[] = [];
    for (const code of stays.codes) cookies.push(await signIn(url, code));

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const booking = JSON.stringify(
      stays.service.mode === "rental"
        ? { serviceSlug: stays.service.slug, quantity: 1, startDay: tomorrow, endDay: tomorrow }
        : { serviceSlug: stays.service.slug, quantity: 1 },
    );
    const measured: Record<string, Target> = {
      booking: { name: `POST /api/v1/bookings (${stays.service.slug})`, floor: "route", method: "POST", path: "/api/v1/bookings", signedIn: true, expect: 201, body: () => booking },
      stay: { name: "GET /stay", floor: "page", method: "GET", path: "/stay", signedIn: true, expect: 200 },
      package: { name: "GET /packages/family", floor: "page", method: "GET", path: "/packages/family", signedIn: true, expect: 200 },
      service: { name: "GET /services/fishing", floor: "page", method: "GET", path: "/services/fishing", signedIn: true, expect: 200 },
    };
    const only = args.get("only")?.split(",") ?? Object.keys(measured);
    for (const name of only) if (!measured[name]) throw new Error(`--only: unknown figure ${name} (known: ${Object.keys(measured).join(", ")})`);
    const targets: Target[] = [
      { name: "floor route GET /api/bench-floor", floor: null, method: "GET", path: "/api/bench-floor", signedIn: false, expect: 200 },
      { name: "floor page GET /bench-floor", floor: null, method: "GET", path: "/bench-floor", signedIn: false, expect: 200 },
      ...only.map((name) => measured[name]),
    ];
    log(
      `run ${RUN}: ${db.where}; server ${url} (pid ${child.pid}, one instance); ${CONNECTIONS} connections, ${SECONDS} s per figure after ${WARMUP} s of warm-up; ` +
        `bookings of "${stays.service.slug}" (${stays.service.mode === "rental" ? "rental, stock raised to 1 000 000, one unit for tomorrow" : "on request, no time given: no seats or stock to run out"}) by ${cookies.length} signed-in guests; ` +
        `${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
    );
    for (const target of targets) await load(url, target, cookies, WARMUP);
    await drain(url, child.pid!);
    if (db.xacts) await sleep(PG_STATS_FLUSH_MS);
    const figures: Figure[] = [];
    for (const target of targets) {
      const figure = await measure(url, child.pid!, db, target, cookies);
      figures.push(figure);
      log(`${target.name}: ${figure.requests} requests sent, ${figure.rps.toFixed(0)} req/s answered`);
    }
    log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (the load generator runs on the same machine)`);
    report(figures, EMBEDDED);
  } finally {
    if (child) await stopGroup(child);
    await db.close();
    if (args.has("keep")) log(`kept: ${db.where}`);
    else await db.drop();
  }
}

main().catch((err) => {
  console.error(`[bench] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
