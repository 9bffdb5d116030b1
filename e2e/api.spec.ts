// REST API v1 end to end, with Playwright's request API only: the guest flow, ownership (404 like a missing id), staff
// Bearer tokens, the access matrix from the OpenAPI document, bad input (docs/reliability.md §16, §17, §19) and the document itself.
import { expect, test, type APIRequestContext } from "./fixtures/test";
import {
  apiRoutesOnDisk,
  book,
  call,
  createToken,
  dueTimeWithinADay,
  expectProblem,
  expectStatus,
  guestState,
  key,
  MISSING_ID,
  pickSession,
  sessionNow,
  sessionsOn,
  signIn,
  withToken,
  type Answer,
} from "./fixtures/api-client";
import { hotelDayFromToday } from "./fixtures/guest-api";

const GUESTS = {
  garcia: { code: "FAM-1001", surname: "Garcia" }, // day -1 … +6, children 1 and 7
  novak: { code: "CPL-2002", surname: "Novak" }, // day 0 … +4, two adults
  tanaka: { code: "VIP-3003", surname: "Tanaka" }, // day -2 … +5, one adult
  okafor: { code: "GRP-4004", surname: "Okafor" }, // day 0 … +3, eight adults and two teenagers
  kowalski: { code: "BIG-5005", surname: "Kowalski" }, // day 0 … +5
};

type Ctx = APIRequestContext;
let base: string;
let garcia: Ctx, novak: Ctx, tanaka: Ctx, okafor: Ctx, kowalski: Ctx;
let manager: Ctx, reception: Ctx, activities: Ctx, stables: Ctx;
const extraContexts: Ctx[] = [];

test.beforeAll(async ({ playwright }, info) => {
  base = info.project.use.baseURL!;
  const f = playwright.request;
  [garcia, novak, tanaka, okafor, kowalski] = await Promise.all(Object.values(GUESTS).map((g) => signIn(f, base, g)));
  [manager, reception, activities, stables] = await Promise.all(
    ["manager", "reception", "activities", "stables"].map((name) => signIn(f, base, { email: `${name}@demo.hotel` })),
  );
});

test.afterAll(async () => {
  await Promise.all([garcia, novak, tanaka, okafor, kowalski, manager, reception, activities, stables, ...extraContexts].map((c) => c?.dispose()));
});

test("guest flow: catalogue → availability → book (idempotent) → read → cancel", async () => {
  const catalogue = await call(novak, "GET", "/api/v1/catalogue");
  expectStatus(catalogue, 200, "catalogue");
  expect(catalogue.body.currency).toBe("EUR");
  expect(catalogue.body.packages.map((p: { slug: string }) => p.slug)).toEqual(["family", "outdoor", "nature"]);
  const nature = catalogue.body.packages.find((p: { slug: string }) => p.slug === "nature");
  const boatingItem = nature.items.find((i: { slug: string }) => i.slug === "boating");
  expect(boatingItem).toEqual({
    slug: "boating",
    // Every catalogue text comes in all six languages.
    name: expect.objectContaining({ en: "Boating", hu: expect.any(String), th: expect.any(String) }),
    description: expect.objectContaining({ en: expect.any(String), tl: expect.any(String) }),
    mode: "timed",
    priceMinor: 1500,
    priceUnit: "per_person",
    complimentary: false,
    durationMinutes: 90,
  });
  // Only what the contract documents leaves the server: no internal ids or costs.
  expect(Object.keys(nature)).not.toContain("id");

  const session = await pickSession(novak, "boating", 2);
  const idempotencyKey = key("flow");
  const created = await book(novak, { serviceSlug: "boating", sessionId: session.id, quantity: 2 }, idempotencyKey);
  expectStatus(created, 201, "book");
  expect(created.body.booking).toMatchObject({ status: "confirmed", totalMinor: 3000, replayed: false });
  const id = created.body.booking.bookingId;
  const replay = await book(novak, { serviceSlug: "boating", sessionId: session.id, quantity: 2 }, idempotencyKey);
  expectStatus(replay, 200, "same key again");
  expect(replay.body.booking).toMatchObject({ bookingId: id, replayed: true });
  expect((await sessionNow(novak, "boating", session)).booked).toBe(2);

  const read = await call(novak, "GET", `/api/v1/bookings/${id}`);
  expectStatus(read, 200, "read");
  expect(read.body.booking).toMatchObject({ id, status: "confirmed", quantity: 2, serviceSlug: "boating", mode: "timed", totalMinor: 3000 });
  expect(Date.parse(read.body.booking.scheduledAt)).toBe(Date.parse(session.startsAt));
  const list = await call(novak, "GET", "/api/v1/bookings");
  expect(list.body.bookings.map((b: { id: string }) => b.id)).toContain(id);

  const cancelled = await call(novak, "POST", `/api/v1/bookings/${id}/cancel`);
  expectStatus(cancelled, 200, "cancel");
  expect(cancelled.body).toEqual({ booking: { id, status: "cancelled" } });
  expect((await call(novak, "GET", `/api/v1/bookings/${id}`)).body.booking.status).toBe("cancelled");
  expect((await sessionNow(novak, "boating", session)).booked).toBe(0);
  expectProblem(await call(novak, "POST", `/api/v1/bookings/${id}/cancel`), 409, "booking:conflict", "cancel twice");
});

