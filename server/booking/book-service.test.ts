// Integration tests of guest booking against a real database (embedded PGlite, or PostgreSQL with DATABASE_URL).
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookingEvents, bookings, serviceSessions } from "@/db/schema";
import {
  createDepartment,
  createOnRequestService,
  createProperty,
  createSession,
  createStay,
  createTimedService,
  guestOf,
  bookedSeats,
  uniqueId,
} from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { addScheduleException } from "@/tests/factories-engine";
import { useTestDatabase } from "@/tests/migrate";
import { availabilityForDay } from "./availability";
import { bookService } from "./book-service";
import { listBookingsForStay } from "./guest-bookings";

useTestDatabase();

// Monday 15 June 2026, 10:00 in Berlin. The stay runs 14–18 June.
const NOW = new Date("2026-06-15T08:00:00Z");
const TODAY = "2026-06-15";
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

/** A hotel with one department, a stay around NOW, and a timed service. */
async function hotel(serviceOptions: Parameters<typeof createTimedService>[1] = {}, stayOptions: Parameters<typeof createStay>[1] = {}) {
  const property = await createProperty();
  const department = await createDepartment(property);
  const stay = await createStay(property, { now: NOW, ...stayOptions });
  const service = await createTimedService(department, serviceOptions);
  return { property, department, stay, service, guest: guestOf(stay) };
}

async function bookingsOf(stayId: string) {
  return db().select().from(bookings).where(eq(bookings.stayId, stayId));
}

async function eventsOf(bookingId: string) {
  return db().select().from(bookingEvents).where(eq(bookingEvents.bookingId, bookingId));
}

