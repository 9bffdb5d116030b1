// docs/reliability.md §11, §12, §16 and §17 for the REST API, with the route handlers called directly (as the access
// matrix, tests/access-matrix.test.ts, calls every route): every operation of the OpenAPI document as anonymous and as
// each kind and role it refuses; bad input on every writing endpoint; quotes and SQL in query parameters. Each answer
// must be the documented problem+json (status and code, never a 5xx), and nothing of the hotel may change.
// e2e/api-contract.spec.ts sends one of each through the real server, so the HTTP layer stays covered.
//
// Only the session cookie's reading is replaced (readSessionToken: the current call's "browser"); everything after it
// is the real code — the session row, the staff role and departments, Bearer tokens from api_tokens, the contracts.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { OPERATIONS } from "@/app/api/v1/_lib/contracts";
import { db } from "@/db/client";
import type { Property, Service, ServiceSession } from "@/db/schema";
import { buildOpenApiDocument } from "@/lib/openapi";
import { addDays, hotelToday } from "@/lib/time";
import { createApiToken } from "@/server/auth/api-tokens";
import { createAuthSession } from "@/server/auth/sessions";
import { discover } from "@/tests/access-matrix/discover";
import { createDepartment, createOnRequestService, createPackage, createProperty, createRentalService, createSession, createStaff, createStay, createTimedService, uniqueId } from "@/tests/factories";
import { useTestDatabase } from "@/tests/migrate";

type SessionToken = { kind: "guest" | "staff"; sid: string; subjectId: string };

// The "browser" whose session cookie the next call carries.
const browser = vi.hoisted(() => ({ token: null as SessionToken | null }));
vi.mock("@/app/_server/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/app/_server/session-token")>()),
  readSessionToken: async () => browser.token,
}));

useTestDatabase();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MISSING_ID = "00000000-0000-4000-8000-000000000000";

type DocOperation = { operationId: string; security: Record<string, string[]>[]; "x-staff-roles"?: string[] };
type Document = { paths: Record<string, Record<string, DocOperation>> };

// The document the openapi.json route serves is built from the same contracts (the first test proves it is the same).
const DOC = buildOpenApiDocument(OPERATIONS, { title: "t", version: "1", description: "d" }) as unknown as Document;
const DOCUMENTED = Object.entries(DOC.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), template, op })),
);
// Templates with fewer parameters first, so that a fixed segment wins over a parameter in the same place.
const TEMPLATES = [...new Set(DOCUMENTED.map((d) => d.template))].sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));

// ---------------------------------------------------------------------------------------------------------
// Calling the API: a route handler of app/api/v1, found by the URL's path, as a caller.
// ---------------------------------------------------------------------------------------------------------

/** Who calls: a session cookie (guest or staff), a Bearer token, or nothing. */
type Who = { token: SessionToken | null; bearer?: string };
type Answer = { status: number; contentType: string; body: any };
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ANONYMOUS: Who = { token: null };

/** The template a concrete path is served by, and its decoded parameters. */
function routeOf(pathname: string): { template: string; params: Record<string, string> } {
  for (const template of TEMPLATES) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(pathname);
    if (match) return { template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])])) };
  }
  throw new Error(`no documented route serves ${pathname}`);
}

