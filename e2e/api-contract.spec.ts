// REST API v1 end to end, with Playwright's request API only: the contract — the access matrix from the OpenAPI
// document, bad input (docs/reliability.md §11, §12, §16, §17) and the document itself.
import { expect, test } from "./fixtures/test";
import {
  type Answer,
  apiRoutesOnDisk,
  book,
  call,
  createToken,
  expectProblem,
  expectStatus,
  guestState,
  key,
  MISSING_ID,
  pickSession,
  sessionNow,
  withToken,
} from "./fixtures/api-client";
import { signedInDemo, type Ctx } from "./fixtures/api-demo";
import { hotelDayFromToday } from "./fixtures/guest-api";

const api = signedInDemo();

type DocOperation = { operationId: string; security: Record<string, string[]>[]; "x-staff-roles"?: string[] };

async function documentedOperations(): Promise<{ method: string; path: string; url: string; op: DocOperation }[]> {
  const { novak } = api;
  const doc = await call(novak, "GET", "/api/v1/openapi.json");
  expectStatus(doc, 200, "openapi.json");
  return Object.entries(doc.body.paths as Record<string, Record<string, DocOperation>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      url: path.replace("{id}", MISSING_ID).replace("{slug}", "boating") + (path.endsWith("/availability") ? `?day=${hotelDayFromToday(1)}` : ""),
      op,
    })),
  );
}

// docs/reliability.md §11, for the REST API: the matrix comes from the OpenAPI document, so a new endpoint is checked as soon as it exists.
test("every documented operation: anonymous → 401, wrong kind or role → 403, nothing changes", async ({ playwright }) => {
  const { novak, manager, reception, activities, base } = api;
  const operations = await documentedOperations();
  expect(operations.length).toBeGreaterThanOrEqual(19);
  const { id: tokenId, token } = await createToken(manager, "access matrix");
  const bearer = await withToken(playwright.request, base, token);
  const anonymous = await playwright.request.newContext({ baseURL: base });
  api.extraContexts.push(bearer, anonymous);
  const novakBefore = await guestState(novak);
  const tokensBefore = (await call(manager, "GET", "/api/v1/staff/api-tokens")).body.tokens.length;

  const seen: string[] = [];
  for (const { method, path, url, op } of operations) {
    const what = `${method} ${path}`;
    const opts = method === "GET" ? {} : { body: {}, headers: { "idempotency-key": key("matrix") } };
    if (op.security.length === 0) {
      expect(op.operationId, `${what} is public`).toBe("getOpenApiDocument");
      continue;
    }
    expectProblem(await call(anonymous, method, url, opts), 401, "auth:unauthenticated", `${what} anonymous`);
    // docs/reliability.md §12: the lock is in the route, so the header that once skipped middleware changes nothing.
    const sneaky = { ...opts, headers: { ...opts.headers, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } };
    expectProblem(await call(anonymous, method, url, sneaky), 401, "auth:unauthenticated", `${what} anonymous with x-middleware-subrequest`);
    const roles = op["x-staff-roles"];
    const tokenAllowed = op.security.some((s) => "bearer" in s);
    if (roles) {
      expectProblem(await call(novak, method, url, opts), 403, "auth:forbidden", `${what} as a guest`);
      if (!roles.includes("reception")) expectProblem(await call(reception, method, url, opts), 403, "auth:forbidden", `${what} as reception`);
      if (!roles.includes("department")) expectProblem(await call(activities, method, url, opts), 403, "auth:forbidden", `${what} as department`);
      if (!tokenAllowed) expectProblem(await call(bearer, method, url, opts), 403, "auth:forbidden", `${what} with a token`);
    } else if (!tokenAllowed) {
      // Guest-only: staff, by cookie or token, are known but not allowed.
      expectProblem(await call(manager, method, url, opts), 403, "auth:forbidden", `${what} as staff`);
      expectProblem(await call(bearer, method, url, opts), 403, "auth:forbidden", `${what} with a token`);
    } else {
      // Guests and staff both: a token is accepted.
      expect((await call(bearer, method, url, opts)).status, `${what} with a token`).toBeLessThan(400);
    }
    seen.push(what);
  }
  console.log(`[api access] ${seen.length} protected operations checked: ${seen.join("; ")}`);
  expect(await guestState(novak)).toBe(novakBefore);
  expect((await call(manager, "GET", "/api/v1/staff/api-tokens")).body.tokens).toHaveLength(tokensBefore);
  expectStatus(await call(manager, "DELETE", `/api/v1/staff/api-tokens/${tokenId}`), 204, "revoke");
});

type BadCase = { name: string; ctx: () => Ctx; method: string; url: string; body?: unknown; headers?: Record<string, string>; status: number; code: string };