describe("bookService: timed sessions", () => {
  it("takes the seats, snapshots price and tax, and records the request", async () => {
    const { property, department, stay, service, guest } = await hotel();
    expect(stay.checkIn).toBe("2026-06-14");
    expect(stay.checkOut).toBe("2026-06-18");
    const session = await createSession(service, { startsAt: inHours(4), capacity: 6, booked: 1 });

    const result = await bookService(
      guest,
      { serviceSlug: service.slug, sessionId: session.id, quantity: 2, note: "Window seats", idempotencyKey: uniqueId("key") },
      NOW,
    );

    expect(result).toMatchObject({ status: "requested", totalMinor: 7000, replayed: false });
    expect(await bookedSeats(session.id)).toBe(3);
    const [row] = await bookingsOf(stay.id);
    expect(row).toMatchObject({
      id: result.bookingId,
      propertyId: property.id,
      serviceId: service.id,
      departmentId: department.id,
      sessionId: session.id,
      status: "requested",
      quantity: 2,
      note: "Window seats",
      currency: "EUR",
      priceLines: [{ label: "adults", quantity: 2, unitMinor: 3500, totalMinor: 7000 }],
      totalMinor: 7000,
      taxMinor: 1118,
    });
    expect(row.scheduledAt?.toISOString()).toBe(session.startsAt.toISOString());
    const events = await eventsOf(result.bookingId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      propertyId: property.id,
      actorKind: "guest",
      actorId: stay.id,
      actorName: stay.guestName,
      fromStatus: null,
      toStatus: "requested",
    });
  });

  it("confirms at once for an instant service", async () => {
    const { stay, service, guest } = await hotel({ confirmation: "instant" });
    const session = await createSession(service, { startsAt: inHours(4) });
    const result = await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    expect(result.status).toBe("confirmed");
    const [row] = await bookingsOf(stay.id);
    expect(row.status).toBe("confirmed");
    expect((await eventsOf(row.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "confirmed"]]);
  });

  it("takes the last seats exactly, then refuses a full session without writing anything", async () => {
    const { stay, service, guest } = await hotel({}, { adults: 4 });
    const session = await createSession(service, { startsAt: inHours(4), capacity: 6, booked: 4 });

    await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 3, idempotencyKey: uniqueId("key") }, NOW),
      "booking:full",
    );
    expect(await bookedSeats(session.id)).toBe(4);
    expect(await bookingsOf(stay.id)).toEqual([]);

    await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 2, idempotencyKey: uniqueId("key") }, NOW);
    expect(await bookedSeats(session.id)).toBe(6);

    const other = await createStay({ id: stay.propertyId, timeZone: "Europe/Berlin" }, { now: NOW });
    await expectAppError(
      bookService(guestOf(other), { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW),
      "booking:full",
    );
    expect(await bookedSeats(session.id)).toBe(6);
    expect(await bookingsOf(other.id)).toEqual([]);
  });

  it("refuses more than max_per_booking as invalid input", async () => {
    const { stay, service, guest } = await hotel({ maxPerBooking: 2, capacity: 10 }, { adults: 4 });
    const session = await createSession(service, { startsAt: inHours(4) });
    const err = await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 3, idempotencyKey: uniqueId("key") }, NOW),
      "input:invalid",
    );
    expect(err.fieldErrors?.quantity).toEqual(["validation.max_per_booking:2"]);
    expect(await bookedSeats(session.id)).toBe(0);
    expect(await bookingsOf(stay.id)).toEqual([]);
  });

  it("counts only guests old enough for the service", async () => {
    // Two adults, a 10-year-old and a 17-year-old: three may ride at 16+.
    const { stay, service, guest } = await hotel({ minAge: 16 }, { adults: 2, childrenAges: [10, 17] });
    const session = await createSession(service, { startsAt: inHours(4), capacity: 6 });
    const err = await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 4, idempotencyKey: uniqueId("key") }, NOW),
      "booking:min_age",
    );
    expect(err.fieldErrors?.quantity).toEqual(["validation.min_age:16"]);
    expect(await bookedSeats(session.id)).toBe(0);
    expect(await bookingsOf(stay.id)).toEqual([]);

    await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 3, idempotencyKey: uniqueId("key") }, NOW);
    expect(await bookedSeats(session.id)).toBe(3);
  });

  it("refuses more people than the party without a minimum age", async () => {
    const { service, guest } = await hotel({}, { adults: 1, childrenAges: [5] });
    const session = await createSession(service, { startsAt: inHours(4) });
    const err = await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 3, idempotencyKey: uniqueId("key") }, NOW),
      "input:invalid",
    );
    expect(err.fieldErrors?.quantity).toEqual(["validation.party_size"]);
  });

  it.each([
    ["past", () => inHours(-1), 0],
    ["past", () => NOW, 0],
    ["outside_stay", () => new Date("2026-06-19T08:00:00Z"), 0], // the day after check-out
    ["outside_stay", () => new Date("2026-06-18T22:30:00Z"), 0], // 00:30 on 19 June in Berlin
    ["lead_time", () => inHours(1), 120],
  ] as const)("refuses a session that is %s as not bookable (%#)", async (reason, startsAt, leadTimeMinutes) => {
    const { stay, service, guest } = await hotel({ leadTimeMinutes });
    const session = await createSession(service, { startsAt: startsAt(), capacity: 6, booked: 2 });
    const err = await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW),
      "booking:not_bookable",
    );
    expect(err.fieldErrors?.sessionId).toEqual([`availability.${reason}`]);
    expect(await bookedSeats(session.id)).toBe(2);
    expect(await bookingsOf(stay.id)).toEqual([]);
  });

  it("asks for a time when a timed booking has no session", async () => {
    const { stay, service, guest } = await hotel();
    await expectAppError(bookService(guest, { serviceSlug: service.slug, quantity: 1, idempotencyKey: uniqueId("key") }, NOW), "input:invalid");
    expect(await bookingsOf(stay.id)).toEqual([]);
  });

  it("does not find an inactive service, or one of another property", async () => {
    const { stay, service, guest } = await hotel({ active: false });
    const session = await createSession(service, { startsAt: inHours(4) });
    await expectAppError(
      bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW),
      "not_found",
    );
    const elsewhere = await hotel();
    const foreignSession = await createSession(elsewhere.service, { startsAt: inHours(4) });
    await expectAppError(
      bookService(guest, { serviceSlug: elsewhere.service.slug, sessionId: foreignSession.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW),
      "not_found",
    );
    expect(await bookedSeats(session.id)).toBe(0);
    expect(await bookedSeats(foreignSession.id)).toBe(0);
    expect(await bookingsOf(stay.id)).toEqual([]);
  });

  it("does not take a session of another service, in this property or another", async () => {
    const { department, stay, service, guest } = await hotel();
    const sibling = await createTimedService(department);
    const siblingSession = await createSession(sibling, { startsAt: inHours(4) });
    const elsewhere = await hotel();
    const foreignSession = await createSession(elsewhere.service, { startsAt: inHours(4) });

    for (const sessionId of [siblingSession.id, foreignSession.id]) {
      await expectAppError(
        bookService(guest, { serviceSlug: service.slug, sessionId, quantity: 1, idempotencyKey: uniqueId("key") }, NOW),
        "not_found",
      );
    }
    expect(await bookedSeats(siblingSession.id)).toBe(0);
    expect(await bookedSeats(foreignSession.id)).toBe(0);
    expect(await bookingsOf(stay.id)).toEqual([]);
  });
});

