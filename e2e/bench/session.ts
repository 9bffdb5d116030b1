// `npm run bench:session`: what reading the session cookie costs per request (issue 13 point 2), both ways in one
// run, on this machine: Auth.js's session endpoint, which `auth()` runs for every server component and route handler
// (a Request, the JWE decrypted with a freshly derived key, the callbacks, a re-encrypted cookie that is thrown away),
// against app/_server/session-token.ts (the cookie decrypted once per process, then remembered until it expires).
// Prints calls per second, mean and p99 µs, and CPU µs per call. No database: the auth_sessions check that follows
// either way is the same query.
import { performance } from "node:perf_hooks";
import { Auth } from "@auth/core";
import { encode } from "next-auth/jwt";
import { decodeSessionCookie } from "@/app/_server/session-token";
import { authConfig } from "@/auth";
import { authSecret } from "@/lib/auth-secret";

const COOKIE = "authjs.session-token";
const CALLS = Number(process.env.BENCH_CALLS || 3000);

async function measure(label: string, call: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) await call(i); // warm-up
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const us = (ms: number) => `${(ms * 1000).toFixed(0).padStart(6)} µs`;
  console.log(
    `${label.padEnd(58)} ${((CALLS / wall) * 1000).toFixed(0).padStart(7)} calls/s  mean ${us(wall / CALLS)}  p99 ${us(times[Math.floor(CALLS * 0.99)])}  CPU ${us((used.user + used.system) / 1000 / CALLS)}`,
  );
}

async function main(): Promise<void> {
  const secret = authSecret();
  const claims = { sub: crypto.randomUUID(), kind: "guest", sid: crypto.randomUUID() };
  const value = await encode({ token: claims, secret, salt: COOKIE });
  // As many distinct cookies as calls: every call decrypts (a process's first request of each session).
  const distinct = await Promise.all(Array.from({ length: CALLS + 200 }, () => encode({ token: { ...claims, sid: crypto.randomUUID() }, secret, salt: COOKIE })));

  const config = { ...authConfig, basePath: "/api/auth" };
  const viaAuthJs = async (cookie: string) => {
    const response = await Auth(new Request("http://localhost:3000/api/auth/session", { headers: { cookie: `${COOKIE}=${cookie}` } }), config);
    const session = (await response.json()) as { sid?: string };
    if (session.sid !== claims.sid && !session.sid) throw new Error("Auth.js read no session");
  };
  const direct = async (cookie: string) => {
    if (!(await decodeSessionCookie(COOKIE, cookie))) throw new Error("no session read");
  };

  console.log(`[bench session] ${CALLS} calls each, Node ${process.version}`);
  await measure("before: Auth.js session endpoint (what auth() runs)", () => viaAuthJs(value));
  await measure("after: session-token.ts, a cookie not seen before", (i) => direct(distinct[i]));
  await measure("after: session-token.ts, the same cookie again", () => direct(value));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
