// docs/reliability.md §1, §2 and §5 (capacity and idempotency under concurrency),
// plus a foreign-Origin check and bad request bodies, against the REST API of TWO app instances sharing
// one PostgreSQL. Only part of the run when DATABASE_URL is set (playwright.config.ts `testIgnore`): the
// embedded database is one process, where races cannot show.
//
// Repeatable on the same database: every booking test picks a session nobody has booked yet (booked 0),
// and no two tests in a run use the same session.
import { expect, test } from "./fixtures/test";
import { HOLDING_STATUSES } from "../lib/booking-status";
import {
  GuestClient,
  hotelDayFromToday,
  instanceURL,
  newKey,
  tally,
  timings,
  type Outcome,
  type Session,
} from "./fixtures/guest-api";

test.describe.configure({ mode: "serial" });

// The demo group (db/seed/stays.ts): 8 adults and two teenagers (12, 14), staying today .. today+3.
const GROUP = { code: "GRP-4004", surname: "Okafor" };
// Timed, capacity 6, up to 6 per booking, minimum age 8 (all ten of the group), lead time 120 min.
const SIX_SEATS = "horse-riding";
// Timed, capacity 12, up to 6 per booking, minimum age 4, lead time 60 min.
const BOATING = "boating";
// Timed, capacity 10, up to 6 per booking, minimum age 12, lead time 60 min.
const SAUNA = "sauna";

const A = 0;
const B = 1;

let guest: GuestClient;
const usedThisRun = new Set<string>();

test.beforeAll(async ({ playwright }) => {
  guest = await GuestClient.signIn(playwright.request, GROUP.code, GROUP.surname, [instanceURL(0), instanceURL(1)]);
});

test.afterAll(async () => {
  await guest?.dispose();
});

/**
 * A session of `slug` that can be booked now with a safe margin, not used by another test in this run;
 * `fresh` demands nobody has booked it yet. Prefers the day after tomorrow, then the last day of the stay,
 * then tomorrow (where guest-staff-loop.spec.ts books horse riding) and today.
 */
async function pickSession(slug: string, opts: { fresh: boolean; minCapacity?: number }): Promise<Session> {
  const margin = 3 * 60 * 60_000; // far beyond every lead time, so it cannot become unbookable mid-test
  for (const offset of [2, 3, 1, 0]) {
    const day = hotelDayFromToday(offset);
    const sessions = await guest.availability(slug, day);
    const found = sessions.find(
      (s) =>
        s.reason === null &&
        !usedThisRun.has(s.id) &&
        Date.parse(s.startsAt) - Date.now() > margin &&
        s.capacity >= (opts.minCapacity ?? 1) &&
        (opts.fresh ? s.booked === 0 : s.remaining > 0),
    );
    if (found) {
      usedThisRun.add(found.id);
      return found;
    }
  }
  throw new Error(
    `No ${opts.fresh ? "untouched " : ""}bookable ${slug} session left during the stay of ${GROUP.code}: ` +
      "run against a fresh database (the tests book into new sessions each run).",
  );
}

function live<T extends { status: string }>(rows: T[]): T[] {
  return rows.filter((b) => (HOLDING_STATUSES as readonly string[]).includes(b.status));
}

function sum(rows: { quantity: number }[]): number {
  return rows.reduce((n, b) => n + b.quantity, 0);
}

function expectProblem(o: Outcome, status: number, code: string, what: string): void {
  expect(o.status, `${what}: ${JSON.stringify(o.body)}`).toBe(status);
  expect(o.contentType, `${what}: content type`).toContain("application/problem+json");
  expect(o.body?.code, `${what}: problem code`).toBe(code);
}

function label(session: Session): string {
  return `${session.startsAt} (${session.id.slice(0, 8)})`;
}

