// docs/reliability.md §3, §4, §6 and §7 on PostgreSQL: concurrent requests through the data layer against a real
// server, where transactions truly overlap. vitest.config.ts collects this file only when DATABASE_URL is
// set (on PGlite one connection serialises everything and no race could show).
//
// Dates are in September 2025: later than engine.test.ts's (March 2025), whose expiry passes act on every
// row due by then, and earlier than the other database tests' (2026). Nothing here runs those passes.
import { and, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db, openConnection } from "@/db/client";
import { acceptWaitlistOffer } from "@/server/booking/accept-waitlist-offer";
import { bookService } from "@/server/booking/book-service";
import { type GuestRef } from "@/server/stays/guest-stay";
import { cancelBookingAsGuest } from "@/server/booking/cancel-as-guest";
import { rescheduleRequest } from "@/server/requests/changes";
import { applyStaffAction } from "@/server/requests/transitions";
import { type StaffRef } from "@/server/requests/scope";
import { joinWaitlist, leaveWaitlist } from "@/server/booking/waitlist";
import { bookings, rentalDays, serviceSessions, waitlistEntries, type Service, type ServiceSession, type Stay } from "@/db/schema";
import { HOLDING_STATUSES, type BookingStatus } from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { sqlState } from "@/server/db-errors";
import {
  bookedSeats,
  bookingById,
  createDepartment,
  createProperty,
  createRentalService,
  createSession,
  createStaff,
  createStay,
  createTimedService,
  guestOf,
  uniqueId,
} from "./factories";
import {
  eventsOfBooking,
  expectedRentalHolds,
  expectedSessionHolds,
  rentalBooked,
} from "./factories-engine";
import { KNOWN_BUGS, knownBug } from "./known-bugs";
import { useTestDatabase } from "./migrate";
import { unguardedBook } from "./unguarded-booking";

useTestDatabase();

// Monday 15 September 2025, 10:00 in Berlin (CEST). Stays run Sunday 14 to Saturday 20 September.
const NOW = new Date("2025-09-15T08:00:00Z");
const CHECK_IN = "2025-09-14";
const CHECK_OUT = "2025-09-20";
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const key = () => uniqueId("key");

beforeAll(() => {
  // Belt and braces: this file must never run on the embedded database (see vitest.config.ts).
  if (!env().DATABASE_URL) throw new Error("tests/reliability.test.ts needs DATABASE_URL (PostgreSQL).");
});

type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** The answer of one request: its value, its AppError code, or "unexpected:<SQLSTATE>" for anything else. */
async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: `unexpected:${sqlState(err) ?? "?"}`, message: (err as Error).message };
  }
}

function tally<T>(outcomes: Outcome<T>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const k = o.ok ? "ok" : o.code;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** A hotel with an instantly confirmed 6-seat ride and `n` stays of `adults` adults each. */
async function raceHotel(n: number, adults = 2) {
  const property = await createProperty();
  const department = await createDepartment(property);
  const ride = await createTimedService(department, { capacity: 6, confirmation: "instant" });
  const stays = await Promise.all(
    Array.from({ length: n }, () => createStay(property, { now: NOW, checkIn: CHECK_IN, checkOut: CHECK_OUT, adults })),
  );
  return { property, department, ride, stays, guests: stays.map(guestOf) };
}

/** Σ quantity of the bookings on a session that still hold seats. */
async function liveQuantity(sessionId: string): Promise<number> {
  const rows = await db()
    .select({ quantity: bookings.quantity })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, [...HOLDING_STATUSES])));
  return rows.reduce((sum, r) => sum + r.quantity, 0);
}