describe("bookService: the session's rules, checked on the row the seats were taken from", () => {
  it("refuses a time a closing exception closes, or one too soon, and keeps no seat taken — closed or too soon wins over full", async () => {
    const { stay, service, guest } = await hotel({ leadTimeMinutes: 120 });
    const open = await createSession(service, { startsAt: inHours(4), capacity: 6 });
    const soon = await createSession(service, { startsAt: inHours(1), capacity: 6 });
    const fullAndSoon = await createSession(service, { startsAt: inHours(1.5), capacity: 2, booked: 2 });
    const closedTime = await createSession(service, { startsAt: inHours(5), capacity: 6 });
    const closedAndFull = await createSession(service, { startsAt: inHours(6), capacity: 1, booked: 1 });
    // 15:00 and 16:00 in Berlin (NOW is 10:00 there): one closed time, and the 16:00 closed with it.
    await addScheduleException(service, { day: TODAY, startTime: "15:00", closed: true });
    await addScheduleException(service, { day: TODAY, startTime: "16:00", closed: true });
    const book = (sessionId: string) => bookService(guest, { serviceSlug: service.slug, sessionId, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);

    expect((await expectAppError(book(soon.id), "booking:not_bookable")).fieldErrors?.sessionId).toEqual(["availability.lead_time"]);
    expect((await expectAppError(book(fullAndSoon.id), "booking:not_bookable")).fieldErrors?.sessionId).toEqual(["availability.lead_time"]);
    expect((await expectAppError(book(closedTime.id), "booking:not_bookable")).fieldErrors?.sessionId).toEqual(["availability.closed"]);
    expect((await expectAppError(book(closedAndFull.id), "booking:not_bookable")).fieldErrors?.sessionId).toEqual(["availability.closed"]);
    for (const [session, seats] of [[soon, 0], [fullAndSoon, 2], [closedTime, 0], [closedAndFull, 1]] as const) {
      expect(await bookedSeats(session.id)).toBe(seats);
    }
    expect(await bookingsOf(stay.id)).toEqual([]);
    await expectAppError(book(crypto.randomUUID()), "not_found");

    // Another service closed at the same time, in this hotel and another, closes nothing here.
    const other = await createTimedService(await createDepartment({ id: stay.propertyId }));
    await addScheduleException(other, { day: TODAY, startTime: "14:00", closed: true });
    await addScheduleException(other, { day: TODAY, closed: true });
    await book(open.id);
    expect(await bookedSeats(open.id)).toBe(1);
  });
});

describe("bookService: idempotency", () => {
  it("answers a retry of an earlier request as before, even when its time can no longer be booked", async () => {
    const { service, guest } = await hotel();
    const session = await createSession(service, { startsAt: inHours(4), capacity: 1 });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") };
    const first = await bookService(guest, input, NOW);
    // The session is full now, and a day later it has begun: planning and the hold would both refuse a new booking.
    expect(await bookService(guest, input, NOW)).toEqual({ ...first, replayed: true });
    expect(await bookService(guest, input, inHours(24))).toEqual({ ...first, replayed: true });
    expect(await bookedSeats(session.id)).toBe(1);
  });

  it("answers a repeated key with the same booking and moves the seats once", async () => {
    const { stay, service, guest } = await hotel();
    const session = await createSession(service, { startsAt: inHours(4) });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 2, idempotencyKey: uniqueId("key") };

    const first = await bookService(guest, input, NOW);
    const second = await bookService(guest, { ...input }, NOW);

    expect(first.replayed).toBe(false);
    expect(second).toEqual({ ...first, replayed: true });
    expect(await bookedSeats(session.id)).toBe(2);
    expect(await bookingsOf(stay.id)).toHaveLength(1);
    expect(await eventsOf(first.bookingId)).toHaveLength(1);
  });

  it("answers concurrent retries of one key with one booking", async () => {
    const { stay, service, guest } = await hotel();
    const session = await createSession(service, { startsAt: inHours(4) });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") };

    const results = await Promise.all(Array.from({ length: 5 }, () => bookService(guest, input, NOW)));

    expect(new Set(results.map((r) => r.bookingId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await bookedSeats(session.id)).toBe(1);
    expect(await bookingsOf(stay.id)).toHaveLength(1);
  });

  it("refuses the same key with a different body", async () => {
    const { stay, service, guest } = await hotel();
    const session = await createSession(service, { startsAt: inHours(4) });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") };
    await bookService(guest, input, NOW);

    await expectAppError(bookService(guest, { ...input, quantity: 2 }, NOW), "idempotency:mismatch");
    await expectAppError(bookService(guest, { ...input, note: "changed" }, NOW), "idempotency:mismatch");
    expect(await bookedSeats(session.id)).toBe(1);
    expect(await bookingsOf(stay.id)).toHaveLength(1);
  });

  it("keeps keys apart between stays", async () => {
    const { property, stay, service, guest } = await hotel();
    const other = await createStay(property, { now: NOW });
    const session = await createSession(service, { startsAt: inHours(4) });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") };

    const mine = await bookService(guest, input, NOW);
    const theirs = await bookService(guestOf(other), input, NOW);

    expect(theirs.replayed).toBe(false);
    expect(theirs.bookingId).not.toBe(mine.bookingId);
    expect(await bookedSeats(session.id)).toBe(2);
    expect(await bookingsOf(stay.id)).toHaveLength(1);
  });
});

describe("bookService: on-request services", () => {
  async function roomService(overrides: Parameters<typeof createOnRequestService>[1] = {}) {
    const { property, department, stay, guest } = await hotel();
    const service = await createOnRequestService(department, overrides);
    return { property, stay, service, guest };
  }

  it("books as soon as possible without a time or a session", async () => {
    const { stay, service, guest } = await roomService();
    const result = await bookService(guest, { serviceSlug: service.slug, quantity: 5, idempotencyKey: uniqueId("key") }, NOW);
    // Per booking, and not limited by the party size.
    expect(result).toMatchObject({ status: "requested", totalMinor: 1200, replayed: false });
    const [row] = await bookingsOf(stay.id);
    expect(row).toMatchObject({ sessionId: null, scheduledAt: null, quantity: 5, taxMinor: 79 });
  });

  it("stores a chosen hotel-local time as an instant", async () => {
    const { stay, service, guest } = await roomService();
    await bookService(guest, { serviceSlug: service.slug, quantity: 1, dueAt: `${TODAY}T18:30`, idempotencyKey: uniqueId("key") }, NOW);
    const [row] = await bookingsOf(stay.id);
    expect(row.scheduledAt?.toISOString()).toBe("2026-06-15T16:30:00.000Z");
  });

  it.each([
    ["in the past", `${TODAY}T09:00`, 0, "availability.lead_time"],
    ["right now", `${TODAY}T10:00`, 0, "availability.lead_time"],
    ["inside the lead time", `${TODAY}T10:20`, 30, "availability.lead_time"],
    ["after check-out", "2026-06-19T09:00", 0, "availability.outside_stay"],
  ] as const)("refuses a time %s", async (_label, dueAt, leadTimeMinutes, field) => {
    const { stay, service, guest } = await roomService({ leadTimeMinutes });
    const err = await expectAppError(
      bookService(guest, { serviceSlug: service.slug, quantity: 1, dueAt, idempotencyKey: uniqueId("key") }, NOW),
      "booking:not_bookable",
    );
    expect(err.fieldErrors?.dueAt).toEqual([field]);
    expect(await bookingsOf(stay.id)).toEqual([]);
  });
});

describe("availabilityForDay", () => {
  async function countSessions(serviceId: string) {
    return (await db().select({ id: serviceSessions.id }).from(serviceSessions).where(eq(serviceSessions.serviceId, serviceId))).length;
  }

  it("creates the day's sessions from the schedule once, and says why each can or cannot be booked", async () => {
    const { service, guest } = await hotel({
      leadTimeMinutes: 60,
      schedule: [
        { weekday: 1, startTime: "09:00" }, // before NOW
        { weekday: 1, startTime: "10:30" }, // inside the lead time
        { weekday: 1, startTime: "14:00" },
        { weekday: 1, startTime: "18:00", capacity: 2 },
        { weekday: 2, startTime: "09:00" }, // Tuesdays only
      ],
    });

    const first = await availabilityForDay(guest, service.slug, TODAY, NOW);
    expect(await countSessions(service.id)).toBe(4);
    const second = await availabilityForDay(guest, service.slug, TODAY, NOW);
    expect(await countSessions(service.id)).toBe(4);
    expect(second?.map((s) => s.id)).toEqual(first?.map((s) => s.id));

    expect(first?.map((s) => [s.startsAt.toISOString(), s.capacity, s.remaining, s.reason])).toEqual([
      ["2026-06-15T07:00:00.000Z", 6, 6, "past"],
      ["2026-06-15T08:30:00.000Z", 6, 6, "lead_time"],
      ["2026-06-15T12:00:00.000Z", 6, 6, null],
      ["2026-06-15T16:00:00.000Z", 2, 2, null],
    ]);
  });

  it("reports a full session and what is left of the others", async () => {
    const { service, guest } = await hotel({ schedule: [{ weekday: 1, startTime: "14:00" }, { weekday: 1, startTime: "16:00" }] });
    const [full, half] = (await availabilityForDay(guest, service.slug, TODAY, NOW))!;
    await db().update(serviceSessions).set({ booked: 6 }).where(eq(serviceSessions.id, full.id));
    await db().update(serviceSessions).set({ booked: 4 }).where(eq(serviceSessions.id, half.id));

    const sessions = await availabilityForDay(guest, service.slug, TODAY, NOW);
    expect(sessions?.map((s) => [s.remaining, s.reason])).toEqual([
      [0, "full"],
      [2, null],
    ]);
  });

  it("makes no sessions for a day outside the stay, and reports existing ones there as outside_stay", async () => {
    const { service, guest } = await hotel({ schedule: [{ weekday: 5, startTime: "14:00" }] });
    // Friday 19 June, the day after check-out: a guest cannot make rows for any date they like.
    expect(await availabilityForDay(guest, service.slug, "2026-06-19", NOW)).toEqual([]);
    expect(await countSessions(service.id)).toBe(0);

    // A row someone else's stay (or staff) made for that day is shown, but not bookable for this stay.
    await createSession(service, { startsAt: new Date("2026-06-19T12:00:00Z") });
    const afterStay = await availabilityForDay(guest, service.slug, "2026-06-19", NOW);
    expect(afterStay?.map((s) => [s.startsAt.toISOString(), s.reason])).toEqual([["2026-06-19T12:00:00.000Z", "outside_stay"]]);
  });

  it("reports an inactive service", async () => {
    const closed = await hotel({ active: false, schedule: [{ weekday: 1, startTime: "14:00" }] });
    const inactive = await availabilityForDay(closed.guest, closed.service.slug, TODAY, NOW);
    expect(inactive?.map((s) => s.reason)).toEqual(["inactive"]);
  });

  it("places sessions right on the daylight-saving change days", async () => {
    const springNow = new Date("2026-03-28T09:00:00Z");
    const spring = await hotel(
      { schedule: [{ weekday: 7, startTime: "00:15" }, { weekday: 7, startTime: "02:30" }, { weekday: 7, startTime: "09:00" }, { weekday: 7, startTime: "23:30" }] },
      { now: springNow },
    );
    const springSessions = await availabilityForDay(spring.guest, spring.service.slug, "2026-03-29", springNow);
    expect(springSessions?.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-28T23:15:00.000Z",
      "2026-03-29T01:30:00.000Z", // 02:30 does not exist: 03:30 CEST
      "2026-03-29T07:00:00.000Z",
      "2026-03-29T21:30:00.000Z",
    ]);

    const fallNow = new Date("2026-10-24T09:00:00Z");
    const fall = await hotel(
      { schedule: [{ weekday: 7, startTime: "00:15" }, { weekday: 7, startTime: "09:00" }, { weekday: 7, startTime: "23:30" }] },
      { now: fallNow },
    );
    const fallSessions = await availabilityForDay(fall.guest, fall.service.slug, "2026-10-25", fallNow);
    expect(fallSessions?.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-10-24T22:15:00.000Z",
      "2026-10-25T08:00:00.000Z",
      "2026-10-25T22:30:00.000Z", // in the 25th hour of the day
    ]);
  });

  it("is null for a service of another property", async () => {
    const { guest } = await hotel();
    const elsewhere = await hotel({ schedule: [{ weekday: 1, startTime: "14:00" }] });
    expect(await availabilityForDay(guest, elsewhere.service.slug, TODAY, NOW)).toBeNull();
    expect(await countSessions(elsewhere.service.id)).toBe(0);
  });
});