test("1: capacity 6 with 5 booked, 20 concurrent requests over two instances → exactly one succeeds", async () => {
  const session = await pickSession(SIX_SEATS, { fresh: true, minCapacity: 2 });
  const capacity = session.capacity;
  expect(capacity, "the seed gives horse riding 6 places").toBe(6);

  // Fill all but one place with a single booking.
  const first = await guest.book(A, { serviceSlug: SIX_SEATS, sessionId: session.id, quantity: capacity - 1 }, newKey("rel1-fill"));
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  const before = await guest.session(SIX_SEATS, session);
  expect(before.booked).toBe(capacity - 1);
  expect(before.remaining).toBe(1);

  const outcomes = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      guest.book(i % 2, { serviceSlug: SIX_SEATS, sessionId: session.id, quantity: 1 }, newKey(`rel1-${i}`)),
    ),
  );

  const winners = outcomes.filter((o) => o.status === 201);
  const losers = outcomes.filter((o) => o.status !== 201);
  const afterA = await guest.session(SIX_SEATS, session, A);
  const afterB = await guest.session(SIX_SEATS, session, B);
  const onSession = live(await guest.bookingsOn(SIX_SEATS, session, B));
  console.log(
    `[reliability 1] ${SIX_SEATS} ${label(session)}, capacity ${capacity}, ${capacity - 1} booked first: ` +
      `20 requests (10 via A, 10 via B) → ${tally(outcomes)}; ` +
      `winner via ${winners.map((o) => "AB"[o.via]).join(",") || "-"}; ` +
      `booked ${afterA.booked} (A) / ${afterB.booked} (B), remaining ${afterA.remaining}; ` +
      `live bookings on the session ${onSession.length}, Σ quantity ${sum(onSession)}; ${timings(outcomes)}`,
  );

  expect(winners, `exactly one 201; got ${tally(outcomes)}`).toHaveLength(1);
  expect(losers).toHaveLength(19);
  for (const o of losers) expectProblem(o, 409, "booking:full", "a losing request");
  expect(afterA.booked).toBe(capacity);
  expect(afterA.remaining).toBe(0);
  expect(afterA.reason).toBe("full");
  expect(afterB.booked).toBe(capacity);
  // booked = the places held by the group's bookings on that session: the filler and the one winner.
  expect(sum(onSession)).toBe(capacity);
  expect(onSession.map((b) => b.id).sort()).toEqual(
    [first.body.booking.bookingId, winners[0].body.booking.bookingId].sort(),
  );
});

test("2: 50 concurrent single bookings into an empty 6-seat session → exactly 6", async () => {
  const session = await pickSession(SIX_SEATS, { fresh: true });
  const capacity = session.capacity;
  expect(session.booked).toBe(0);

  const outcomes = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      guest.book(i % 2, { serviceSlug: SIX_SEATS, sessionId: session.id, quantity: 1 }, newKey(`rel2-${i}`)),
    ),
  );

  const created = outcomes.filter((o) => o.status === 201);
  const refused = outcomes.filter((o) => o.status !== 201);
  const after = await guest.session(SIX_SEATS, session, B);
  const onSession = live(await guest.bookingsOn(SIX_SEATS, session, A));
  const viaA = created.filter((o) => o.via === A).length;
  console.log(
    `[reliability 2] ${SIX_SEATS} ${label(session)}, capacity ${capacity}, empty: ` +
      `50 requests (25 via A, 25 via B) → ${tally(outcomes)}; successes via A ${viaA}, via B ${created.length - viaA}; ` +
      `booked ${after.booked}, remaining ${after.remaining}; live bookings on the session ${onSession.length}, Σ quantity ${sum(onSession)}; ${timings(outcomes)}`,
  );

  expect(created, `exactly ${capacity} × 201; got ${tally(outcomes)}`).toHaveLength(capacity);
  expect(refused).toHaveLength(50 - capacity);
  for (const o of refused) expectProblem(o, 409, "booking:full", "a refused request");
  expect(new Set(created.map((o) => o.body.booking.bookingId)).size).toBe(capacity);
  expect(after.booked).toBe(capacity);
  expect(after.remaining).toBe(0);
  expect(onSession).toHaveLength(capacity);
  expect(sum(onSession)).toBe(capacity);
});