test("cancelling after the cutoff → 409 booking:too_late, booking kept", async () => {
  // A transfer may be cancelled online until 24 hours before it and booked from 12 hours ahead: one due in 13–23 hours is past its cutoff.
  const created = await book(novak, { serviceSlug: "transfer", dueAt: dueTimeWithinADay(), quantity: 1 });
  expectStatus(created, 201, "ask for a transfer within a day");
  const id = created.body.booking.bookingId;
  expectProblem(await call(novak, "POST", `/api/v1/bookings/${id}/cancel`), 409, "booking:too_late", "cancel after cutoff");
  expect((await call(novak, "GET", `/api/v1/bookings/${id}`)).body.booking.status).toBe("requested");
});

test("another guest's booking or waiting-list id answers 404 exactly like a missing one, and nothing changes", async () => {
  // Babysitting has two places a session: Garcia's two adults fill one, then Garcia queues for it.
  const session = await pickSession(garcia, "babysitting", 2);
  const created = await book(garcia, { serviceSlug: "babysitting", sessionId: session.id, quantity: 2 });
  expectStatus(created, 201, "Garcia books");
  const id = created.body.booking.bookingId;
  const joined = await call(garcia, "POST", "/api/v1/waitlist", { body: { serviceSlug: "babysitting", sessionId: session.id, quantity: 1 } });
  expectStatus(joined, 201, "Garcia joins a waiting list");
  const entryId = joined.body.entry.id;
  const garciaBefore = await guestState(garcia);
  const novakBefore = await guestState(novak);

  const pairs: [string, string, Record<string, string>?][] = [
    ["GET", `/api/v1/bookings/{id}`],
    ["POST", `/api/v1/bookings/{id}/cancel`],
    ["POST", `/api/v1/waitlist/{id}/accept`, { "idempotency-key": key("steal") }],
    ["DELETE", `/api/v1/waitlist/{id}`],
  ];
  for (const [method, template, headers] of pairs) {
    const foreignId = template.includes("waitlist") ? entryId : id;
    const foreign = await call(novak, method, template.replace("{id}", foreignId), { headers });
    const missing = await call(novak, method, template.replace("{id}", MISSING_ID), { headers });
    expectProblem(foreign, 404, "not_found", `${method} ${template} with Garcia's id`);
    expect(foreign.body, `${method} ${template}: same answer as a missing id`).toEqual(missing.body);
  }
  expect(await guestState(garcia)).toBe(garciaBefore);
  expect(await guestState(novak)).toBe(novakBefore);
  expect((await sessionNow(garcia, "babysitting", session)).booked).toBe(2);

  // Garcia herself can read it and leave her list.
  expectStatus(await call(garcia, "GET", `/api/v1/bookings/${id}`), 200, "owner reads");
  expectStatus(await call(garcia, "DELETE", `/api/v1/waitlist/${entryId}`), 204, "owner leaves the list");
  const entries = (await call(garcia, "GET", "/api/v1/waitlist")).body.entries;
  expect(entries.find((e: { id: string }) => e.id === entryId).status).toBe("cancelled");
});