async function call(who: Who, method: string, url: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const target = new URL(url, "http://localhost");
  const { template, params } = routeOf(target.pathname);
  const file = path.join(ROOT, `app${template.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`);
  const handler = ((await import(/* @vite-ignore */ file)) as Record<string, Handler>)[method];
  expect(typeof handler, `${method} ${template} has a handler`).toBe("function");
  const headers: Record<string, string> = { ...options.headers };
  if (who.bearer) headers.authorization = `Bearer ${who.bearer}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  browser.token = who.token;
  try {
    const res = await handler(new Request(target, { method, headers, body }), { params: Promise.resolve(params) });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: parsed };
  } finally {
    browser.token = null;
  }
}

/** A 4xx problem+json answer with this status and code. */
function expectProblem(answer: Answer, status: number, code: string, what: string): void {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
  expect(answer.contentType, `${what}: content type`).toContain("application/problem+json");
  expect(answer.body?.code, `${what}: problem code`).toBe(code);
}

function expectStatus(answer: Answer, status: number, what: string): void {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
}

function key(prefix: string): string {
  return uniqueId(`${prefix}:key`);
}

// ---------------------------------------------------------------------------------------------------------
// A hotel of the test's own: three guests, the three staff roles, a manager's API token, and services of every mode.
// ---------------------------------------------------------------------------------------------------------

type World = {
  property: Property;
  garcia: Who;
  novak: Who;
  tanaka: Who;
  tanakaSurname: string;
  manager: Who;
  reception: Who;
  activities: Who;
  bearer: Who;
  boat: Service;
  boatSession: ServiceSession;
  sauna: Service;
  saunaSession: ServiceSession;
  rental: Service;
  crib: Service;
  packageSlug: string;
};

let w: World;
/** Tanaka's ride, waiting for staff; Garcia's own boat. */
let requestId: string;
let ownId: string;

/** A hotel-local day, `offset` days from today. */
const hotelDayFromToday = (offset: number) => addDays(hotelToday(w.property.timeZone), offset);

beforeAll(async () => {
  const property = await createProperty();
  const activitiesDesk = await createDepartment(property, { name: "Activities desk" });
  const housekeeping = await createDepartment(property, { name: "Housekeeping" });
  const tomorrow = addDays(hotelToday(property.timeZone), 1);
  const at = (hhmm: string) => new Date(`${tomorrow}T${hhmm}:00Z`);
  const boat = await createTimedService(activitiesDesk, { priceMinor: 1500, confirmation: "instant" });
  const sauna = await createTimedService(activitiesDesk, { confirmation: "instant" });
  const ride = await createTimedService(activitiesDesk, { capacity: 6 }); // staff approval: a request for the queue
  const rental = await createRentalService(activitiesDesk, { confirmation: "instant" });
  const crib = await createOnRequestService(housekeeping, { complimentary: true, priceMinor: 0 });
  const pkg = await createPackage(property, [boat, crib], { slug: uniqueId("family") });
  const [boatSession, saunaSession, rideSession] = await Promise.all([
    createSession(boat, { startsAt: at("08:00") }),
    createSession(sauna, { startsAt: at("09:00") }),
    createSession(ride, { startsAt: at("10:00") }),
  ]);
  const tanakaSurname = `Tanaka${uniqueId("x").replace(/\W/g, "")}`;
  const stays = await Promise.all([
    createStay(property, { surname: "Garcia" }),
    createStay(property, { surname: "Novak" }),
    createStay(property, { surname: tanakaSurname, adults: 1 }),
  ]);
  const guest = async (stayId: string): Promise<Who> => ({ token: { kind: "guest", sid: await createAuthSession("guest", stayId), subjectId: stayId } });
  const [garcia, novak, tanaka] = await Promise.all(stays.map((s) => guest(s.id)));
  const staff = async (role: "manager" | "reception" | "department") => {
    const member = await createStaff(property, { role, departments: role === "department" ? [activitiesDesk] : [] });
    return { member, who: { token: { kind: "staff", sid: await createAuthSession("staff", member.staffId), subjectId: member.staffId } } as Who };
  };
  const [manager, reception, activities] = await Promise.all([staff("manager"), staff("reception"), staff("department")]);
  const { token } = await createApiToken({ staffId: manager.member.staffId, propertyId: property.id, role: "manager" }, { name: "rest api test" });
  w = {
    property,
    garcia,
    novak,
    tanaka,
    tanakaSurname,
    manager: manager.who,
    reception: reception.who,
    activities: activities.who,
    bearer: { token: null, bearer: token },
    boat,
    boatSession,
    sauna,
    saunaSession,
    rental,
    crib,
    packageSlug: pkg.slug,
  };
  // Tanaka's ride waits for staff; Garcia has a boat of her own.
  const request = await call(tanaka, "POST", "/api/v1/bookings", { body: { serviceSlug: ride.slug, sessionId: rideSession.id, quantity: 1 }, headers: { "idempotency-key": key("ride") } });
  expectStatus(request, 201, "Tanaka's request for staff");
  requestId = request.body.booking.bookingId;
  const own = await call(garcia, "POST", "/api/v1/bookings", { body: { serviceSlug: boat.slug, sessionId: boatSession.id, quantity: 1 }, headers: { "idempotency-key": key("own") } });
  expectStatus(own, 201, "Garcia's own booking");
  ownId = own.body.booking.bookingId;
});

/** Everything of the hotel a refused or invalid call could have changed (not the audit log, which records refusals). */
async function snapshot(): Promise<string> {
  const p = w.property.id;
  const rows = await Promise.all([
    db().execute(sql`select id, status, quantity, total_minor, updated_at from bookings where property_id = ${p} order by id`),
    db().execute(sql`select id, status, quantity from waitlist_entries where property_id = ${p} order by id`),
    db().execute(sql`select id, capacity, booked from service_sessions where property_id = ${p} order by id`),
    db().execute(sql`select r.service_id, r.day, r.booked from rental_days r join services s on s.id = r.service_id where s.property_id = ${p} order by 1, 2`),
    db().execute(sql`select id, name, revoked_at from api_tokens where property_id = ${p} order by id`),
    db().execute(sql`select
      (select count(*) from booking_events e join bookings b on b.id = e.booking_id where b.property_id = ${p}) as events,
      (select count(*) from booking_messages where property_id = ${p}) as messages,
      (select count(*) from credits where property_id = ${p}) as credits,
      (select count(*) from stays where property_id = ${p}) as stays`),
  ]);
  return JSON.stringify(rows);
}

// ---------------------------------------------------------------------------------------------------------
// §11, §12: the access matrix of the REST API, from the OpenAPI document.
// ---------------------------------------------------------------------------------------------------------

describe("every documented operation: anonymous → 401, wrong kind or role → 403, nothing changes (docs/reliability.md §11, §12)", () => {
  it("takes its operations from the document openapi.json serves, which documents every route handler under app/api/v1", async () => {
    expect(DOCUMENTED.length).toBeGreaterThanOrEqual(19);
    const served = await call(ANONYMOUS, "GET", "/api/v1/openapi.json");
    expectStatus(served, 200, "openapi.json");
    const list = (doc: Document) => Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(list(served.body)).toEqual(list(DOC));
    // Every route handler file under app/api/v1, as the access matrix finds them (no hand-kept list).
    const onDisk = discover(ROOT)
      .targets.filter((t) => t.kind === "route" && t.file.startsWith("app/api/v1/"))
      .map((t) => `${t.name} ${t.file.replace(/^app/, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`)
      .sort();
    expect(onDisk).toEqual(list(DOC));
  });

  for (const { method, template, op } of DOCUMENTED) {
    const what = `${method} ${template}`;
    it(what, async () => {
      const url =
        template.replace(/\{(\w+)\}/g, (_, name: string) => (name === "slug" ? w.boat.slug : MISSING_ID)) +
        (template.endsWith("/availability") ? `?day=${hotelDayFromToday(1)}` : "");
      const opts = method === "GET" ? {} : { body: {}, headers: { "idempotency-key": key("matrix") } };
      if (op.security.length === 0) {
        expect(op.operationId, `${what} is public`).toBe("getOpenApiDocument");
        expectStatus(await call(ANONYMOUS, method, url), 200, `${what} anonymous`);
        return;
      }
      const before = await snapshot();
      expectProblem(await call(ANONYMOUS, method, url, opts), 401, "auth:unauthenticated", `${what} anonymous`);
      // docs/reliability.md §12: the lock is in the route, so the header that once skipped middleware changes nothing.
      const sneaky = { ...opts, headers: { ...opts.headers, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } };
      expectProblem(await call(ANONYMOUS, method, url, sneaky), 401, "auth:unauthenticated", `${what} anonymous with x-middleware-subrequest`);
      const roles = op["x-staff-roles"];
      const tokenAllowed = op.security.some((s) => "bearer" in s);
      if (roles) {
        expectProblem(await call(w.novak, method, url, opts), 403, "auth:forbidden", `${what} as a guest`);
        if (!roles.includes("reception")) expectProblem(await call(w.reception, method, url, opts), 403, "auth:forbidden", `${what} as reception`);
        if (!roles.includes("department")) expectProblem(await call(w.activities, method, url, opts), 403, "auth:forbidden", `${what} as department`);
        if (!tokenAllowed) expectProblem(await call(w.bearer, method, url, opts), 403, "auth:forbidden", `${what} with a token`);
      } else if (!tokenAllowed) {
        // Guest-only: staff, by cookie or token, are known but not allowed.
        expectProblem(await call(w.manager, method, url, opts), 403, "auth:forbidden", `${what} as staff`);
        expectProblem(await call(w.bearer, method, url, opts), 403, "auth:forbidden", `${what} with a token`);
      } else {
        // Guests and staff both: a token is accepted.
        expect((await call(w.bearer, method, url, opts)).status, `${what} with a token`).toBeLessThan(400);
      }
      expect(await snapshot(), `${what}: nothing of the hotel changed`).toBe(before);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// §16: bad input on every writing endpoint.
// ---------------------------------------------------------------------------------------------------------

type BadCase = { name: string; who: () => Who; method: string; url: string; body?: unknown; headers?: Record<string, string>; status: number; code: string };

/** Sends every case; each must be its problem+json, never a 5xx; nothing of the hotel may change. */
async function expectAllRefused(cases: BadCase[]): Promise<void> {
  const before = await snapshot();
  const outcomes: Answer[] = [];
  for (const c of cases) outcomes.push(await call(c.who(), c.method, c.url, { body: c.body, headers: c.headers }));
  for (const [i, c] of cases.entries()) {
    expect(outcomes[i].status, `${c.name}: never a 5xx`).toBeLessThan(500);
    expectProblem(outcomes[i], c.status, c.code, c.name);
  }
  expect(await snapshot(), "nothing of the hotel changed").toBe(before);
}

describe("bad input on every writing endpoint → 4xx problem+json with a code, never 5xx, nothing written (docs/reliability.md §16)", () => {
  const long = "x".repeat(10_000);
  const idem = () => ({ "idempotency-key": key("bad") });
  const g = () => w.garcia;
  const m = () => w.manager;

  it("booking: quantities, extra keys, long strings, wrong types, unknown sessions, broken JSON, the Idempotency-Key", async () => {
    const ok = { serviceSlug: w.boat.slug, sessionId: w.boatSession.id, quantity: 1 };
    const cases: BadCase[] = [];
    const bookingCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
      cases.push({ name: `book: ${name}`, who: g, method: "POST", url: "/api/v1/bookings", body, headers: idem(), status, code });
    for (const [name, quantity] of [['""', ""], ["0", 0], ["-1", -1], ["1e9", 1e9], ['"NaN"', "NaN"], ["1.5", 1.5], ["true", true], ["[1]", [1]], ["{}", {}], ["null", null], ['"abc"', "abc"]] as const) {
      bookingCase(`quantity ${name}`, { ...ok, quantity });
    }
    bookingCase("quantity NaN (not JSON)", `{"serviceSlug":"${w.boat.slug}","sessionId":"${w.boatSession.id}","quantity":NaN}`, 400, "input:malformed");
    bookingCase("quantity 7 (over 6 per booking)", { ...ok, quantity: 7 });
    for (const extra of ["price", "status", "stayId", "totalMinor", "idempotencyKey"]) bookingCase(`extra key ${extra}`, { ...ok, [extra]: extra === "price" ? 0 : "x" });
    bookingCase("note of 10 000 characters", { ...ok, note: long });
    bookingCase("serviceSlug of 10 000 characters", { ...ok, serviceSlug: long });
    bookingCase("serviceSlug 123", { ...ok, serviceSlug: 123 });
    bookingCase("sessionId with SQL", { ...ok, sessionId: "1' OR '1'='1" });
    bookingCase("sessionId 5", { ...ok, sessionId: 5 });
    bookingCase("another service's session", { ...ok, sessionId: w.saunaSession.id }, 404, "not_found");
    bookingCase("unknown session", { ...ok, sessionId: MISSING_ID }, 404, "not_found");
    bookingCase("JSON array", "[1,2,3]", 400, "input:malformed");
    bookingCase("empty body", "", 400, "input:malformed");
    cases.push({ name: "book: no Idempotency-Key", who: g, method: "POST", url: "/api/v1/bookings", body: ok, status: 422, code: "input:invalid" });
    cases.push({ name: "book: key of 10 000 characters", who: g, method: "POST", url: "/api/v1/bookings", body: ok, headers: { "idempotency-key": long }, status: 422, code: "input:invalid" });
    await expectAllRefused(cases);
  });

  it("waiting list: quantities, extra keys, sessions and days, unknown or foreign sessions, a service without a list", async () => {
    const wait = { serviceSlug: w.boat.slug, sessionId: w.boatSession.id, quantity: 1 };
    const cases: BadCase[] = [];
    const waitCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
      cases.push({ name: `waitlist: ${name}`, who: g, method: "POST", url: "/api/v1/waitlist", body, status, code });
    for (const [name, quantity] of [['""', ""], ["0", 0], ["-1", -1], ["1e9", 1e9], ['"2"', "2"], ["true", true], ["null", null]] as const) {
      waitCase(`quantity ${name}`, { ...wait, quantity });
    }
    waitCase("extra key stayId", { ...wait, stayId: MISSING_ID });
    waitCase("extra key status", { ...wait, status: "offered" });
    waitCase("both a session and days", { ...wait, startDay: hotelDayFromToday(1), endDay: hotelDayFromToday(1) });
    waitCase("neither a session nor days", { serviceSlug: w.boat.slug, quantity: 1 });
    waitCase("days the wrong way round", { serviceSlug: w.rental.slug, startDay: hotelDayFromToday(2), endDay: hotelDayFromToday(1), quantity: 1 });
    waitCase("a day that does not exist", { serviceSlug: w.rental.slug, startDay: "2026-02-30", endDay: "2026-02-30", quantity: 1 });
    waitCase("serviceSlug of 10 000 characters", { ...wait, serviceSlug: long });
    waitCase("sessionId with SQL", { ...wait, sessionId: "'; DROP TABLE waitlist_entries; --" });
    waitCase("unknown session", { ...wait, sessionId: MISSING_ID }, 404, "not_found");
    waitCase("another service's session", { ...wait, sessionId: w.saunaSession.id }, 404, "not_found");
    waitCase("a service without a waiting list", { serviceSlug: w.crib.slug, startDay: hotelDayFromToday(1), endDay: hotelDayFromToday(1), quantity: 1 }, 422, "booking:not_bookable");
    waitCase("broken JSON", `{"serviceSlug": `, 400, "input:malformed");
    await expectAllRefused(cases);
  });

  it("ids in the path that are not uuids, carry SQL or run to 2 000 characters: 404 like a missing one", async () => {
    const cases: BadCase[] = [];
    for (const [name, id] of [["not a uuid", "not-a-uuid"], ["SQL", encodeURIComponent("' OR 1=1 --")], ["2 000 characters", "a".repeat(2000)]]) {
      cases.push({ name: `cancel: id ${name}`, who: g, method: "POST", url: `/api/v1/bookings/${id}/cancel`, status: 404, code: "not_found" });
      cases.push({ name: `read: id ${name}`, who: g, method: "GET", url: `/api/v1/bookings/${id}`, status: 404, code: "not_found" });
      cases.push({ name: `leave waitlist: id ${name}`, who: g, method: "DELETE", url: `/api/v1/waitlist/${id}`, status: 404, code: "not_found" });
      cases.push({ name: `staff status: id ${name}`, who: m, method: "POST", url: `/api/v1/staff/requests/${id}/status`, body: { action: "confirm" }, status: 404, code: "not_found" });
      cases.push({ name: `revoke token: id ${name}`, who: m, method: "DELETE", url: `/api/v1/staff/api-tokens/${id}`, status: 404, code: "not_found" });
    }
    await expectAllRefused(cases);
  });

  it("cancel, package and accept: bodies they do not take, missing or short keys, slugs with SQL or too long", async () => {
    const pkg = `/api/v1/packages/${w.packageSlug}/bookings`;
    await expectAllRefused([
      { name: "cancel: body with status", who: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: { status: "cancelled" }, status: 422, code: "input:invalid" },
      { name: "cancel: body with price", who: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: { price: 0 }, status: 422, code: "input:invalid" },
      { name: "cancel: JSON null", who: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: "null", status: 400, code: "input:malformed" },
      { name: "package: body with price", who: g, method: "POST", url: pkg, body: { price: 0 }, headers: idem(), status: 422, code: "input:invalid" },
      { name: "package: no key", who: g, method: "POST", url: pkg, status: 422, code: "input:invalid" },
      { name: "package: key too short", who: g, method: "POST", url: pkg, headers: { "idempotency-key": "short" }, status: 422, code: "input:invalid" },
      { name: "package: slug with SQL", who: g, method: "POST", url: `/api/v1/packages/${encodeURIComponent(`${w.packageSlug}'--`)}/bookings`, headers: idem(), status: 404, code: "not_found" },
      { name: "package: slug of 101 characters", who: g, method: "POST", url: `/api/v1/packages/${"f".repeat(101)}/bookings`, headers: idem(), status: 404, code: "not_found" },
      { name: "accept: no key", who: g, method: "POST", url: `/api/v1/waitlist/${MISSING_ID}/accept`, status: 422, code: "input:invalid" },
      { name: "accept: body with status", who: g, method: "POST", url: `/api/v1/waitlist/${MISSING_ID}/accept`, body: { status: "accepted" }, headers: idem(), status: 422, code: "input:invalid" },
    ]);
  });

  it("staff status: extra keys, unknown actions, SQL, a decline without a reason or with a long one, JSON null", async () => {
    const trailBefore = (await call(w.manager, "GET", `/api/v1/staff/requests/${requestId}`)).body.request;
    const cases: BadCase[] = [];
    const statusCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
      cases.push({ name: `staff status: ${name}`, who: m, method: "POST", url: `/api/v1/staff/requests/${requestId}/status`, body, status, code });
    statusCase("extra key status", { action: "confirm", status: "fulfilled" });
    statusCase("extra key stayId", { action: "confirm", stayId: MISSING_ID });
    statusCase("unknown action", { action: "explode" });
    statusCase("action with SQL", { action: "confirm'; UPDATE bookings SET status='fulfilled' --" });
    statusCase("action 1", { action: 1 });
    statusCase("no action", {});
    statusCase("decline without a reason", { action: "decline" });
    statusCase("reason of 10 000 characters", { action: "decline", reason: long });
    statusCase("reason 5", { action: "decline", reason: 5 });
    statusCase("JSON null", "null", 400, "input:malformed");
    await expectAllRefused(cases);
    const after = (await call(w.manager, "GET", `/api/v1/staff/requests/${requestId}`)).body.request;
    expect(after.status).toBe("requested");
    expect(after.trail).toEqual(trailBefore.trail);
  });

  it("API token: names empty, long or not text, extra keys, a staffId that is not a uuid or nobody's", async () => {
    const cases: BadCase[] = [];
    const tokenCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
      cases.push({ name: `token: ${name}`, who: m, method: "POST", url: "/api/v1/staff/api-tokens", body, status, code });
    tokenCase("empty name", { name: "" });
    tokenCase("name of 10 000 characters", { name: long });
    tokenCase("name 5", { name: 5 });
    tokenCase("extra key role", { name: "ok", role: "manager" });
    tokenCase("extra key tokenHash", { name: "ok", tokenHash: "0".repeat(64) });
    tokenCase("staffId not a uuid", { name: "ok", staffId: "1 OR 1=1" });
    tokenCase("unknown staffId", { name: "ok", staffId: MISSING_ID }, 404, "not_found");
    const listed = JSON.stringify((await call(w.manager, "GET", "/api/v1/staff/api-tokens")).body);
    await expectAllRefused(cases);
    expect(JSON.stringify((await call(w.manager, "GET", "/api/v1/staff/api-tokens")).body)).toBe(listed);
  });
});

// ---------------------------------------------------------------------------------------------------------
// §17: sort and filter parameters with quotes or SQL.
// ---------------------------------------------------------------------------------------------------------

describe("query parameters with quotes or SQL → 422 only; the queue still answers the same (docs/reliability.md §17)", () => {
  it("the staff queue: every hostile filter, sort or paging parameter is 422 input:invalid, and the queue is unchanged", async () => {
    const queue = `/api/v1/staff/requests?status=requested,confirmed,in_progress,declined&limit=100&search=${w.tanakaSurname}`;
    const before = await call(w.manager, "GET", queue);
    expectStatus(before, 200, "queue");
    expect(before.body.requests.length, "Tanaka has an open request").toBeGreaterThan(0);
    const hostile = [
      "status=requested' OR '1'='1",
      "status=requested;DROP TABLE bookings",
      "status=requested,confirmed--",
      "status=",
      "status=" + "requested,".repeat(30),
      "limit=10; DROP TABLE bookings",
      "limit=101",
      "limit=0",
      "limit=-1",
      "limit=1e2",
      "limit=%2010",
      "offset=abc",
      "offset=-5",
      "departmentId=1 OR 1=1",
      "day=2026-01-01' OR '1'='1",
      "day=2026-13-45",
      "search=' OR '1'='1",
      "search=%25",
      "search=x\"; DELETE FROM bookings; --",
      "search=" + "a".repeat(51),
      "sort=created_at desc; DROP TABLE bookings",
      "order=id",
      "status=requested&status=confirmed",
    ];
    const snap = await snapshot();
    for (const q of hostile) {
      expectProblem(await call(w.manager, "GET", `/api/v1/staff/requests?${q.replace(/ /g, "%20").replace(/#/g, "%23")}`), 422, "input:invalid", q);
    }
    const after = await call(w.manager, "GET", queue);
    const ids = (answer: Answer) => answer.body.requests.map((r: { id: string; status: string }) => `${r.id} ${r.status}`);
    expect(ids(after)).toEqual(ids(before));
    expect(await snapshot()).toBe(snap);
  });

  it("a guest's availability and bookings: quotes, words and unknown parameters are 422 input:invalid", async () => {
    for (const q of ["day=2026-01-01' OR '1'='1", "day=today", "day=2026-01-01&sort=price"]) {
      expectProblem(await call(w.garcia, "GET", `/api/v1/services/${w.boat.slug}/availability?${q.replace(/ /g, "%20")}`), 422, "input:invalid", `availability ${q}`);
    }
    expectProblem(await call(w.garcia, "GET", "/api/v1/bookings?sort=totalMinor"), 422, "input:invalid", "bookings with a sort");
  });

  it("a real surname with an apostrophe is just text", async () => {
    const apostrophe = await call(w.manager, "GET", `/api/v1/staff/requests?search=${encodeURIComponent("O'Brien")}`);
    expectStatus(apostrophe, 200, "search O'Brien");
    expect(apostrophe.body.requests).toEqual([]);
  });
});
