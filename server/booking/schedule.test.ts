// Integration tests of the booking engine's data layer (embedded PGlite, or PostgreSQL with DATABASE_URL): when a service
// can be had — the opening hours of an on-request service, and schedule exceptions (closed days and times, extra
// sessions) over a timed service's weekly schedule.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { serviceSessions } from "@/db/schema";
import { bookedSeats, bookingById, createOnRequestService, createTimedService } from "@/tests/factories";
import { addScheduleException, bookingsOfStay, sessionRow } from "@/tests/factories-engine";
import { engineWeek } from "@/tests/engine-hotel";
import { expectAppError } from "@/tests/expect-app-error";
import { knownBug } from "@/tests/known-bugs";
import { useTestDatabase } from "@/tests/migrate";
import { ensureSessionsForDay, listSessionsForDay } from "@/server/catalogue/sessions";
import { availabilityForDay } from "./availability";
import { bookService } from "./book-service";

useTestDatabase();

// Monday 10 March 2025, 10:00 in Berlin (CET). The stays run Sunday 9 to Sunday 16 March; DAY[1] … DAY[5] are Tuesday 11
// … Saturday 15 March.
const { NOW, DAY, key, hotel } = engineWeek("2025-03-10");

describe("on-request opening hours", () => {
  // Delivered 08:00–20:00 on weekdays only.
  async function roomService() {
    const h = await hotel();
    const cot = await createOnRequestService(h.department, { openFrom: "08:00", openUntil: "20:00", openWeekdays: [1, 2, 3, 4, 5] });
    const order = (dueAt: string) => bookService(h.guest, { serviceSlug: cot.slug, quantity: 1, dueAt, idempotencyKey: key() }, NOW);
    return { ...h, cot, order };
  }

  it.each([
    ["after closing", `${DAY[1]}T20:30`],
    ["before opening", `${DAY[1]}T07:59`],
    ["at night", `${DAY[2]}T03:00`],
    ["on a Saturday", `${DAY[5]}T10:00`],
  ])("refuses a due time %s with availability.closed", async (_label, dueAt) => {
    const { order, stay } = await roomService();
    const err = await expectAppError(order(dueAt), "booking:not_bookable");
    expect(err.fieldErrors?.dueAt).toEqual(["availability.closed"]);
    expect(await bookingsOfStay(stay.id)).toEqual([]);
  });

  it("accepts the opening and the closing minute, stored as instants", async () => {
    const { order } = await roomService();
    const atOpening = await bookingById((await order(`${DAY[1]}T08:00`)).bookingId);
    const atClosing = await bookingById((await order(`${DAY[1]}T20:00`)).bookingId);
    expect(atOpening.scheduledAt?.toISOString()).toBe("2025-03-11T07:00:00.000Z");
    expect(atClosing.scheduledAt?.toISOString()).toBe("2025-03-11T19:00:00.000Z");
  });
});