test("5: one Idempotency-Key sent 10 times at once → one booking, identical answers; other body → 422", async () => {
  const session = await pickSession(BOATING, { fresh: true, minCapacity: 3 });
  const quantity = 2;
  const body = { serviceSlug: BOATING, sessionId: session.id, quantity };
  const key = newKey("rel5");

  const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => guest.book(i % 2, body, key)));

  const ids = new Set(outcomes.map((o) => o.body?.booking?.bookingId));
  const afterRace = await guest.session(BOATING, session, A);
  const onSession = live(await guest.bookingsOn(BOATING, session, B));
  console.log(
    `[reliability 5] ${BOATING} ${label(session)}, capacity ${session.capacity}, quantity ${quantity}: ` +
      `10 × one key (5 via A, 5 via B) → ${tally(outcomes)}; distinct booking ids ${ids.size}; ` +
      `booked 0 → ${afterRace.booked}; bookings on the session ${onSession.length}; ${timings(outcomes)}`,
  );

  for (const o of outcomes) expect([200, 201], JSON.stringify(o.body)).toContain(o.status);
  expect(outcomes.filter((o) => o.status === 201), `exactly one 201; got ${tally(outcomes)}`).toHaveLength(1);
  expect(ids.size, "every answer names the same booking").toBe(1);
  for (const o of outcomes) expect(o.body.booking.replayed).toBe(o.status === 200);
  const bookingId = [...ids][0] as string;
  // The first answer and the replays agree on everything but `replayed`.
  const strip = (o: Outcome) => ({ ...o.body.booking, replayed: undefined });
  for (const o of outcomes) expect(strip(o)).toEqual(strip(outcomes[0]));
  expect(afterRace.booked, "the seats moved once").toBe(quantity);
  expect(onSession.map((b) => b.id)).toEqual([bookingId]);

  // The same key with another body is refused on either instance, and nothing moves.
  const mismatches = await Promise.all([
    guest.book(A, { ...body, quantity: quantity + 1 }, key),
    guest.book(B, { ...body, quantity: quantity + 1 }, key),
  ]);
  for (const o of mismatches) expectProblem(o, 422, "idempotency:mismatch", "same key, other quantity");
  // A plain retry of the original still answers with the same booking.
  const retry = await guest.book(B, body, key);
  expect(retry.status).toBe(200);
  expect(retry.body.booking.bookingId).toBe(bookingId);

  const afterAll = await guest.session(BOATING, session, B);
  const onSessionAfter = live(await guest.bookingsOn(BOATING, session, A));
  console.log(
    `[reliability 5] same key, quantity ${quantity + 1} → ${tally(mismatches)}; retry of the original → ${retry.status} same id; ` +
      `booked ${afterAll.booked}; bookings on the session ${onSessionAfter.length}`,
  );
  expect(afterAll.booked).toBe(quantity);
  expect(onSessionAfter.map((b) => b.id)).toEqual([bookingId]);
  expect(onSessionAfter[0].quantity).toBe(quantity);
});