describe("docs/reliability.md §3: negative control", () => {
  it("with the guard switched off the 20-way race oversells; the guarded path sells the last seat exactly once", async () => {
    const { property, department, ride, stays, guests } = await raceHotel(20);

    // Unguarded: 6 seats, 5 sold, 20 requests for one seat each, on a pool of 20 connections.
    const control = await createSession(ride, { startsAt: inHours(4), capacity: 6, booked: 5 });
    const conn = openConnection({ poolMax: 20 });
    let control$: ("ok" | "full")[];
    try {
      // Open all twenty connections first, so the requests start together rather than as each connects.
      await Promise.all(Array.from({ length: 20 }, () => conn.sql!`select pg_sleep(0.05)`));
      const ctx = { propertyId: property.id, serviceId: ride.id, departmentId: department.id, sessionId: control.id, currency: "EUR" };
      control$ = await Promise.all(stays.map((s) => unguardedBook(conn.db, ctx, s.id, 1)));
    } finally {
      await conn.close();
    }
    const controlWinners = control$.filter((r) => r === "ok").length;
    const controlSold = 5 + (await liveQuantity(control.id));
    const controlCounter = await bookedSeats(control.id);

    // Guarded: the same race through the real booking path.
    const real = await createSession(ride, { startsAt: inHours(5), capacity: 6, booked: 5 });
    const outcomes = await Promise.all(
      guests.map((g) => settle(bookService(g, { serviceSlug: ride.slug, sessionId: real.id, quantity: 1, idempotencyKey: key() }, NOW))),
    );
    const counts = tally(outcomes);

    console.log(
      `[reliability 3] unguarded: ${controlWinners}/20 "succeeded", seats sold ${controlSold} of 6, counter says ${controlCounter}` +
        ` | guarded: ${JSON.stringify(counts)}, counter ${await bookedSeats(real.id)}, live bookings ${await liveQuantity(real.id)}`,
    );

    // The harness sees the race: more than one request got "the last seat".
    expect(controlWinners).toBeGreaterThan(1);
    expect(controlSold).toBeGreaterThan(6);
    // … and the lost update even hides it from the counter.
    expect(controlCounter).toBe(6);

    expect(counts).toEqual({ ok: 1, "booking:full": 19 });
    expect(await bookedSeats(real.id)).toBe(6);
    expect(await liveQuantity(real.id)).toBe(1);
  });
});

describe("docs/reliability.md §4: mixed quantities", () => {
  it("2 left, concurrent requests for 2, 1, 1, 1: never above capacity, 2 granted, no partial booking", async () => {
    const ROUNDS = 12;
    const patterns: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const { ride, guests } = await raceHotel(4);
      const session = await createSession(ride, { startsAt: inHours(4 + round), capacity: 6, booked: 4 });
      const asked = [2, 1, 1, 1];
      const outcomes = await Promise.all(
        asked.map((quantity, i) =>
          settle(bookService(guests[i], { serviceSlug: ride.slug, sessionId: session.id, quantity, idempotencyKey: key() }, NOW)),
        ),
      );

      for (const o of outcomes) if (!o.ok) expect(o.code).toBe("booking:full");
      const granted: number[] = [];
      for (const [i, o] of outcomes.entries()) {
        if (!o.ok) continue;
        // No partial booking: a booking holds exactly what its request asked for.
        const row = await bookingById(o.value.bookingId);
        expect(row.quantity).toBe(asked[i]);
        granted.push(row.quantity);
      }
      const booked = await bookedSeats(session.id);
      expect(booked).toBeLessThanOrEqual(6);
      expect(granted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2);
      // Whoever goes first, the two seats left are always sold: one 2, or two 1s.
      expect(granted.reduce((a, b) => a + b, 0)).toBe(2);
      expect(booked).toBe(4 + (await liveQuantity(session.id)));
      const pattern = granted.sort().join("+");
      patterns[pattern] = (patterns[pattern] ?? 0) + 1;
    }
    console.log(`[reliability 4] ${ROUNDS} rounds of 2,1,1,1 into 2 seats; winners: ${JSON.stringify(patterns)}`);
  });
});