describe("listBookingsForStay", () => {
  it("returns only that stay's bookings, newest first", async () => {
    const { property, service, guest } = await hotel();
    const neighbour = await createStay(property, { now: NOW });
    const elsewhere = await hotel();
    const session = await createSession(service, { startsAt: inHours(4) });
    const foreignSession = await createSession(elsewhere.service, { startsAt: inHours(4) });

    const a = await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    const b = await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 2, idempotencyKey: uniqueId("key") }, NOW);
    await bookService(guestOf(neighbour), { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    await bookService(elsewhere.guest, { serviceSlug: elsewhere.service.slug, sessionId: foreignSession.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    // Make the order unambiguous whatever the clock resolution.
    await db().update(bookings).set({ createdAt: new Date("2026-06-15T07:00:00Z") }).where(eq(bookings.id, a.bookingId));
    await db().update(bookings).set({ createdAt: new Date("2026-06-15T07:30:00Z") }).where(eq(bookings.id, b.bookingId));

    const mine = await listBookingsForStay(guest);
    expect(mine.map((r) => [r.id, r.quantity, r.serviceSlug])).toEqual([
      [b.bookingId, 2, service.slug],
      [a.bookingId, 1, service.slug],
    ]);
  });

  it("returns nothing when the stay is paired with another property", async () => {
    const { stay, service, guest } = await hotel();
    const session = await createSession(service, { startsAt: inHours(4) });
    await bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    const elsewhere = await hotel();
    expect(await listBookingsForStay({ stayId: stay.id, propertyId: elsewhere.property.id })).toEqual([]);
  });
});