// docs/reliability.md §16: extra keys, silly quantities, long strings, bad ids and wrong types → 4xx problem+json, never 5xx, never a write.
test("bad input on every writing endpoint → 4xx problem+json with a code, never 5xx, nothing written", async () => {
  const { garcia, tanaka, manager } = api;
  const boat = await pickSession(garcia, "boating", 1);
  const sauna = await pickSession(tanaka, "sauna", 1);
  const ride = await pickSession(tanaka, "horse-riding", 1);
  const request = await book(tanaka, { serviceSlug: "horse-riding", sessionId: ride.id, quantity: 1 });
  expectStatus(request, 201, "a request for staff");
  const requestId = request.body.booking.bookingId;
  const own = await book(garcia, { serviceSlug: "boating", sessionId: boat.id, quantity: 1 });
  expectStatus(own, 201, "Garcia's own booking");
  const ownId = own.body.booking.bookingId;

  const ok = { serviceSlug: "boating", sessionId: boat.id, quantity: 1 };
  const wait = { serviceSlug: "boating", sessionId: boat.id, quantity: 1 };
  const long = "x".repeat(10_000);
  const idem = () => ({ "idempotency-key": key("bad") });
  const g = () => garcia;
  const m = () => manager;
  const cases: BadCase[] = [];
  const bookingCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
    cases.push({ name: `book: ${name}`, ctx: g, method: "POST", url: "/api/v1/bookings", body, headers: idem(), status, code });
  for (const [name, quantity] of [['""', ""], ["0", 0], ["-1", -1], ["1e9", 1e9], ['"NaN"', "NaN"], ["1.5", 1.5], ["true", true], ["[1]", [1]], ["{}", {}], ["null", null], ['"abc"', "abc"]] as const) {
    bookingCase(`quantity ${name}`, { ...ok, quantity });
  }
  bookingCase("quantity NaN (not JSON)", `{"serviceSlug":"boating","sessionId":"${boat.id}","quantity":NaN}`, 400, "input:malformed");
  bookingCase("quantity 7 (over 6 per booking)", { ...ok, quantity: 7 });
  for (const extra of ["price", "status", "stayId", "totalMinor", "idempotencyKey"]) bookingCase(`extra key ${extra}`, { ...ok, [extra]: extra === "price" ? 0 : "x" });
  bookingCase("note of 10 000 characters", { ...ok, note: long });
  bookingCase("serviceSlug of 10 000 characters", { ...ok, serviceSlug: long });
  bookingCase("serviceSlug 123", { ...ok, serviceSlug: 123 });
  bookingCase("sessionId with SQL", { ...ok, sessionId: "1' OR '1'='1" });
  bookingCase("sessionId 5", { ...ok, sessionId: 5 });
  bookingCase("another service's session", { ...ok, serviceSlug: "boating", sessionId: sauna.id }, 404, "not_found");
  bookingCase("unknown session", { ...ok, sessionId: MISSING_ID }, 404, "not_found");
  bookingCase("JSON array", "[1,2,3]", 400, "input:malformed");
  bookingCase("empty body", "", 400, "input:malformed");
  cases.push({ name: "book: no Idempotency-Key", ctx: g, method: "POST", url: "/api/v1/bookings", body: ok, status: 422, code: "input:invalid" });
  cases.push({ name: "book: key of 10 000 characters", ctx: g, method: "POST", url: "/api/v1/bookings", body: ok, headers: { "idempotency-key": long }, status: 422, code: "input:invalid" });

  const waitCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
    cases.push({ name: `waitlist: ${name}`, ctx: g, method: "POST", url: "/api/v1/waitlist", body, status, code });
  for (const [name, quantity] of [['""', ""], ["0", 0], ["-1", -1], ["1e9", 1e9], ['"2"', "2"], ["true", true], ["null", null]] as const) {
    waitCase(`quantity ${name}`, { ...wait, quantity });
  }
  waitCase("extra key stayId", { ...wait, stayId: MISSING_ID });
  waitCase("extra key status", { ...wait, status: "offered" });
  waitCase("both a session and days", { ...wait, startDay: hotelDayFromToday(1), endDay: hotelDayFromToday(1) });
  waitCase("neither a session nor days", { serviceSlug: "boating", quantity: 1 });
  waitCase("days the wrong way round", { serviceSlug: "equipment-rental", startDay: hotelDayFromToday(2), endDay: hotelDayFromToday(1), quantity: 1 });
  waitCase("a day that does not exist", { serviceSlug: "equipment-rental", startDay: "2026-02-30", endDay: "2026-02-30", quantity: 1 });
  waitCase("serviceSlug of 10 000 characters", { ...wait, serviceSlug: long });
  waitCase("sessionId with SQL", { ...wait, sessionId: "'; DROP TABLE waitlist_entries; --" });
  waitCase("unknown session", { ...wait, sessionId: MISSING_ID }, 404, "not_found");
  waitCase("another service's session", { ...wait, sessionId: sauna.id }, 404, "not_found");
  waitCase("a service without a waiting list", { serviceSlug: "crib", startDay: hotelDayFromToday(1), endDay: hotelDayFromToday(1), quantity: 1 }, 422, "booking:not_bookable");
  waitCase("broken JSON", '{"serviceSlug": ', 400, "input:malformed");

  for (const [name, id] of [["not a uuid", "not-a-uuid"], ["SQL", encodeURIComponent("' OR 1=1 --")], ["2 000 characters", "a".repeat(2000)]]) {
    cases.push({ name: `cancel: id ${name}`, ctx: g, method: "POST", url: `/api/v1/bookings/${id}/cancel`, status: 404, code: "not_found" });
    cases.push({ name: `read: id ${name}`, ctx: g, method: "GET", url: `/api/v1/bookings/${id}`, status: 404, code: "not_found" });
    cases.push({ name: `leave waitlist: id ${name}`, ctx: g, method: "DELETE", url: `/api/v1/waitlist/${id}`, status: 404, code: "not_found" });
    cases.push({ name: `staff status: id ${name}`, ctx: m, method: "POST", url: `/api/v1/staff/requests/${id}/status`, body: { action: "confirm" }, status: 404, code: "not_found" });
    cases.push({ name: `revoke token: id ${name}`, ctx: m, method: "DELETE", url: `/api/v1/staff/api-tokens/${id}`, status: 404, code: "not_found" });
  }
  cases.push({ name: "cancel: body with status", ctx: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: { status: "cancelled" }, status: 422, code: "input:invalid" });
  cases.push({ name: "cancel: body with price", ctx: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: { price: 0 }, status: 422, code: "input:invalid" });
  cases.push({ name: "cancel: JSON null", ctx: g, method: "POST", url: `/api/v1/bookings/${ownId}/cancel`, body: "null", status: 400, code: "input:malformed" });
  cases.push({ name: "package: body with price", ctx: g, method: "POST", url: "/api/v1/packages/family/bookings", body: { price: 0 }, headers: idem(), status: 422, code: "input:invalid" });
  cases.push({ name: "package: no key", ctx: g, method: "POST", url: "/api/v1/packages/family/bookings", status: 422, code: "input:invalid" });
  cases.push({ name: "package: key too short", ctx: g, method: "POST", url: "/api/v1/packages/family/bookings", headers: { "idempotency-key": "short" }, status: 422, code: "input:invalid" });
  cases.push({ name: "package: slug with SQL", ctx: g, method: "POST", url: `/api/v1/packages/${encodeURIComponent("family'--")}/bookings`, headers: idem(), status: 404, code: "not_found" });
  cases.push({ name: "package: slug of 101 characters", ctx: g, method: "POST", url: `/api/v1/packages/${"f".repeat(101)}/bookings`, headers: idem(), status: 404, code: "not_found" });
  cases.push({ name: "accept: no key", ctx: g, method: "POST", url: `/api/v1/waitlist/${MISSING_ID}/accept`, status: 422, code: "input:invalid" });
  cases.push({ name: "accept: body with status", ctx: g, method: "POST", url: `/api/v1/waitlist/${MISSING_ID}/accept`, body: { status: "accepted" }, headers: idem(), status: 422, code: "input:invalid" });

  const statusCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
    cases.push({ name: `staff status: ${name}`, ctx: m, method: "POST", url: `/api/v1/staff/requests/${requestId}/status`, body, status, code });
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

  const tokenCase = (name: string, body: unknown, status = 422, code = "input:invalid") =>
    cases.push({ name: `token: ${name}`, ctx: m, method: "POST", url: "/api/v1/staff/api-tokens", body, status, code });
  tokenCase("empty name", { name: "" });
  tokenCase("name of 10 000 characters", { name: long });
  tokenCase("name 5", { name: 5 });
  tokenCase("extra key role", { name: "ok", role: "manager" });
  tokenCase("extra key tokenHash", { name: "ok", tokenHash: "0".repeat(64) });
  tokenCase("staffId not a uuid", { name: "ok", staffId: "1 OR 1=1" });
  tokenCase("unknown staffId", { name: "ok", staffId: MISSING_ID }, 404, "not_found");

  const garciaBefore = await guestState(garcia);
  const tokensBefore = JSON.stringify((await call(manager, "GET", "/api/v1/staff/api-tokens")).body);
  const requestBefore = (await call(manager, "GET", `/api/v1/staff/requests/${requestId}`)).body.request;

  const outcomes: Answer[] = [];
  for (const c of cases) outcomes.push(await call(c.ctx(), c.method, c.url, { body: c.body, headers: c.headers }));
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(`${o.status} ${o.body?.code}`, (counts.get(`${o.status} ${o.body?.code}`) ?? 0) + 1);
  console.log(`[reliability 16, API] ${cases.length} bad requests → ${[...counts].map(([k, n]) => `${n} × ${k}`).join(", ")}`);
  for (const [i, c] of cases.entries()) {
    expect(outcomes[i].status, `${c.name}: never a 5xx`).toBeLessThan(500);
    expectProblem(outcomes[i], c.status, c.code, c.name);
  }

  expect(await guestState(garcia)).toBe(garciaBefore);
  expect(JSON.stringify((await call(manager, "GET", "/api/v1/staff/api-tokens")).body)).toBe(tokensBefore);
  const requestAfter = (await call(manager, "GET", `/api/v1/staff/requests/${requestId}`)).body.request;
  expect(requestAfter.status).toBe("requested");
  expect(requestAfter.trail).toEqual(requestBefore.trail);
  expect((await sessionNow(garcia, "boating", boat)).booked).toBe(1);
  expect((await sessionNow(tanaka, "sauna", sauna)).booked).toBe(0);
});