test("full session → 409; waiting list → offer → accepted once per Idempotency-Key", async () => {
  const session = await pickSession(okafor, "horse-riding", 6);
  const group = await book(okafor, { serviceSlug: "horse-riding", sessionId: session.id, quantity: 6 });
  expectStatus(group, 201, "group takes every place");
  expectProblem(await book(tanaka, { serviceSlug: "horse-riding", sessionId: session.id, quantity: 1 }), 409, "booking:full", "one more");

  const joined = await call(tanaka, "POST", "/api/v1/waitlist", { body: { serviceSlug: "horse-riding", sessionId: session.id, quantity: 1 } });
  expectStatus(joined, 201, "join the waiting list");
  const entryId = joined.body.entry.id;
  expectProblem(
    await call(tanaka, "POST", `/api/v1/waitlist/${entryId}/accept`, { headers: { "idempotency-key": key("early") } }),
    409,
    "booking:conflict",
    "accept before any offer",
  );

  expectStatus(await call(okafor, "POST", `/api/v1/bookings/${group.body.booking.bookingId}/cancel`), 200, "group cancels");
  const offered = (await call(tanaka, "GET", "/api/v1/waitlist")).body.entries.find((e: { id: string }) => e.id === entryId);
  expect(offered).toMatchObject({ status: "offered", sessionId: session.id, serviceSlug: "horse-riding" });
  expect(Date.parse(offered.offeredUntil)).toBeGreaterThan(Date.now());

  const acceptKey = key("accept");
  const accepted = await call(tanaka, "POST", `/api/v1/waitlist/${entryId}/accept`, { headers: { "idempotency-key": acceptKey } });
  expectStatus(accepted, 201, "accept the offer");
  expect(accepted.body.booking).toMatchObject({ status: "requested", replayed: false });
  const again = await call(tanaka, "POST", `/api/v1/waitlist/${entryId}/accept`, { headers: { "idempotency-key": acceptKey } });
  expectStatus(again, 200, "same key again");
  expect(again.body.booking).toMatchObject({ bookingId: accepted.body.booking.bookingId, replayed: true });
  expect((await sessionNow(tanaka, "horse-riding", session)).booked).toBe(1);
});

test("a whole package: every item that needs a choice named at once, then booked with the choices, once per Idempotency-Key", async () => {
  // Without choices nothing is booked for the guest at a time they did not pick: one 422 names every item that needs one.
  const asked = await call(kowalski, "POST", "/api/v1/packages/family/bookings", { headers: { "idempotency-key": key("bundle-none") } });
  expectProblem(asked, 422, "input:invalid", "family package without choices");
  const needs = Object.keys(asked.body.errors);
  expect(needs).toContain("items.stroller-rental.startDay");
  expect(needs).toContain("items.babysitting.sessionId");
  const items: Record<string, { sessionId?: string; startDay?: string; endDay?: string }> = {};
  const rentals: string[] = [];
  for (const field of needs) {
    const [, slug, what] = /^items\.([^.]+)\.(sessionId|startDay)$/.exec(field)!;
    // Days 1–4 of Kowalski's stay (0 … +5): the organised excursion runs Tuesday, Thursday and Saturday at 09:30, booked
    // 12 hours ahead, so on a Friday after 20:30 hotel time days 1–3 had none left. This file runs after the others
    // (project "exclusive"), whose packages may have booked that one session already: then any with room for the family
    // of five will do — the test is about the package, not about the session's count.
    const session = () => pickSession(kowalski, slug, 1, [1, 2, 3, 4]).catch(() => pickSession(kowalski, slug, 5, [1, 2, 3, 4], false));
    if (what === "startDay") rentals.push(slug);
    else items[slug] = { sessionId: (await session()).id };
  }
  // A rental's stock is the hotel's, shared by the whole run (three strollers a day, and the other specs' packages take
  // the first days'): the first of days 1–4 with one left. A package refused as full books nothing, so trying is safe.
  const bookOn = async (offset: number) => {
    for (const slug of rentals) items[slug] = { startDay: hotelDayFromToday(offset), endDay: hotelDayFromToday(offset) };
    const bundleKey = key("bundle");
    const answer = await call(kowalski, "POST", "/api/v1/packages/family/bookings", { headers: { "idempotency-key": bundleKey }, body: { items } });
    return { bundleKey, answer, rentalFull: answer.status === 409 && rentals.some((slug) => `items.${slug}` in (answer.body.errors ?? {})) };
  };
  let attempt = await bookOn(1);
  for (const offset of [2, 3, 4]) if (attempt.rentalFull) attempt = await bookOn(offset);
  const { bundleKey, answer: first } = attempt;
  expectStatus(first, 201, "book the family package");
  expect(first.body.bundle.bookingIds.length).toBeGreaterThan(1);
  expect(first.body.bundle.savingMinor).toBeGreaterThanOrEqual(0);
  const again = await call(kowalski, "POST", "/api/v1/packages/family/bookings", { headers: { "idempotency-key": bundleKey }, body: { items } });
  expectStatus(again, 200, "same key again");
  expect(again.body.bundle).toMatchObject({ bundleId: first.body.bundle.bundleId, replayed: true, totalMinor: first.body.bundle.totalMinor });
  expect(again.body.bundle.bookingIds.sort()).toEqual(first.body.bundle.bookingIds.sort());
  expectProblem(
    await call(kowalski, "POST", "/api/v1/packages/no-such-package/bookings", { headers: { "idempotency-key": key("nope") } }),
    404,
    "not_found",
    "unknown package",
  );
});