test("a POST with a foreign Origin is refused (403) and books nothing", async () => {
  const session = await pickSession(SAUNA, { fresh: false });
  const body = { serviceSlug: SAUNA, sessionId: session.id, quantity: 1 };
  const bookingsBefore = (await guest.bookings()).length;
  const key = newKey("rel-origin");

  const outcomes = await Promise.all([
    guest.book(A, body, key, { origin: "https://evil.example" }),
    guest.book(B, body, key, { origin: "https://evil.example" }),
    guest.book(A, body, newKey("rel-origin-null"), { origin: "null" }),
    guest.book(B, body, newKey("rel-origin-alike"), { origin: `http://127.0.0.1.evil.example:${new URL(instanceURL(1)).port}` }),
  ]);
  const after = await guest.session(SAUNA, session);
  const bookingsAfter = (await guest.bookings()).length;

  // Control: the same request from the app's own origin is accepted, and the refused ones did not use up its key.
  const control = await guest.book(B, body, key);
  const afterControl = await guest.session(SAUNA, session, A);
  console.log(
    `[reliability origin] ${SAUNA} ${label(session)}: foreign Origin ×4 (evil.example via A and B, "null", look-alike host) → ` +
      `${tally(outcomes)}; booked ${session.booked} → ${after.booked}; guest's bookings ${bookingsBefore} → ${bookingsAfter}; ` +
      `same request with the app's own Origin → ${control.status}${control.body?.booking?.replayed === false ? " (new booking)" : ""}, booked ${afterControl.booked}`,
  );

  for (const o of outcomes) expectProblem(o, 403, "auth:forbidden", "foreign Origin");
  expect(after.booked).toBe(session.booked);
  expect(bookingsAfter).toBe(bookingsBefore);
  expect(control.status, JSON.stringify(control.body)).toBe(201);
  expect(control.body.booking.replayed).toBe(false);
  expect(afterControl.booked).toBe(session.booked + 1);
});

test("bad bodies and headers → 4xx problem+json with a code, never 5xx, nothing booked", async () => {
  const session = await pickSession(BOATING, { fresh: false });
  const ok = { serviceSlug: BOATING, sessionId: session.id, quantity: 1 };
  const bookingsBefore = (await guest.bookings()).length;

  type Case = { name: string; body: unknown; key?: string | null; contentType?: string; status: number; code: string };
  const cases: Case[] = [
    { name: 'quantity ""', body: { ...ok, quantity: "" }, status: 422, code: "input:invalid" },
    { name: "quantity 0", body: { ...ok, quantity: 0 }, status: 422, code: "input:invalid" },
    { name: "quantity -1", body: { ...ok, quantity: -1 }, status: 422, code: "input:invalid" },
    { name: "quantity 1e9", body: { ...ok, quantity: 1e9 }, status: 422, code: "input:invalid" },
    { name: 'quantity "abc"', body: { ...ok, quantity: "abc" }, status: 422, code: "input:invalid" },
    { name: "quantity 1.5", body: { ...ok, quantity: 1.5 }, status: 422, code: "input:invalid" },
    { name: "quantity null", body: { ...ok, quantity: null }, status: 422, code: "input:invalid" },
    { name: "quantity missing", body: { serviceSlug: BOATING, sessionId: session.id }, status: 422, code: "input:invalid" },
    { name: "quantity 7 (over the 6 per booking)", body: { ...ok, quantity: 7 }, status: 422, code: "input:invalid" },
    { name: "extra key price", body: { ...ok, price: 0 }, status: 422, code: "input:invalid" },
    { name: "extra key status", body: { ...ok, status: "confirmed" }, status: 422, code: "input:invalid" },
    { name: "extra key stayId", body: { ...ok, stayId: session.id }, status: 422, code: "input:invalid" },
    { name: "idempotencyKey in the body", body: { ...ok, idempotencyKey: newKey("body") }, status: 422, code: "input:invalid" },
    { name: "note of 10 000 characters", body: { ...ok, note: "x".repeat(10_000) }, status: 422, code: "input:invalid" },
    { name: "sessionId not a uuid", body: { ...ok, sessionId: "1' OR '1'='1" }, status: 422, code: "input:invalid" },
    { name: "sessionId unknown", body: { ...ok, sessionId: "00000000-0000-4000-8000-000000000000" }, status: 404, code: "not_found" },
    { name: "serviceSlug unknown", body: { ...ok, serviceSlug: "no-such-service" }, status: 404, code: "not_found" },
    { name: "missing Idempotency-Key", body: ok, key: null, status: 422, code: "input:invalid" },
    { name: "Idempotency-Key too short", body: ok, key: "short", status: 422, code: "input:invalid" },
    { name: "Idempotency-Key with spaces", body: ok, key: "not a valid key!", status: 422, code: "input:invalid" },
    { name: "Idempotency-Key of 101 characters", body: ok, key: "k".repeat(101), status: 422, code: "input:invalid" },
    { name: "non-JSON body", body: "serviceSlug=boating&quantity=1", contentType: "application/x-www-form-urlencoded", status: 400, code: "input:malformed" },
    { name: "broken JSON", body: '{"serviceSlug": "boating", "quantity": ', status: 400, code: "input:malformed" },
    { name: "JSON array", body: "[1,2,3]", status: 400, code: "input:malformed" },
    { name: "JSON null", body: "null", status: 400, code: "input:malformed" },
    { name: "empty body", body: "", status: 400, code: "input:malformed" },
  ];

  const outcomes = await Promise.all(
    cases.map((c, i) =>
      guest.book(i % 2, c.body, c.key === undefined ? newKey(`rel-bad-${i}`) : c.key, { contentType: c.contentType }),
    ),
  );
  const after = await guest.session(BOATING, session, B);
  const bookingsAfter = (await guest.bookings(A)).length;
  console.log(
    `[reliability bad input] ${BOATING} ${label(session)}: ${cases.length} bad requests → ${tally(outcomes)}; ` +
      `booked ${session.booked} → ${after.booked}; guest's bookings ${bookingsBefore} → ${bookingsAfter}`,
  );
  for (const [i, c] of cases.entries()) {
    const o = outcomes[i];
    expect(o.status, `${c.name}: never a 5xx (${JSON.stringify(o.body)})`).toBeLessThan(500);
    expectProblem(o, c.status, c.code, c.name);
  }
  expect(after.booked).toBe(session.booked);
  expect(bookingsAfter).toBe(bookingsBefore);
});

