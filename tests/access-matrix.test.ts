// docs/reliability.md §11 and §12: the route × role matrix. Every Server Action, route handler and page of the app, found
// by reading the source tree (tests/access-matrix/discover.ts; no hand-kept list), is called directly — never
// through proxy.ts — as anonymous, as a guest, as each staff role and with a revoked session; route handlers also
// with each role's Bearer API token and with the `x-middleware-subrequest` header. Only the callers its MATRIX entry
// allows may get past the gate; the others are refused (401 when nobody is signed in, 403 when a signed-in caller
// is the wrong kind or role). A new action, route or page without an entry fails here, and so does an entry whose
// target is gone.
//
// Only Auth.js's cookie reading (`auth()` of "@/auth") is replaced: it returns the token of the current call's
// "browser". Everything after it is the real code: the sid is re-read from auth_sessions, the role and departments
// from staff_users, Bearer tokens from api_tokens.
//
// Inputs are empty (an empty FormData, no body, random ids): an allowed caller gets past the gate and is then
// stopped by validation or "not found", so nothing is written. Calls that reach an API only a real Next request
// or render has (headers(), connection(), next-intl's getTranslations()) count as past the gate: nothing refused
// them before it. That is how signOutAction (Auth.js needs the request's cookies), /api/health and the pages
// (which render after their guard) end.
import crypto from "node:crypto";
import fs from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createApiToken } from "@/server/auth/api-tokens";
import { createWebhookEndpoint } from "@/server/webhooks/endpoints";
import { createAuthSession, revokeAuthSession } from "@/server/auth/sessions";
import { bookings, staffMemberships, staffUsers, type Package, type Property, type Service, type Stay } from "@/db/schema";
import { discover, HTTP_METHODS, urlOf, type Target } from "@/tests/access-matrix/discover";
import { MATRIX } from "@/tests/access-matrix/matrix";
import { expectedFor, matches, outcomeOfActionResult, outcomeOfResponse, outcomeOfThrown, type CallerName, type Expected, type Outcome } from "@/tests/access-matrix/outcomes";
import { createDepartment, createOnRequestService, createPackage, createProperty, createStaff, createStay } from "@/tests/factories";
import { env } from "@/lib/env";
import { insertBooking } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";

type Token = { kind: "guest" | "staff"; sid: string; subjectId: string };

// Lets the real "@/auth" (Auth.js: sign-in, sign-out, its route handlers) load under vitest; see the hook's file.
register(new URL("./access-matrix/next-esm-resolve.mjs", import.meta.url));

// The "browser" whose session the next call carries (what Auth.js would have read from the cookie).
const browser = vi.hoisted(() => ({ token: null as null | { kind: "guest" | "staff"; sid: string; subjectId: string } }));
vi.mock("@/app/_server/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/app/_server/session-token")>()),
  readSessionToken: async () => browser.token,
}));
// docs/reliability.md §12: the lock must not live in proxy.ts. Should any action, route or page import it, loading fails.
vi.mock("@/proxy", () => {
  throw new Error("proxy.ts is imported by an action, route or page: the lock must be in each of them");
});

useTestDatabase();

/**
 * Real ids for the dynamic segments (and query) of pages, by URL pattern, so that an allowed caller finds the
 * thing and a "not found" can only be the guard's. A new page that needs an id and has no line here gets a
 * random one, and its allowed callers then fail with notFound(): add a line.
 */
