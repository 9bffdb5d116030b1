// docs/reliability.md §14 and §14b; issue 9 point 5: a client over its limit is refused, but a stranger cannot lock the rightful user
// out. Failures are counted per client, per account and per (account, client); an account under attack only makes each
// attempt on it wait (growing, capped), it is never locked for a client that has not been failing.
//
// Clients are told apart by their address as the app sees it, with no proxy declared: each "client" here connects from
// its own loopback address (127.0.0.x; all of 127/8 is this machine), so no header is trusted or faked. The suite's own
// sign-ins come from 127.0.0.1 and are not touched. Each test makes its own stay and staff account.
import crypto from "node:crypto";
import { Agent, request } from "undici";
import { hotelDayFromToday } from "./fixtures/guest-api";
import { newStaffPage } from "./fixtures/sign-in";
import { expect, test } from "./fixtures/test";

const BACKOFF_CAP_MS = 4_000;
const run = crypto.randomBytes(3).toString("hex");
const runUpper = run.toUpperCase();
/** Per run, so two runs against one database (or a rerun within 15 minutes) do not share their clients' counts. */
const [a, b] = crypto.randomBytes(2);
const client = (n: number) => `127.${2 + (a % 200)}.${n}.${1 + (b % 250)}`;

type Outcome = "ok" | "invalid" | "throttled" | string;

const agents = new Map<string, Agent>();
function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new Agent({ localAddress })));
  return agent;
}

function cookiesOf(setCookie: string | string[] | undefined): string[] {
  return (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((c) => c.split(";")[0]);
}

/** One sign-in through Auth.js (csrf, then the credentials callback) from `from`; what it answered. */
async function attempt(baseURL: string, from: string, provider: "guest" | "staff", form: Record<string, string>): Promise<Outcome> {
  const dispatcher = agentFor(from);
  const csrf = await request(`${baseURL}/api/auth/csrf`, { dispatcher });
  expect(csrf.statusCode, "GET /api/auth/csrf").toBe(200);
  const { csrfToken } = (await csrf.body.json()) as { csrfToken: string };
  const callback = await request(`${baseURL}/api/auth/callback/${provider}`, {
    dispatcher,
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf.headers["set-cookie"]).join("; ") },
    body: new URLSearchParams({ csrfToken, ...form }).toString(),
  });
  await callback.body.dump();
  const cookies = cookiesOf(callback.headers["set-cookie"]);
  if (cookies.some((c) => c.startsWith("authjs.session-token="))) return "ok";
  const location = String(callback.headers.location ?? "");
  return new URL(location, baseURL).searchParams.get("code") ?? `status ${callback.statusCode} ${location}`;
}

async function attempts(n: number, one: (i: number) => Promise<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (let i = 0; i < n; i++) out.push(await one(i));
  return out;
}

test.describe.configure({ mode: "serial" });

let stay: { code: string; surname: string };
let staff: { email: string; password: string };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  stay = { code: `THR-${runUpper}`, surname: `Throttle${run}` };
  staff = { email: `e2e-throttle-${run}@demo.hotel`, password: `e2e-throttle-password-${run}` };

  const manager = await newStaffPage(browser, "manager@demo.hotel");
  await manager.goto("/staff/accounts");
  const form = manager.getByRole("region", { name: "New account" });
  await form.getByLabel("Work email").fill(staff.email);
  await form.getByLabel("Name", { exact: true }).fill(`Throttle ${run}`);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: "Reception" });
  await form.getByLabel("Initial password (optional)").fill(staff.password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();

  await manager.goto("/staff/stays");
  await manager.getByRole("link", { name: "New stay" }).click();
  await manager.getByLabel("Reservation code").fill(stay.code);
  await manager.getByLabel("Surname").fill(stay.surname);
  await manager.getByLabel("Guest's full name").fill(`Tess ${stay.surname}`);
  await manager.getByLabel("Check-in").fill(hotelDayFromToday(0));
  await manager.getByLabel("Check-out").fill(hotelDayFromToday(3));
  await manager.getByRole("button", { name: "Create stay" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Stay created." })).toBeVisible();
  await manager.context().close();
});

test.afterAll(async () => {
  await Promise.all([...agents.values()].map((a) => a.close()));
});

test("20 wrong passwords from one client and 20 from four others do not stop the right one from another client", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const wrong = (i: number) => ({ email: staff.email, password: `wrong-password-${i}` });

  // One client: its first 5 failures are answered, then it is refused — with the right password too.
  const lone = client(1);
  const fromLone = await attempts(20, (i) => attempt(baseURL!, lone, "staff", wrong(i)));
  expect(fromLone.slice(0, 5)).toEqual(Array(5).fill("invalid"));
  expect(fromLone.slice(5)).toEqual(Array(15).fill("throttled"));
  expect(await attempt(baseURL!, lone, "staff", staff)).toBe("throttled");

  // Four more clients, 5 failures each, at once: 20 more real failures on the account.
  const crowd = [2, 3, 4, 5].map(client);
  const fromCrowd = await Promise.all(crowd.map((from) => attempts(5, (i) => attempt(baseURL!, from, "staff", wrong(i)))));
  expect(fromCrowd.flat()).toEqual(Array(20).fill("invalid"));

  // The manager's own browser: in, after at most the capped delay.
  const started = Date.now();
  expect(await attempt(baseURL!, client(9), "staff", staff)).toBe("ok");
  expect(Date.now() - started).toBeLessThan(BACKOFF_CAP_MS + 5_000);
});

test("20 wrong codes with the guest's surname (and wrong surnames with the code) do not stop the guest from another client", async ({ baseURL }) => {
  test.setTimeout(120_000);
  // One client guessing codes for the surname: 10 answered, 10 refused.
  const byCode = await attempts(20, (i) => attempt(baseURL!, client(11), "guest", { code: `THR-X${i}${runUpper}`, surname: stay.surname }));
  expect(byCode.slice(0, 10)).toEqual(Array(10).fill("invalid"));
  expect(byCode.slice(10)).toEqual(Array(10).fill("throttled"));
  // Two more clients: 10 wrong surnames with the right code, 10 more wrong codes with the surname.
  const [bySurname, moreCodes] = await Promise.all([
    attempts(10, (i) => attempt(baseURL!, client(12), "guest", { code: stay.code, surname: `Wrong${i}` })),
    attempts(10, (i) => attempt(baseURL!, client(13), "guest", { code: `THR-Y${i}${runUpper}`, surname: stay.surname })),
  ]);
  expect([...bySurname, ...moreCodes]).toEqual(Array(20).fill("invalid"));

  const started = Date.now();
  expect(await attempt(baseURL!, client(19), "guest", stay)).toBe("ok");
  expect(Date.now() - started).toBeLessThan(BACKOFF_CAP_MS + 5_000);
});

test("11 guesses from one client: the 11th is refused, even when it is right", async ({ baseURL }) => {
  const guesser = client(21);
  const guesses = await attempts(10, (i) => attempt(baseURL!, guesser, "guest", { code: `GUESS-${i}${runUpper}`, surname: `Guess${i}${run}` }));
  expect(guesses).toEqual(Array(10).fill("invalid"));
  expect(await attempt(baseURL!, guesser, "guest", stay)).toBe("throttled");
  // Staff sign-in from that client is refused too (10 failures from one client, whatever it tried).
  expect(await attempt(baseURL!, guesser, "staff", staff)).toBe("throttled");
});
