// REST API v1 end to end, with Playwright's request API only: staff — Bearer tokens made by the manager, what a token
// may and may not do, revoking it, the manager's token page, and a department account's token kept to its departments.
// Runs in the project "exclusive" (playwright.config.ts): it books for the demo's guests and counts the hotel's tokens.
import { expect, test } from "./fixtures/test";
import {
  book,
  call,
  createToken,
  expectProblem,
  expectStatus,
  pickSession,
  withToken,
} from "./fixtures/api-client";
import { signedInDemo } from "./fixtures/api-demo";

const api = signedInDemo();

test("staff Bearer token: made by the manager, lists and moves requests, refused once revoked", async ({ playwright }) => {
  const { novak, tanaka, manager, reception, base } = api;
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
  api.extraContexts.push(bearer);
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
  const { tanaka, manager, reception, activities, stables, base } = api;
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
  api.extraContexts.push(bearer);
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
  const { novak } = api;
  const session = await pickSession(novak, "boating", 1);
  const created = await book(novak, { serviceSlug: "boating", sessionId: session.id, quantity: 1 });
  expectStatus(created, 201, "a boating booking");
  return created.body.booking.bookingId;
}
