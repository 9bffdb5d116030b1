// docs/reliability.md §7 on PostgreSQL: a randomised, model-based run with fast-check — batches of book, cancel, decline,
// reschedule and waiting-list operations at once, the invariants checked after every batch. Like
// tests/reliability.test.ts, collected only when DATABASE_URL is set (vitest.config.ts).
//
// Dates are in September 2025, as in tests/reliability.test.ts (tests/reliability-support.ts).
import { eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { acceptWaitlistOffer } from "@/server/booking/accept-waitlist-offer";
import { bookService } from "@/server/booking/book-service";
import { type GuestRef } from "@/server/stays/guest-stay";
import { cancelBookingAsGuest } from "@/server/booking/cancel-as-guest";
import { rescheduleRequest } from "@/server/requests/changes";
import { applyStaffAction } from "@/server/requests/transitions";
import { type StaffRef } from "@/server/requests/scope";
import { joinWaitlist, leaveWaitlist } from "@/server/booking/waitlist";
import { bookings, rentalDays, serviceSessions, type Service, type ServiceSession, type Stay } from "@/db/schema";
import { type BookingStatus } from "@/lib/booking-status";
import {
  createDepartment,
  createProperty,
  createRentalService,
  createSession,
  createStaff,
  createStay,
  createTimedService,
  guestOf,
  } from "./factories";
import {
  expectedRentalHolds,
  expectedSessionHolds,
  } from "./factories-engine";
import { KNOWN_BUGS } from "./known-bugs";
import { useTestDatabase } from "./migrate";
import { CHECK_IN, CHECK_OUT, NOW, inHours, key, requirePostgres, settle, type Outcome } from "./reliability-support";

useTestDatabase();
requirePostgres("tests/reliability-model.test.ts");

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