describe("docs/reliability.md §6: one state change per race", () => {
  it("five concurrent guest cancels of one booking: one status change, one event, seats back once", async () => {
    const ROUNDS = 5;
    const seen: Record<string, number>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { ride, guests } = await raceHotel(2);
      const session = await createSession(ride, { startsAt: inHours(4 + round), capacity: 6, booked: 3 });
      const { bookingId } = await bookService(guests[0], { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);
      expect(await bookedSeats(session.id)).toBe(5);

      const outcomes = await Promise.all(Array.from({ length: 5 }, () => settle(cancelBookingAsGuest(guests[0], bookingId, NOW))));
      const counts = tally(outcomes);
      seen.push(counts);

      expect(counts).toEqual({ ok: 1, "booking:conflict": 4 });
      expect((await bookingById(bookingId)).status).toBe("cancelled");
      const cancels = (await eventsOfBooking(bookingId)).filter((e) => e.toStatus === "cancelled");
      expect(cancels).toHaveLength(1);
      expect(await bookedSeats(session.id)).toBe(3);
    }
    console.log(`[reliability 6] five concurrent cancels × ${ROUNDS}: ${JSON.stringify(seen)}`);
  });

  it("two staff fulfilling one request at once: one succeeds, one is told, one event", async () => {
    const ROUNDS = 5;
    const seen: Record<string, number>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { property, ride, guests } = await raceHotel(1);
      const session = await createSession(ride, { startsAt: inHours(4 + round) });
      const desks = await Promise.all([createStaff(property, { role: "reception" }), createStaff(property, { role: "manager" })]);
      const { bookingId } = await bookService(guests[0], { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);

      const outcomes = await Promise.all(desks.map((staff) => settle(applyStaffAction(staff, bookingId, "fulfil"))));
      const counts = tally(outcomes);
      seen.push(counts);

      expect(counts).toEqual({ ok: 1, "booking:conflict": 1 });
      expect((await bookingById(bookingId)).status).toBe("fulfilled");
      expect((await eventsOfBooking(bookingId)).filter((e) => e.toStatus === "fulfilled")).toHaveLength(1);
      // Fulfilled keeps its seats.
      expect(await bookedSeats(session.id)).toBe(2);
    }
    console.log(`[reliability 6] two concurrent fulfils × ${ROUNDS}: ${JSON.stringify(seen)}`);
  });

  it("cancel, then rebook the same slot: succeeds; two racing for the freed seats: one gets them", async () => {
    const { ride, guests } = await raceHotel(3);
    const session = await createSession(ride, { startsAt: inHours(4), capacity: 2 });
    const first = await bookService(guests[0], { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);
    await expect(
      bookService(guests[0], { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW),
    ).rejects.toMatchObject({ code: "booking:full" });

    await cancelBookingAsGuest(guests[0], first.bookingId, NOW);
    const again = await bookService(guests[0], { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);
    expect(again.bookingId).not.toBe(first.bookingId);
    expect(await bookedSeats(session.id)).toBe(2);

    await cancelBookingAsGuest(guests[0], again.bookingId, NOW);
    const racing = await Promise.all(
      [guests[1], guests[2]].map((g) => settle(bookService(g, { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW))),
    );
    expect(tally(racing)).toEqual({ ok: 1, "booking:full": 1 });
    expect(await bookedSeats(session.id)).toBe(2);
    expect(await liveQuantity(session.id)).toBe(2);
  });
});

describe("docs/reliability.md §7, targeted: the waiting list under concurrent releases", () => {
  // See tests/known-bugs.ts: waitlistOfferHeldTwice. Reproduced in every round when found.
  knownBug("waitlistOfferHeldTwice")("two releases of the same rental at once hold a waiting entry's stock once", async () => {
    const days = ["2025-09-16", "2025-09-17", "2025-09-18"];
    for (let round = 0; round < 10; round++) {
      const property = await createProperty();
      const department = await createDepartment(property);
      const kart = await createRentalService(department, { capacity: 3, confirmation: "instant" });
      const [a, b, c] = (
        await Promise.all([0, 1, 2].map(() => createStay(property, { now: NOW, checkIn: CHECK_IN, checkOut: CHECK_OUT, adults: 4 })))
      ).map(guestOf);
      const rent = (g: GuestRef, day: string) =>
        bookService(g, { serviceSlug: kart.slug, startDay: day, endDay: day, quantity: 1, idempotencyKey: key() }, NOW);
      const onDay2 = await rent(a, days[1]);
      const onDay3 = await rent(b, days[2]);
      // Waiting for day 1 while stock is spare: joinWaitlist refuses that now (the line is for sold-out days), so the
      // entry is written directly, to test the offer path's locking on its own.
      const [entry] = await db()
        .insert(waitlistEntries)
        .values({ propertyId: property.id, stayId: c.stayId, serviceId: kart.id, startDay: days[0], endDay: days[0], quantity: 1 })
        .returning({ id: waitlistEntries.id });

      const outcomes = await Promise.all([cancelBookingAsGuest(a, onDay2.bookingId, NOW), cancelBookingAsGuest(b, onDay3.bookingId, NOW)].map(settle));

      expect(tally(outcomes)).toEqual({ ok: 2 });
      const booked = await rentalBooked(kart.id, days);
      const held = await expectedRentalHolds(kart.id, days);
      expect(booked, `round ${round}: units out per day vs. what bookings and offers hold`).toEqual(Object.fromEntries(held));
      expect(booked[days[0]]).toBe(1);
      expect((await db().select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id)))[0].status).toBe("offered");
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// docs/reliability.md §7: a randomised, model-based run with fast-check.

const GUESTS = 6;
const SESSIONS = 3;
const SESSION_CAPACITY = [3, 4, 5];
const RENTAL_STOCK = 3;
const RENTAL_DAYS = ["2025-09-16", "2025-09-17", "2025-09-18", "2025-09-19"];
const RUNS = 5;
const BATCHES = 26;

type Op =
  | { kind: "book"; guest: number; session: number; quantity: number }
  | { kind: "rent"; guest: number; start: number; days: number; quantity: number }
  | { kind: "cancel"; pick: number; stranger: boolean }
  | { kind: "confirm" | "decline" | "staffCancel"; pick: number }
  | { kind: "reschedule"; pick: number; session: number }
  | { kind: "join"; guest: number; target: number; start: number; days: number; quantity: number }
  | { kind: "accept"; pick: number }
  | { kind: "leave"; pick: number };

const guestArb = fc.nat(GUESTS - 1);
const pickArb = fc.nat(1_000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("book" as const), guest: guestArb, session: fc.nat(SESSIONS - 1), quantity: fc.integer({ min: 1, max: 3 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("rent" as const),
      guest: guestArb,
      start: fc.nat(RENTAL_DAYS.length - 1),
      days: fc.integer({ min: 1, max: 3 }),
      quantity: fc.integer({ min: 1, max: 2 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: pickArb, stranger: fc.nat(9).map((n) => n === 0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("confirm" as const), pick: pickArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("decline" as const), pick: pickArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("staffCancel" as const), pick: pickArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("reschedule" as const), pick: pickArb, session: fc.nat(SESSIONS - 1) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("join" as const),
      guest: guestArb,
      target: fc.nat(SESSIONS), // SESSIONS = the rental
      start: fc.nat(RENTAL_DAYS.length - 1),
      days: fc.integer({ min: 1, max: 3 }),
      quantity: fc.integer({ min: 1, max: 2 }),
    }),
  },
  // Taking an offered place fails on PostgreSQL for every call while that bug stands (tests/known-bugs.ts):
  // left out until then, so that the run still checks everything else.
  ...(KNOWN_BUGS.acceptOfferFailsOnPostgres ? [] : [{ weight: 2, arbitrary: fc.record({ kind: fc.constant("accept" as const), pick: pickArb }) }]),
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick: pickArb }) },
);

type ModelBooking = {
  id: string;
  stay: number;
  session: number | null;
  startDay: string | null;
  endDay: string | null;
  quantity: number;
  status: BookingStatus;
};

type ModelEntry = { id: string; stay: number; session: number | null; startDay: string | null; endDay: string | null; quantity: number };

type World = {
  staff: StaffRef;
  ride: Service;
  kart: Service;
  sessions: ServiceSession[];
  stays: Stay[];
  guests: GuestRef[];
  bookings: ModelBooking[];
  entries: ModelEntry[];
};

async function createWorld(): Promise<World> {
  const property = await createProperty();
  const department = await createDepartment(property);
  const staff = await createStaff(property, { role: "reception" });
  // Staff approval, so that confirm and decline have something to do.
  const ride = await createTimedService(department, { capacity: 6, maxPerBooking: 10 });
  const kart = await createRentalService(department, { capacity: RENTAL_STOCK });
  const sessions: ServiceSession[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    sessions.push(await createSession(ride, { startsAt: inHours(24 + 5 * i), capacity: SESSION_CAPACITY[i] }));
  }
  const stays = await Promise.all(
    Array.from({ length: GUESTS }, () => createStay(property, { now: NOW, checkIn: CHECK_IN, checkOut: CHECK_OUT, adults: 4 })),
  );
  return { staff, ride, kart, sessions, stays, guests: stays.map(guestOf), bookings: [], entries: [] };
}

/** An operation with its targets chosen from the model as it stood when the batch began. */
type Planned =
  | { op: Op; run: () => Promise<unknown>; allowed: string[]; booking?: ModelBooking; entry?: ModelEntry; newEntry?: Omit<ModelEntry, "id"> }
  | null;

function rentalRange(start: number, days: number): [string, string] {
  return [RENTAL_DAYS[start], RENTAL_DAYS[Math.min(start + days - 1, RENTAL_DAYS.length - 1)]];
}

function plan(w: World, op: Op): Planned {
  switch (op.kind) {
    case "book":
      return {
        op,
        allowed: ["booking:full"],
        run: () =>
          bookService(w.guests[op.guest], { serviceSlug: w.ride.slug, sessionId: w.sessions[op.session].id, quantity: op.quantity, idempotencyKey: key() }, NOW),
      };
    case "rent": {
      const [startDay, endDay] = rentalRange(op.start, op.days);
      return {
        op,
        allowed: ["booking:full"],
        run: () => bookService(w.guests[op.guest], { serviceSlug: w.kart.slug, startDay, endDay, quantity: op.quantity, idempotencyKey: key() }, NOW),
      };
    }
    case "cancel": {
      if (w.bookings.length === 0) return null;
      const booking = w.bookings[op.pick % w.bookings.length];
      if (op.stranger) {
        // Another stay of the same hotel: must look exactly like a booking that does not exist.
        const other = w.guests[(booking.stay + 1) % GUESTS];
        return { op, booking, allowed: ["not_found"], run: () => cancelBookingAsGuest(other, booking.id, NOW) };
      }
      return { op, booking, allowed: ["booking:conflict"], run: () => cancelBookingAsGuest(w.guests[booking.stay], booking.id, NOW) };
    }
    case "confirm":
    case "decline":
    case "staffCancel": {
      if (w.bookings.length === 0) return null;
      const booking = w.bookings[op.pick % w.bookings.length];
      const action = op.kind === "staffCancel" ? "cancel" : op.kind;
      return { op, booking, allowed: ["booking:conflict"], run: () => applyStaffAction(w.staff, booking.id, action, op.kind === "confirm" ? undefined : "test") };
    }
    case "reschedule": {
      const timed = w.bookings.filter((b) => b.session !== null);
      if (timed.length === 0) return null;
      const booking = timed[op.pick % timed.length];
      return {
        op,
        booking,
        // Full target; status moved on or another reschedule came first; the same session ("nothing to change").
        allowed: ["booking:full", "booking:conflict", "input:invalid"],
        run: () =>
          rescheduleRequest(w.staff, booking.id, { sessionId: w.sessions[op.session].id, expectedSessionId: w.sessions[booking.session!].id }, NOW),
      };
    }
    case "join": {
      const guest = w.guests[op.guest];
      if (op.target < SESSIONS) {
        const newEntry = { stay: op.guest, session: op.target, startDay: null, endDay: null, quantity: op.quantity };
        // Refused while places are left: the waiting list is for full sessions.
        return { op, newEntry, allowed: ["booking:not_bookable"], run: () => joinWaitlist(guest, { serviceId: w.ride.id, sessionId: w.sessions[op.target].id, quantity: op.quantity }) };
      }
      const [startDay, endDay] = rentalRange(op.start, op.days);
      const newEntry = { stay: op.guest, session: null, startDay, endDay, quantity: op.quantity };
      return { op, newEntry, allowed: ["booking:not_bookable"], run: () => joinWaitlist(guest, { serviceId: w.kart.id, startDay, endDay, quantity: op.quantity }) };
    }
    case "accept": {
      if (w.entries.length === 0) return null;
      const entry = w.entries[op.pick % w.entries.length];
      // Not (or no longer) offered: refused.
      return { op, entry, allowed: ["booking:conflict"], run: () => acceptWaitlistOffer(w.guests[entry.stay], entry.id, key(), NOW) };
    }
    case "leave": {
      if (w.entries.length === 0) return null;
      const entry = w.entries[op.pick % w.entries.length];
      return { op, entry, allowed: ["not_found"], run: () => leaveWaitlist(w.guests[entry.stay], entry.id, NOW) };
    }
  }
}

const TERMINAL: readonly BookingStatus[] = ["declined", "fulfilled", "cancelled", "no_show", "expired"];

/** Applies what the database said yes to; terminal statuses are final whatever order the answers came in. */
function apply(w: World, p: NonNullable<Planned>, outcome: Outcome<unknown>): void {
  if (!outcome.ok) return;
  const { op } = p;
  const setStatus = (b: ModelBooking, status: BookingStatus) => {
    if (TERMINAL.includes(b.status)) return;
    if (status === "confirmed" && b.status !== "requested") return;
    b.status = status;
  };
  switch (op.kind) {
    case "book": {
      const r = outcome.value as { bookingId: string; status: BookingStatus };
      w.bookings.push({ id: r.bookingId, stay: op.guest, session: op.session, startDay: null, endDay: null, quantity: op.quantity, status: r.status });
      return;
    }
    case "rent": {
      const r = outcome.value as { bookingId: string; status: BookingStatus };
      const [startDay, endDay] = rentalRange(op.start, op.days);
      w.bookings.push({ id: r.bookingId, stay: op.guest, session: null, startDay, endDay, quantity: op.quantity, status: r.status });
      return;
    }
    case "accept": {
      const r = outcome.value as { bookingId: string; status: BookingStatus };
      const e = p.entry!;
      w.bookings.push({ id: r.bookingId, stay: e.stay, session: e.session, startDay: e.startDay, endDay: e.endDay, quantity: e.quantity, status: r.status });
      return;
    }
    case "join":
      w.entries.push({ id: (outcome.value as { id: string }).id, ...p.newEntry! });
      return;
    case "cancel":
    case "staffCancel":
      return setStatus(p.booking!, "cancelled");
    case "decline":
      return setStatus(p.booking!, "declined");
    case "confirm":
      return setStatus(p.booking!, "confirmed");
    case "reschedule":
      p.booking!.session = op.session;
      return;
    case "leave":
      return;
  }
}

/** The invariants, read from the database after a batch has settled. */
async function checkInvariants(w: World): Promise<void> {
  // The model (what the database said yes to) and the rows agree: no lost, phantom or half-done booking.
  const rows = await db()
    .select({ id: bookings.id, status: bookings.status, sessionId: bookings.sessionId, quantity: bookings.quantity, startDay: bookings.startDay, endDay: bookings.endDay })
    .from(bookings)
    .where(inArray(bookings.stayId, w.stays.map((s) => s.id)));
  expect(rows.length, "bookings in the database vs. bookings the model was told of").toBe(w.bookings.length);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const b of w.bookings) {
    const row = byId.get(b.id);
    expect(row, `booking ${b.id}`).toBeDefined();
    expect({ status: row!.status, sessionId: row!.sessionId, quantity: row!.quantity, startDay: row!.startDay, endDay: row!.endDay }).toEqual({
      status: b.status,
      sessionId: b.session === null ? null : w.sessions[b.session].id,
      quantity: b.quantity,
      startDay: b.startDay,
      endDay: b.endDay,
    });
  }

  // Sessions: booked = Σ live bookings + offered waiting-list holds, within 0..capacity.
  const sessionIds = w.sessions.map((s) => s.id);
  const counters = await db()
    .select({ id: serviceSessions.id, booked: serviceSessions.booked, capacity: serviceSessions.capacity })
    .from(serviceSessions)
    .where(inArray(serviceSessions.id, sessionIds));
  const held = await expectedSessionHolds(sessionIds);
  for (const c of counters) {
    expect(c.booked, `session ${c.id}: booked vs. live holds`).toBe(held.get(c.id));
    expect(c.booked).toBeGreaterThanOrEqual(0);
    expect(c.booked).toBeLessThanOrEqual(c.capacity);
  }

  // Rental: on every day, booked = Σ live rental bookings and offers covering it, within the stock.
  const dayRows = await db().select().from(rentalDays).where(eq(rentalDays.serviceId, w.kart.id));
  const heldDays = await expectedRentalHolds(w.kart.id, RENTAL_DAYS);
  for (const day of RENTAL_DAYS) {
    const row = dayRows.find((r) => r.day === day);
    const booked = row?.booked ?? 0;
    expect(booked, `rental day ${day}: booked vs. live holds`).toBe(heldDays.get(day));
    expect(booked).toBeGreaterThanOrEqual(0);
    expect(booked).toBeLessThanOrEqual(RENTAL_STOCK);
    if (row) expect(row.capacity).toBe(RENTAL_STOCK);
  }
}

describe("docs/reliability.md §7: randomised book / cancel / decline / reschedule / waiting list, in concurrent batches", () => {
  it(
    "keeps booked = Σ live holds within capacity for sessions and rental days after every batch",
    async () => {
      const started = Date.now();
      const stats = { runs: 0, batches: 0, ops: 0, ok: 0, full: 0, conflict: 0, notFound: 0, invalid: 0, skipped: 0, unexpected: 0, deadlocks: 0 };
      const deadlocks: string[] = [];
      const byKind: Record<string, { ok: number; refused: number }> = {};

      const details = await fc.check(
        fc.asyncProperty(fc.array(fc.array(opArb, { minLength: 5, maxLength: 13 }), { minLength: BATCHES, maxLength: BATCHES }), async (batches) => {
          stats.runs++;
          const w = await createWorld();
          for (const batch of batches) {
            const planned = batch.map((op) => plan(w, op));
            const live = planned.filter((p): p is NonNullable<Planned> => p !== null);
            stats.skipped += planned.length - live.length;
            // The whole batch at once: these requests overlap in the database.
            const outcomes = await Promise.all(live.map((p) => settle(p.run())));
            const unexpected: string[] = [];
            for (const [i, outcome] of outcomes.entries()) {
              const p = live[i];
              stats.ops++;
              const k = (byKind[p.op.kind] ??= { ok: 0, refused: 0 });
              if (outcome.ok) {
                stats.ok++;
                k.ok++;
                continue;
              }
              k.refused++;
              if (outcome.code === "booking:full") stats.full++;
              else if (outcome.code === "booking:conflict") stats.conflict++;
              else if (outcome.code === "not_found") stats.notFound++;
              else if (outcome.code === "input:invalid") stats.invalid++;
              if (outcome.code === "unexpected:40P01" && KNOWN_BUGS.rentalStockDeadlocks) {
                stats.deadlocks++;
                deadlocks.push(p.op.kind);
                continue;
              }
              if (!p.allowed.includes(outcome.code)) {
                stats.unexpected++;
                unexpected.push(`${JSON.stringify(p.op)} → ${outcome.code}: ${outcome.message}`);
              }
            }
            // A request told "not found" by a stranger's cancel must not have succeeded either way.
            for (const [i, outcome] of outcomes.entries()) {
              const p = live[i];
              if (p.op.kind === "cancel" && p.op.stranger) expect(outcome.ok, "a stranger cancelled someone else's booking").toBe(false);
            }
            if (unexpected.length) throw new Error(`answers outside the documented ones:\n${unexpected.join("\n")}`);
            for (const [i, outcome] of outcomes.entries()) apply(w, live[i], outcome);
            stats.batches++;
            await checkInvariants(w);
          }
        }),
        { seed: 20_250_915, numRuns: RUNS, endOnFailure: true },
      );
      if (details.failed) {
        // The counterexample is ~200 operations: say where to replay it, and what broke.
        throw new Error(
          `docs/reliability.md §7 failed in run ${details.numRuns} (seed ${details.seed}, path "${details.counterexamplePath}"): ` +
            String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance),
        );
      }

      console.log(
        `[reliability 7] ${stats.runs} runs × ${BATCHES} batches: ${stats.ops} operations run (${stats.skipped} skipped: nothing to pick yet), ` +
          `${stats.ok} succeeded, ${stats.full} refused full, ${stats.conflict} conflict, ${stats.notFound} not found, ` +
          `${stats.invalid} invalid, ${stats.deadlocks} deadlocked (40P01: ${deadlocks.join(", ") || "none"}), ${stats.unexpected} unexpected; invariants checked after ${stats.batches} batches in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      console.log(`[reliability 7] by operation: ${JSON.stringify(byKind)}`);
      expect(stats.ops).toBeGreaterThanOrEqual(800);
    },
    180_000,
  );
});