test("staff Bearer token: made by the manager, lists and moves requests, refused once revoked", async ({ playwright }) => {
  const session = await pickSession(tanaka, "horse-riding", 1);
  const booked = await book(tanaka, { serviceSlug: "horse-riding", sessionId: session.id, quantity: 1 });
  expectStatus(booked, 201, "Tanaka asks for a ride");
  const requestId = booked.body.booking.bookingId;
  expect(booked.body.booking.status).toBe("requested");

  const made = await call(manager, "POST", "/api/v1/staff/api-tokens", { body: { name: "e2e integration" } });
  expectStatus(made, 201, "manager makes a token");
  const { id: tokenId, token } = made.body.token;
  expect(token).toMatch(/^gs_[A-Za-z0-9_-]{43}$/);
  expect(made.body.token).toMatchObject({ name: "e2e integration", staffName: "Maria Manager" });
  const listed = await call(manager, "GET", "/api/v1/staff/api-tokens");
  expectStatus(listed, 200, "list tokens");
  expect(JSON.stringify(listed.body)).not.toContain(token.slice(3));
  expect(listed.body.tokens.find((t: { id: string }) => t.id === tokenId)).toMatchObject({ lastUsedAt: null, revokedAt: null });

  const bearer = await withToken(playwright.request, base, token);
  extraContexts.push(bearer);
  const queue = await call(bearer, "GET", "/api/v1/staff/requests?status=requested,confirmed&limit=100");
  expectStatus(queue, 200, "queue by token");
  expect(queue.body.requests.find((r: { id: string }) => r.id === requestId)).toMatchObject({ status: "requested", guestName: "Hiroshi Tanaka" });
  const one = await call(bearer, "GET", `/api/v1/staff/requests/${requestId}`);
  expectStatus(one, 200, "one request by token");
  expect(one.body.request.actions).toContain("confirm");
  // A leaked integration token must not hand out guests' sign-in codes.
  expect(Object.keys(one.body.request)).not.toContain("reservationCode");

  const confirmed = await call(bearer, "POST", `/api/v1/staff/requests/${requestId}/status`, { body: { action: "confirm" } });
  expectStatus(confirmed, 200, "confirm by token");
  expect(confirmed.body).toEqual({ request: { id: requestId, status: "confirmed" } });
  expectProblem(
    await call(bearer, "POST", `/api/v1/staff/requests/${requestId}/status`, { body: { action: "confirm" } }),
    409,
    "booking:conflict",
    "confirm twice",
  );
  expect((await call(tanaka, "GET", `/api/v1/bookings/${requestId}`)).body.booking.status).toBe("confirmed");
  const trail = (await call(bearer, "GET", `/api/v1/staff/requests/${requestId}`)).body.request.trail;
  expect(trail).toContainEqual(expect.objectContaining({ type: "event", actorKind: "staff", actorName: "Maria Manager", toStatus: "confirmed" }));

  // A token needs no same-origin check (no browser attaches it); the cookie does.
  const evil = { origin: "https://evil.example" };
  expectProblem(
    await call(manager, "POST", `/api/v1/staff/requests/${requestId}/status`, { body: { action: "start" }, headers: evil }),
    403,
    "auth:forbidden",
    "cookie from a foreign origin",
  );
  expectStatus(await call(bearer, "POST", `/api/v1/staff/requests/${requestId}/status`, { body: { action: "start" }, headers: evil }), 200, "token from anywhere");

  // A token cannot mint, list or revoke tokens, nor act as a guest.
  expectProblem(await call(bearer, "GET", "/api/v1/staff/api-tokens"), 403, "auth:forbidden", "token lists tokens");
  expectProblem(await call(bearer, "POST", "/api/v1/staff/api-tokens", { body: { name: "child" } }), 403, "auth:forbidden", "token mints a token");
  expectProblem(await call(bearer, "GET", "/api/v1/bookings"), 403, "auth:forbidden", "token on a guest endpoint");
  expectProblem(await call(reception, "POST", "/api/v1/staff/api-tokens", { body: { name: "desk" } }), 403, "auth:forbidden", "reception mints a token");
  const after = (await call(manager, "GET", "/api/v1/staff/api-tokens")).body.tokens;
  expect(after).toHaveLength(listed.body.tokens.length);
  expect(after.find((t: { id: string }) => t.id === tokenId).lastUsedAt).not.toBeNull();

  expectStatus(await call(manager, "DELETE", `/api/v1/staff/api-tokens/${tokenId}`), 204, "revoke");
  expectStatus(await call(manager, "DELETE", `/api/v1/staff/api-tokens/${tokenId}`), 204, "revoke again");
  const refused = await call(bearer, "GET", "/api/v1/staff/requests");
  expectProblem(refused, 401, "auth:unauthenticated", "revoked token");
  expect(refused.headers["www-authenticate"]).toContain("Bearer");
  expectProblem(
    await call(bearer, "POST", `/api/v1/staff/requests/${requestId}/status`, { body: { action: "fulfil" } }),
    401,
    "auth:unauthenticated",
    "revoked token acting",
  );
  expect((await call(manager, "GET", `/api/v1/staff/requests/${requestId}`)).body.request.status).toBe("in_progress");
  expect((await call(manager, "GET", "/api/v1/staff/api-tokens")).body.tokens.find((t: { id: string }) => t.id === tokenId).revokedAt).not.toBeNull();

  for (const header of [`Bearer gs_${"A".repeat(43)}`, "Bearer not-a-token", "Basic bWFuYWdlcjpwYXNz", `Bearer ${token} extra`]) {
    expectProblem(await call(novak, "GET", "/api/v1/staff/requests", { headers: { authorization: header } }), 401, "auth:unauthenticated", header);
  }
});