// docs/reliability.md §16: wrong types are refused. JSON has real numbers, so a boolean, an array or an object
// where a quantity belongs is a client bug to report, not a value to coerce into one.
test("wrong JSON types (quantity true, [1], {}; numbers for strings) → 422, nothing booked", async () => {
  const session = await pickSession(BOATING, { fresh: false });
  const ok = { serviceSlug: BOATING, sessionId: session.id, quantity: 1 };
  const bookingsBefore = (await guest.bookings()).length;

  const cases: { name: string; body: unknown }[] = [
    { name: "quantity true", body: { ...ok, quantity: true } },
    { name: "quantity false", body: { ...ok, quantity: false } },
    { name: "quantity [1]", body: { ...ok, quantity: [1] } },
    { name: "quantity {}", body: { ...ok, quantity: {} } },
    { name: "serviceSlug 123", body: { ...ok, serviceSlug: 123 } },
    { name: "sessionId 5", body: { ...ok, sessionId: 5 } },
    { name: "note 5", body: { ...ok, note: 5 } },
  ];
  const outcomes = await Promise.all(cases.map((c, i) => guest.book(i % 2, c.body, newKey(`rel-type-${i}`))));
  const after = await guest.session(BOATING, session, B);
  const bookingsAfter = (await guest.bookings(A)).length;
  console.log(
    `[reliability wrong types] ${BOATING} ${label(session)}: ` +
      cases.map((c, i) => `${c.name} → ${outcomes[i].status}${outcomes[i].body?.code ? ` ${outcomes[i].body.code}` : ""}`).join("; ") +
      `; booked ${session.booked} → ${after.booked}; guest's bookings ${bookingsBefore} → ${bookingsAfter}`,
  );
  for (const [i, c] of cases.entries()) {
    const o = outcomes[i];
    expect.soft(o.status, `${c.name}: ${JSON.stringify(o.body)}`).toBe(422);
    expect.soft(o.body?.code, `${c.name}: problem code`).toBe("input:invalid");
  }
  expect(after.booked, "a wrongly typed request booked places").toBe(session.booked);
  expect(bookingsAfter, "a wrongly typed request created bookings").toBe(bookingsBefore);
});