type PageInput = { params?: Record<string, string>; searchParams?: Record<string, string> };
function pageInputs(w: World): [RegExp, PageInput][] {
  return [
    [/\/staff\/accounts\/\[id\]\//, { params: { id: w.departmentStaffId } }],
    [/\/staff\/catalogue\/packages\/\[id\]\//, { params: { id: w.pkg.id } }],
    [/\/staff\/catalogue\/services\/\[id\]\//, { params: { id: w.service.id } }],
    [/\/staff\/catalogue\/services\/new\//, { searchParams: { package: w.pkg.id } }],
    [/\/staff\/requests\/\[id\]\//, { params: { id: w.requestId } }],
    [/\(guest\)\/requests\/\[id\]\//, { params: { id: w.requestId } }],
    [/\/staff\/stays\/\[id\]\//, { params: { id: w.stay.id } }],
    [/\/staff\/webhooks\/\[id\]\//, { params: { id: w.webhookId } }],
    [/\/packages\/\[slug\]\//, { params: { slug: w.pkg.slug } }],
    [/\/services\/\[slug\]\//, { params: { slug: w.service.slug } }],
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Discovery.
// ---------------------------------------------------------------------------------------------------------

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { targets: TARGETS, inlineActions: INLINE_ACTIONS } = discover(ROOT);
const ACTIONS = TARGETS.filter((t) => t.kind === "action");
const ROUTES = TARGETS.filter((t) => t.kind === "route");
const PAGES = TARGETS.filter((t) => t.kind === "page");

// ---------------------------------------------------------------------------------------------------------
// Callers and the hotel they belong to, made fresh for each run.
// ---------------------------------------------------------------------------------------------------------

type Caller = { name: CallerName; token: Token | null; bearer?: string; headers?: Record<string, string> };

const SESSION_CALLERS: CallerName[] = ["anonymous", "guest", "department", "reception", "manager", "group", "revoked-manager-session"];
const ROUTE_ONLY_CALLERS: CallerName[] = ["anonymous+x-middleware-subrequest", "token:department", "token:reception", "token:manager"];

type World = {
  property: Property;
  stay: Stay;
  service: Service;
  pkg: Package;
  /** A request of the guest's stay, in the department staff member's department. */
  requestId: string;
  departmentStaffId: string;
  webhookId: string;
  apiTokenId: string;
  departmentId: string;
};

const callers = new Map<CallerName, Caller>();
let world: World;

/** ACCESS_MATRIX_REPORT=1 prints every call's outcome. */
const REPORT = process.env.ACCESS_MATRIX_REPORT === "1";

beforeAll(async () => {
  const property = await createProperty();
  const spa = await createDepartment(property, { name: "Spa" });
  // Names no other row has: the cross-hotel scan below looks for them in every answer another hotel gets.
  const stay = await createStay(property, { surname: `Leakcheck${crypto.randomUUID().slice(0, 8)}` });
  const service = await createOnRequestService(spa);
  const pkg = await createPackage(property, [service]);
  const request = await insertBooking(stay, service, { status: "requested" });
  const department = await createStaff(property, { role: "department", departments: [spa] });
  const reception = await createStaff(property, { role: "reception" });
  const manager = await createStaff(property, { role: "manager" });
  // A group administrator whose home is this property but who has no membership here: the flag alone makes them a manager.
  const groupAdmin = await createStaff(property, { role: "reception" });
  await db().update(staffUsers).set({ groupAdmin: true }).where(eq(staffUsers.id, groupAdmin.staffId));
  await db().delete(staffMemberships).where(eq(staffMemberships.staffId, groupAdmin.staffId));
  const { endpoint } = await createWebhookEndpoint(
    { staffId: manager.staffId, propertyId: property.id, role: "manager" },
    { url: "https://hooks.example.com/matrix", description: null, events: ["booking.created"], active: true },
  );
  const { id: apiTokenId } = await createApiToken({ staffId: manager.staffId, propertyId: property.id, role: "manager" }, { name: "matrix own token" });
  world = { property, stay, service, pkg, requestId: request.id, departmentStaffId: department.staffId, webhookId: endpoint.id, apiTokenId, departmentId: spa.id };

  const staffToken = async (staffId: string): Promise<Token> => ({ kind: "staff", sid: await createAuthSession("staff", staffId), subjectId: staffId });
  const revoked = await staffToken(manager.staffId);
  await revokeAuthSession(revoked.sid);
  const apiToken = async (staffId: string) =>
    (await createApiToken({ staffId: manager.staffId, propertyId: property.id, role: "manager" }, { name: `matrix ${staffId}`, staffId })).token;

  const list: Caller[] = [
    { name: "anonymous", token: null },
    {
      name: "anonymous+x-middleware-subrequest",
      token: null,
      // CVE-2025-29927: the header that once made Next skip middleware. The lock must not care.
      headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    },
    { name: "guest", token: { kind: "guest", sid: await createAuthSession("guest", stay.id), subjectId: stay.id } },
    { name: "department", token: await staffToken(department.staffId) },
    { name: "reception", token: await staffToken(reception.staffId) },
    { name: "manager", token: await staffToken(manager.staffId) },
    { name: "group", token: await staffToken(groupAdmin.staffId) },
    { name: "revoked-manager-session", token: revoked },
    { name: "token:department", token: null, bearer: await apiToken(department.staffId) },
    { name: "token:reception", token: null, bearer: await apiToken(reception.staffId) },
    { name: "token:manager", token: null, bearer: await apiToken(manager.staffId) },
  ];
  for (const c of list) callers.set(c.name, c);
});

// Auth.js logs its own refusal of a POST without a CSRF token (the public [...nextauth] route called bare): expected.
const consoleError = console.error;
beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (args[0] === "[auth]" && (args[1] as Error | undefined)?.name === "MissingCSRF") return;
    consoleError(...args);
  });
});

afterAll(() => {
  browser.token = null;
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------------------
// Calling a target as a caller (what each caller may expect, and how an outcome is read: tests/access-matrix/outcomes.ts).
// ---------------------------------------------------------------------------------------------------------

type Callable = (...args: unknown[]) => unknown;

async function as<T>(caller: Caller, fn: () => Promise<T>): Promise<T> {
  browser.token = caller.token;
  try {
    return await fn();
  } finally {
    browser.token = null;
  }
}

async function callAction(fn: Callable, caller: Caller): Promise<Outcome> {
  return as(caller, async () => {
    try {
      // Empty input: an allowed caller is stopped by validation after the gate, so nothing is written.
      const form = new FormData();
      return outcomeOfActionResult(await (fn.length === 1 ? fn(form) : fn(null, form)));
    } catch (err) {
      return outcomeOfThrown(err);
    }
  });
}

async function callRoute(fn: Callable, target: Target, caller: Caller, ids?: Record<string, string>): Promise<Outcome> {
  const { url, params } = urlOf(target.file, ids);
  // The app's own origin (PUBLIC_URL): the matrix is about roles; foreign origins have tests of their own.
  const headers: Record<string, string> = { origin: new URL(env().PUBLIC_URL).origin, host: "localhost", ...caller.headers };
  if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
  const abort = new AbortController();
  return as(caller, async () => {
    try {
      const request = new Request(url, { method: target.name, headers, signal: abort.signal });
      return await outcomeOfResponse((await fn(request, { params: Promise.resolve(params) })) as Response);
    } catch (err) {
      return outcomeOfThrown(err);
    } finally {
      abort.abort();
    }
  });
}

async function callPage(fn: Callable, target: Target, caller: Caller): Promise<Outcome> {
  const input = pageInputs(world).find(([pattern]) => pattern.test(target.file))?.[1] ?? {};
  const { params } = urlOf(target.file, input.params);
  return as(caller, async () => {
    try {
      await fn({ params: Promise.resolve(params), searchParams: Promise.resolve(input.searchParams ?? {}) });
      return { got: "pass", detail: "rendered" };
    } catch (err) {
      return outcomeOfThrown(err);
    }
  });
}

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

type Row = { caller: CallerName; expected: Expected; outcome: Outcome };

async function check(target: Target, names: CallerName[]) {
  const rule = MATRIX[target.key];
  expect(rule, `${target.key} has no MATRIX entry: add one with the callers it allows`).toBeDefined();
  const fn = (await load(target.file))[target.name] as Callable;
  expect(typeof fn, `${target.key} is not a function at run time`).toBe("function");
  const wrong: Row[] = [];
  for (const name of names) {
    const caller = callers.get(name)!;
    const outcome =
      target.kind === "action" ? await callAction(fn, caller) : target.kind === "route" ? await callRoute(fn, target, caller) : await callPage(fn, target, caller);
    const expected = expectedFor(target, rule, name);
    if (!matches(expected, outcome.got)) wrong.push({ caller: name, expected, outcome });
    if (REPORT) console.log(`[matrix] ${target.key} | ${name} | expected ${expected} | got ${outcome.got} | ${outcome.detail.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  const lines = wrong.map((r) => `  ${r.caller}: expected ${r.expected}, got ${r.outcome.got} (${r.outcome.detail})`);
  expect(wrong, `${target.key}:\n${lines.join("\n")}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------------------

describe("the matrix covers the app", () => {
  it("finds the app's Server Actions, route handlers and pages", () => {
    expect(ACTIONS.length).toBeGreaterThan(0);
    expect(ROUTES.length).toBeGreaterThan(0);
    expect(PAGES.length).toBeGreaterThan(0);
  });

  it("has an entry for every Server Action, route handler and page, and none for one that is gone", () => {
    const found = new Set(TARGETS.map((t) => t.key));
    const missing = [...found].filter((k) => !(k in MATRIX));
    const stale = Object.keys(MATRIX).filter((k) => !found.has(k));
    expect({ missing, stale }, "add each missing one to MATRIX with the callers it allows; remove the stale ones").toEqual({ missing: [], stale: [] });
  });

  it('has no Server Action declared inline (a "use server" inside a function), which the matrix cannot see', () => {
    expect(INLINE_ACTIONS, 'move these into a "use server" file, so that they get a MATRIX entry').toEqual([]);
  });

  it("saw every export of each \"use server\" file and every HTTP method of each route (the scan matches the modules)", async () => {
    const unseen: string[] = [];
    for (const file of new Set(TARGETS.filter((t) => t.kind !== "page").map((t) => t.file))) {
      const mod = await load(file);
      const isAction = ACTIONS.some((t) => t.file === file);
      for (const name of Object.keys(mod)) {
        if (typeof mod[name] !== "function" || (!isAction && !HTTP_METHODS.includes(name))) continue;
        if (!TARGETS.some((t) => t.file === file && t.name === name)) unseen.push(`${file}#${name}`);
      }
    }
    expect(unseen).toEqual([]);
  });

  it("never goes through proxy.ts: fs shows it exists, yet no target may import it (docs/reliability.md §12)", () => {
    // The vi.mock("@/proxy") above makes any import of it throw, so every call below is without the proxy.
    expect(fs.existsSync(path.join(ROOT, "proxy.ts")) || fs.existsSync(path.join(ROOT, "middleware.ts"))).toBe(true);
  });
});

describe("Server Actions: only the allowed callers get past the gate (docs/reliability.md §11)", () => {
  for (const target of ACTIONS) {
    it(target.key, async () => {
      await check(target, SESSION_CALLERS);
    });
  }
});

describe("route handlers: only the allowed callers get past the gate, by session or token; x-middleware-subrequest changes nothing (docs/reliability.md §11, §12)", () => {
  for (const target of ROUTES) {
    it(`${target.name} ${target.file}`, async () => {
      await check(target, [...SESSION_CALLERS, ...ROUTE_ONLY_CALLERS]);
    });
  }
});

describe("pages: each locks itself, without proxy.ts (docs/reliability.md §12)", () => {
  for (const target of PAGES) {
    it(target.file, async () => {
      await check(target, SESSION_CALLERS);
    });
  }
});

// Past the gate, the data is scoped (docs/product.md §5): department staff see only their departments' requests, guests only
// their own stay's bookings, nobody another hotel's. A few read-only calls and refused writes show it.
describe("past the gate: each caller reaches only its own scope", () => {
  let kitchenRequest: string;
  let otherStaysBooking: string;
  let otherHotelManager: Caller;

  beforeAll(async () => {
    const kitchen = await createDepartment(world.property, { name: "Kitchen" });
    const breakfast = await createOnRequestService(kitchen);
    const otherStay = await createStay(world.property);
    kitchenRequest = (await insertBooking(world.stay, breakfast, { status: "requested" })).id;
    otherStaysBooking = (await insertBooking(otherStay, world.service, { status: "requested" })).id;
    const elsewhere = await createProperty();
    const theirManager = await createStaff(elsewhere, { role: "manager" });
    otherHotelManager = {
      name: "manager",
      token: { kind: "staff", sid: await createAuthSession("staff", theirManager.staffId), subjectId: theirManager.staffId },
    };
  });

  async function get(file: string, caller: Caller, id: string): Promise<number> {
    const target: Target = { key: `${file}#GET`, file, name: "GET", kind: "route" };
    const outcome = await callRoute((await load(file)).GET as Callable, target, caller, { id });
    return Number(outcome.detail.split(" ")[0]);
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await db().select({ status: bookings.status }).from(bookings).where(eq(bookings.id, id));
    return row.status;
  }

  const STAFF_REQUEST = "app/api/v1/staff/requests/[id]/route.ts";
  const GUEST_BOOKING = "app/api/v1/bookings/[id]/route.ts";

  it("department staff: their departments' requests only (session and token); reception and the manager: all", async () => {
    expect(await get(STAFF_REQUEST, callers.get("department")!, world.requestId)).toBe(200);
    expect(await get(STAFF_REQUEST, callers.get("department")!, kitchenRequest)).toBe(404);
    expect(await get(STAFF_REQUEST, callers.get("token:department")!, world.requestId)).toBe(200);
    expect(await get(STAFF_REQUEST, callers.get("token:department")!, kitchenRequest)).toBe(404);
    for (const name of ["reception", "manager", "token:reception", "token:manager"] as const) {
      expect(await get(STAFF_REQUEST, callers.get(name)!, kitchenRequest), name).toBe(200);
    }
  });

  it("department staff cannot act on another department's request, nor see its page (nothing changes)", async () => {
    const { changeRequestStatus, addInternalNoteAction } = await import("@/app/(staff)/staff/actions");
    const department = callers.get("department")!;
    const confirm = new FormData();
    confirm.set("bookingId", kitchenRequest);
    confirm.set("action", "confirm");
    expect(await as(department, () => changeRequestStatus(null, confirm))).toMatchObject({ ok: false, code: "not_found" });
    const note = new FormData();
    note.set("bookingId", kitchenRequest);
    note.set("body", "not mine");
    expect(await as(department, () => addInternalNoteAction(null, note))).toMatchObject({ ok: false, code: "not_found" });
    expect(await statusOf(kitchenRequest)).toBe("requested");

    const page = "app/(staff)/staff/requests/[id]/page.tsx";
    const { params } = urlOf(page, { id: kitchenRequest });
    const render = (await load(page)).default as Callable;
    const outcome = await as(department, async () => {
      try {
        await render({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
        return { got: "pass", detail: "rendered" } as Outcome;
      } catch (err) {
        return outcomeOfThrown(err);
      }
    });
    expect(outcome).toEqual({ got: "403", detail: "notFound()" });
  });

  it("a manager of another hotel sees none of this hotel's requests, webhook endpoints or delivery logs", async () => {
    expect(await get(STAFF_REQUEST, otherHotelManager, world.requestId)).toBe(404);
    expect(await get("app/api/v1/staff/webhooks/[id]/route.ts", callers.get("manager")!, world.webhookId)).toBe(200);
    expect(await get("app/api/v1/staff/webhooks/[id]/route.ts", otherHotelManager, world.webhookId)).toBe(404);
    expect(await get("app/api/v1/staff/webhooks/[id]/deliveries/route.ts", otherHotelManager, world.webhookId)).toBe(404);
  });

  it("a guest sees and cancels only their own stay's bookings", async () => {
    expect(await get(GUEST_BOOKING, callers.get("guest")!, world.requestId)).toBe(200);
    expect(await get(GUEST_BOOKING, callers.get("guest")!, otherStaysBooking)).toBe(404);
    const { cancelBookingAction } = await import("@/app/(guest)/actions");
    const form = new FormData();
    form.set("id", otherStaysBooking);
    expect(await as(callers.get("guest")!, () => cancelBookingAction(null, form))).toMatchObject({ ok: false });
    expect(await statusOf(otherStaysBooking)).toBe("requested");
  });
});

// ---------------------------------------------------------------------------------------------------------
// Another hotel of the group (issue 12 §2): its staff — every role, by session and by API token — call every staff
// page with this hotel's ids, and every route handler with this hotel's ids in the path and in the usual filters.
// Found by the same scan as above, so a new page or route is covered the day it is added. Each must find nothing
// (404/403, or a 4xx for the input), never answer with anything of this hotel (its request, stay, guest, service,
// webhook or token ids, the guest's surname or reservation code), and change nothing here.
// ---------------------------------------------------------------------------------------------------------

describe("another hotel's staff find nothing of this hotel and change nothing, by id, filter, token, stream or CSV", () => {
  const foreign: Caller[] = [];
  let foreignIds: string[] = [];

  beforeAll(async () => {
    const other = await createProperty();
    const desk = await createDepartment(other, { name: "Front desk" });
    const manager = await createStaff(other, { role: "manager" });
    const reception = await createStaff(other, { role: "reception" });
    const department = await createStaff(other, { role: "department", departments: [desk] });
    const session = async (staffId: string): Promise<Token> => ({ kind: "staff", sid: await createAuthSession("staff", staffId), subjectId: staffId });
    const token = async (staffId: string) =>
      (await createApiToken({ staffId: manager.staffId, propertyId: other.id, role: "manager" }, { name: `foreign ${staffId}`, staffId })).token;
    foreign.push(
      { name: "manager", token: await session(manager.staffId) },
      { name: "reception", token: await session(reception.staffId) },
      { name: "department", token: await session(department.staffId) },
      { name: "token:manager", token: null, bearer: await token(manager.staffId) },
      { name: "token:reception", token: null, bearer: await token(reception.staffId) },
    );
    foreignIds = [other.id, desk.id];
    // Something of this hotel on the bill today, so its reports, run sheet and folio export have a line to leak.
    await insertBooking(world.stay, world.service, { status: "fulfilled" });
  });

  /** What of this hotel must never appear in another hotel's answer. */
  const secrets = () => [
    world.requestId,
    world.stay.id,
    world.stay.surname,
    world.stay.reservationCode,
    world.stay.guestName,
    world.service.id,
    // Its name: what a report or a run sheet would print.
    world.service.name.en,
    world.webhookId,
    world.apiTokenId,
    world.property.id,
  ];

  /** This hotel's id for a path parameter, by what the path is about. */
  function idFor(file: string, param: string): string {
    if (param === "report") return "services";
    if (param === "slug") return world.service.slug;
    if (/webhooks/.test(file)) return world.webhookId;
    if (/api-tokens/.test(file)) return world.apiTokenId;
    if (/calendar\/departments/.test(file)) return "not-a-token";
    return world.requestId;
  }

  /** A fingerprint of this hotel's rows the calls might change. */
  async function snapshot(): Promise<string> {
    const [row] = await db().select().from(bookings).where(eq(bookings.id, world.requestId));
    const hooks = await db().execute(sql`select active, secret, updated_at from webhook_endpoints where id = ${world.webhookId}`);
    const tokens = await db().execute(sql`select revoked_at from api_tokens where property_id = ${world.property.id} order by id`);
    const counts = await db().execute(sql`select
      (select count(*) from bookings where property_id = ${world.property.id}) as b,
      (select count(*) from booking_messages where property_id = ${world.property.id}) as m,
      (select count(*) from credits where property_id = ${world.property.id}) as c,
      (select count(*) from stays where property_id = ${world.property.id}) as s`);
    return JSON.stringify([row, hooks, tokens, counts]);
  }

  const staffRoutes = () =>
    ROUTES.filter((t) => {
      const rule = MATRIX[t.key];
      return rule && !rule.public && rule.allow.some((w) => w !== "guest");
    });

  it("covers every staff route handler and every staff page with an id", () => {
    expect(staffRoutes().length).toBeGreaterThan(10);
    expect(PAGES.filter((t) => t.file.includes("(staff)") && t.file.includes("[")).length).toBeGreaterThan(3);
  });

  it("route handlers: this hotel's ids in the path and in the filters find nothing, say nothing, change nothing", async () => {
    const before = await snapshot();
    const leaks: string[] = [];
    const filters = `?departmentId=${world.departmentId}&stayId=${world.stay.id}&serviceId=${world.service.id}&q=${world.stay.surname}&propertyId=${world.property.id}`;
    for (const target of staffRoutes()) {
      const fn = (await load(target.file))[target.name] as Callable;
      const ids = Object.fromEntries([...target.file.matchAll(/\[(\w+)\]/g)].map((m) => [m[1], idFor(target.file, m[1])]));
      const hasId = Object.keys(ids).some((k) => k !== "report");
      for (const caller of foreign) {
        for (const query of ["", filters]) {
          const outcome = await callRouteWith(fn, target, caller, ids, query);
          const where = `${target.name} ${target.file}${query ? " (filters)" : ""} as another hotel's ${caller.name}`;
          if (outcome.status >= 500) leaks.push(`${where}: ${outcome.status} ${outcome.body.slice(0, 120)}`);
          const said = secrets().filter((s) => outcome.body.includes(s));
          if (said.length) leaks.push(`${where}: answered with this hotel's ${said.join(", ")}`);
          if (hasId && outcome.status >= 200 && outcome.status < 300) leaks.push(`${where}: ${outcome.status} for this hotel's id`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshot(), "nothing of this hotel changed").toBe(before);
  }, 120_000);

  it("pages: this hotel's ids are not found", async () => {
    const seen: string[] = [];
    for (const target of PAGES.filter((t) => t.file.includes("(staff)") && t.file.includes("["))) {
      const fn = (await load(target.file))[target.name] as Callable;
      for (const caller of foreign.filter((c) => c.token)) {
        const outcome = await callPage(fn, target, caller);
        if (outcome.got !== "403") seen.push(`${target.file} as another hotel's ${caller.name}: ${outcome.got} (${outcome.detail})`);
      }
    }
    expect(seen).toEqual([]);
  }, 60_000);

  it("ids of the other hotel stay theirs: this hotel's manager does not find them either", async () => {
    const [manager] = [...callers.values()].filter((c) => c.name === "manager");
    const route = ROUTES.find((t) => t.file === "app/api/v1/staff/requests/route.ts" && t.name === "GET")!;
    const fn = (await load(route.file))[route.name] as Callable;
    const outcome = await callRouteWith(fn, route, manager, {}, `?departmentId=${foreignIds[1]}`);
    expect(outcome.status).toBeLessThan(500);
    expect(outcome.body).not.toContain(foreignIds[0]);
  });
});

/** A route handler's status and body for a caller, with the given path ids and query string. */
async function callRouteWith(fn: Callable, target: Target, caller: Caller, ids: Record<string, string>, query: string): Promise<{ status: number; body: string }> {
  const { url, params } = urlOf(target.file, ids);
  const headers: Record<string, string> = { origin: new URL(env().PUBLIC_URL).origin, host: "localhost", "content-type": "application/json" };
  if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
  const abort = new AbortController();
  const hasBody = target.name !== "GET" && target.name !== "HEAD";
  return as(caller, async () => {
    try {
      const request = new Request(url + query, { method: target.name, headers, signal: abort.signal, body: hasBody ? "{}" : undefined });
      const res = (await fn(request, { params: Promise.resolve(params) })) as Response;
      let body: string;
      if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
        const reader = res.body!.getReader();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const first = await Promise.race([reader.read(), new Promise<null>((r) => (timer = setTimeout(() => r(null), 3_000)))]);
        clearTimeout(timer);
        body = first?.value ? new TextDecoder().decode(first.value) : "";
        await reader.cancel();
      } else {
        body = await res.text();
      }
      return { status: res.status, body };
    } catch (err) {
      const o = outcomeOfThrown(err);
      return { status: o.got === "401" ? 401 : o.got === "403" ? 403 : o.got === "error" ? 500 : 200, body: o.detail };
    } finally {
      abort.abort();
    }
  });
}