test("the manager's token page: manager only, and a token can act as a department account", async ({ playwright }) => {
  const page = await manager.get("/staff/api-tokens");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("API tokens");
  expect(html).toContain('id="field-staffId"');
  // Streaming has sent 200 before the page can refuse: what matters is that reception gets "not found", not the form.
  const refused = await (await reception.get("/staff/api-tokens")).text();
  expect(refused).not.toContain('id="field-staffId"');
  expect(refused).toContain("NEXT_HTTP_ERROR_FALLBACK;404");

  // A department account's token sees only its departments: stables see a ride request, activities do not.
  const session = await pickSession(tanaka, "horse-riding", 1);
  const ride = await book(tanaka, { serviceSlug: "horse-riding", sessionId: session.id, quantity: 1 });
  expectStatus(ride, 201, "a ride request");
  const rideId = ride.body.booking.bookingId;
  const activitiesQueue = await call(activities, "GET", "/api/v1/staff/requests?limit=100");
  expectStatus(activitiesQueue, 200, "activities queue");
  expect(activitiesQueue.body.requests.every((r: { departmentName: string }) => r.departmentName === "Activities desk")).toBe(true);
  expectProblem(await call(activities, "GET", `/api/v1/staff/requests/${rideId}`), 404, "not_found", "another department's request");
  expectProblem(
    await call(activities, "POST", `/api/v1/staff/requests/${rideId}/status`, { body: { action: "confirm" } }),
    404,
    "not_found",
    "moving another department's request",
  );
  const stablesView = await call(stables, "GET", `/api/v1/staff/requests/${rideId}`);
  expectStatus(stablesView, 200, "stables see it");
  expect(stablesView.body.request.status).toBe("requested");

  // The trail names who acted; a token for the stables account acts as them.
  const me = await call(stables, "GET", "/api/v1/staff/me");
  expectStatus(me, 200, "who am I");
  expect(me.body.staff).toMatchObject({ name: "Sam Stables", role: "department", via: "session" });
  const stablesId = me.body.staff.staffId;
  const { id: tokenId, token } = await createToken(manager, "stables tablet", stablesId);
  const bearer = await withToken(playwright.request, base, token);
  extraContexts.push(bearer);
  const declined = await call(bearer, "POST", `/api/v1/staff/requests/${rideId}/status`, {
    body: { action: "decline", reason: "The horses are resting that afternoon." },
  });
  expectStatus(declined, 200, "stables token declines");
  expect((await call(bearer, "GET", "/api/v1/staff/me")).body.staff).toMatchObject({ staffId: stablesId, via: "token" });
  const guestView = (await call(tanaka, "GET", `/api/v1/bookings/${rideId}`)).body.booking;
  expect(guestView).toMatchObject({ status: "declined", declineReason: "The horses are resting that afternoon." });
  expectProblem(await call(bearer, "GET", "/api/v1/staff/requests/" + (await anyActivitiesRequest())), 404, "not_found", "token outside its departments");
  expectStatus(await call(manager, "DELETE", `/api/v1/staff/api-tokens/${tokenId}`), 204, "revoke");
});