// docs/reliability.md §17: sort and filter parameters with quotes or SQL are a validation error, nothing else.
test("query parameters with quotes or SQL → 422 only; the queue still answers the same", async () => {
  const { garcia, manager } = api;
  // The queue as far as Tanaka's requests go: only this file books for him (serially), while other specs running beside
  // it add, answer and cancel requests of the rest of the hotel.
  const queue = "/api/v1/staff/requests?status=requested,confirmed,in_progress,declined&limit=100&search=Tanaka";
  const before = await call(manager, "GET", queue);
  expectStatus(before, 200, "queue");
  expect(before.body.requests.length, "Tanaka has open requests (the demo's late transfer, at least)").toBeGreaterThan(0);
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
  const outcomes: string[] = [];
  for (const q of hostile) {
    const answer = await call(manager, "GET", `/api/v1/staff/requests?${q.replace(/ /g, "%20").replace(/#/g, "%23")}`);
    expectProblem(answer, 422, "input:invalid", q);
    outcomes.push(answer.status + " " + answer.body.code);
  }
  for (const q of ["day=2026-01-01' OR '1'='1", "day=today", "day=2026-01-01&sort=price"]) {
    expectProblem(await call(garcia, "GET", `/api/v1/services/boating/availability?${q.replace(/ /g, "%20")}`), 422, "input:invalid", `availability ${q}`);
  }
  expectProblem(await call(garcia, "GET", "/api/v1/bookings?sort=totalMinor"), 422, "input:invalid", "bookings with a sort");
  // A real surname with an apostrophe is just text.
  const apostrophe = await call(manager, "GET", `/api/v1/staff/requests?search=${encodeURIComponent("O'Brien")}`);
  expectStatus(apostrophe, 200, "search O'Brien");
  expect(apostrophe.body.requests).toEqual([]);
  const after = await call(manager, "GET", queue);
  console.log(`[reliability 17, API] ${hostile.length} hostile queue queries → all ${[...new Set(outcomes)].join(", ")}`);
  expect(after.body.requests.length).toBeGreaterThanOrEqual(before.body.requests.length);
  expect(after.body.requests.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(before.body.requests.map((r: { id: string }) => r.id)));
});

test("openapi.json: OpenAPI 3.1, every route file on disk documented, security schemes and problem schema", async ({ playwright }) => {
  const { novak, base } = api;
  const answer = await call(novak, "GET", "/api/v1/openapi.json");
  expectStatus(answer, 200, "openapi.json");
  expect(answer.contentType).toContain("application/json");
  const doc = answer.body;
  expect(typeof doc, "valid JSON").toBe("object");
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual(apiRoutesOnDisk());
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
  expect(doc.components.schemas.Problem.properties.code.enum).toContain("booking:full");
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      expect(op.operationId, `${method} ${path}`).toBeTruthy();
      expect(Object.keys(op.responses).some((s) => s.startsWith("2")), `${method} ${path} documents a success`).toBe(true);
      if (op.security.length) expect(op.responses["401"], `${method} ${path} documents 401`).toBeTruthy();
    }
  }
  // The document is the one the routes validate with: the booking body is strict.
  expect(doc.paths["/api/v1/bookings"].post.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
  // Without a session it is public too.
  const anonymous = await playwright.request.newContext({ baseURL: base });
  expectStatus(await call(anonymous, "GET", "/api/v1/openapi.json"), 200, "anonymous openapi.json");
  await anonymous.dispose();
});