describe("schedule exceptions", () => {
  // Rides at 10:00 and 15:00 every day.
  async function scheduledHotel() {
    const h = await hotel({ adults: 4 });
    const ride = await createTimedService(h.department, {
      schedule: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, startTime: "10:00" },
        { weekday, startTime: "15:00" },
      ]),
    });
    const times = async (day: string) =>
      (await availabilityForDay(h.guest, ride.slug, day, NOW))!.map((s) => [s.startsAt.toISOString(), s.capacity, s.reason]);
    return { ...h, ride, times };
  }

  it("a closed day has no sessions", async () => {
    const { ride, times } = await scheduledHotel();
    await addScheduleException(ride, { day: DAY[1], closed: true });
    expect(await times(DAY[1])).toEqual([]);
    const rows = await db().select().from(serviceSessions).where(eq(serviceSessions.serviceId, ride.id));
    expect(rows).toEqual([]);
    // The day after runs as usual.
    expect(await times(DAY[2])).toEqual([
      ["2025-03-12T09:00:00.000Z", 6, null],
      ["2025-03-12T14:00:00.000Z", 6, null],
    ]);
  });

  it("a closed day marks sessions that already exist as closed", async () => {
    const { ride, times } = await scheduledHotel();
    await times(DAY[1]);
    await addScheduleException(ride, { day: DAY[1], closed: true });
    expect(await times(DAY[1])).toEqual([
      ["2025-03-11T09:00:00.000Z", 6, "closed"],
      ["2025-03-11T14:00:00.000Z", 6, "closed"],
    ]);
  });

  it("a closed time is not created on a new day, and is marked closed where it exists", async () => {
    const { ride, times, property } = await scheduledHotel();
    await addScheduleException(ride, { day: DAY[1], startTime: "15:00", closed: true });
    expect(await times(DAY[1])).toEqual([["2025-03-11T09:00:00.000Z", 6, null]]);

    await times(DAY[2]);
    await addScheduleException(ride, { day: DAY[2], startTime: "15:00", closed: true });
    const listed = await listSessionsForDay(ride.id, DAY[2], property.timeZone);
    expect(listed.map((s) => [s.startsAt.toISOString(), s.closed])).toEqual([
      ["2025-03-12T09:00:00.000Z", false],
      ["2025-03-12T14:00:00.000Z", true],
    ]);
    expect(await times(DAY[2])).toEqual([
      ["2025-03-12T09:00:00.000Z", 6, null],
      ["2025-03-12T14:00:00.000Z", 6, "closed"],
    ]);
  });

  // See tests/known-bugs.ts: closedSessionIsBookable.
  knownBug("closedSessionIsBookable")("refuses to book a session that an exception closed, and takes no seat", async () => {
    const { ride, times, guest, stay } = await scheduledHotel();
    await times(DAY[2]);
    await addScheduleException(ride, { day: DAY[2], startTime: "15:00", closed: true });
    const closedSession = (await availabilityForDay(guest, ride.slug, DAY[2], NOW))!.find((s) => s.reason === "closed")!;

    const err = await expectAppError(
      bookService(guest, { serviceSlug: ride.slug, sessionId: closedSession.id, quantity: 1, idempotencyKey: key() }, NOW),
      "booking:not_bookable",
    );
    expect(err.fieldErrors?.sessionId).toEqual(["availability.closed"]);
    expect(await bookedSeats(closedSession.id)).toBe(0);
    expect(await bookingsOfStay(stay.id)).toEqual([]);
  });

  it("an extra session appears with its own capacity and can be booked", async () => {
    const { ride, times, guest } = await scheduledHotel();
    await addScheduleException(ride, { day: DAY[3], startTime: "18:30", closed: false, capacity: 4 });
    expect(await times(DAY[3])).toEqual([
      ["2025-03-13T09:00:00.000Z", 6, null],
      ["2025-03-13T14:00:00.000Z", 6, null],
      ["2025-03-13T17:30:00.000Z", 4, null],
    ]);
    // Only that day.
    expect((await times(DAY[4])).map(([at]) => at)).toEqual(["2025-03-14T09:00:00.000Z", "2025-03-14T14:00:00.000Z"]);

    const extra = (await availabilityForDay(guest, ride.slug, DAY[3], NOW))![2];
    await bookService(guest, { serviceSlug: ride.slug, sessionId: extra.id, quantity: 4, idempotencyKey: key() }, NOW);
    expect(await sessionRow(extra.id)).toMatchObject({ capacity: 4, booked: 4 });
  });

  it("making the sessions of a day twice, or at once, gives one row per time", async () => {
    const { ride, property } = await scheduledHotel();
    await addScheduleException(ride, { day: DAY[3], startTime: "18:30", closed: false });
    await Promise.all([1, 2, 3].map(() => ensureSessionsForDay(db(), ride, DAY[3], property.timeZone)));
    await ensureSessionsForDay(db(), ride, DAY[3], property.timeZone);
    const rows = await db().select().from(serviceSessions).where(eq(serviceSessions.serviceId, ride.id));
    expect(rows).toHaveLength(3);
  });
});