async function anyActivitiesRequest(): Promise<string> {
  const session = await pickSession(novak, "boating", 1);
  const created = await book(novak, { serviceSlug: "boating", sessionId: session.id, quantity: 1 });
  expectStatus(created, 201, "a boating booking");
  return created.body.booking.bookingId;
}

type DocOperation = { operationId: string; security: Record<string, string[]>[]; "x-staff-roles"?: string[] };

async function documentedOperations(): Promise<{ method: string; path: string; url: string; op: DocOperation }[]> {
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
  const operations = await documentedOperations();
  expect(operations.length).toBeGreaterThanOrEqual(19);
  const { id: tokenId, token } = await createToken(manager, "access matrix");
  const bearer = await withToken(playwright.request, base, token);
  const anonymous = await playwright.request.newContext({ baseURL: base });
  extraContexts.push(bearer, anonymous);
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

// docs/reliability.md §19: times that cannot be booked, booked directly by id.
test("past, out-of-stay, over-age and full sessions booked directly → 409/422, nothing booked", async () => {
  const yesterday = hotelDayFromToday(-1);
  const past = (await sessionsOn(garcia, "boating", yesterday))[0];
  expect(past?.reason, "yesterday's boat has gone").toBe("past");
  const afterNovak = (await sessionsOn(garcia, "boating", hotelDayFromToday(5)))[0];
  expect(afterNovak, "a session after Novak's check-out, inside Garcia's stay").toBeTruthy();
  const sauna = await pickSession(garcia, "sauna", 4);
  const garciaBefore = await guestState(garcia);
  const novakBefore = await guestState(novak);

  const cases: [string, Ctx, Record<string, unknown>, number, string][] = [
    ["a past session", garcia, { serviceSlug: "boating", sessionId: past.id, quantity: 1 }, 422, "booking:not_bookable"],
    ["a session after check-out", novak, { serviceSlug: "boating", sessionId: afterNovak.id, quantity: 1 }, 422, "booking:not_bookable"],
    ["rental days before check-in", novak, { serviceSlug: "equipment-rental", startDay: yesterday, endDay: hotelDayFromToday(1), quantity: 1 }, 422, "booking:not_bookable"],
    ["rental days after check-out", novak, { serviceSlug: "equipment-rental", startDay: hotelDayFromToday(3), endDay: hotelDayFromToday(9), quantity: 1 }, 422, "booking:not_bookable"],
    ["under the minimum age (sauna 12+, party 2 adults, 7 and 1)", garcia, { serviceSlug: "sauna", sessionId: sauna.id, quantity: 4 }, 422, "booking:min_age"],
    ["more than the party", novak, { serviceSlug: "sauna", sessionId: sauna.id, quantity: 5 }, 422, "input:invalid"],
  ];
  const waitPast = await call(garcia, "POST", "/api/v1/waitlist", { body: { serviceSlug: "boating", sessionId: past.id, quantity: 1 } });
  expectProblem(waitPast, 422, "booking:not_bookable", "waiting list for a past session");
  const waitAfter = await call(novak, "POST", "/api/v1/waitlist", { body: { serviceSlug: "boating", sessionId: afterNovak.id, quantity: 1 } });
  expectProblem(waitAfter, 422, "booking:not_bookable", "waiting list after check-out");
  for (const [name, guest, body, status, code] of cases) expectProblem(await book(guest, body), status, code, name);

  expect(await guestState(garcia)).toBe(garciaBefore);
  expect(await guestState(novak)).toBe(novakBefore);
  expect((await sessionNow(garcia, "sauna", sauna)).booked).toBe(0);
  expect((await sessionNow(garcia, "boating", afterNovak)).booked).toBe(afterNovak.booked);
});

test("openapi.json: OpenAPI 3.1, every route file on disk documented, security schemes and problem schema", async ({ playwright }) => {
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
