// Calendar feeds (issue 14 point 3), read back by a calendar app's parser (node-ical): a department's run sheet at its
// secret URL and a guest's "Add to calendar" file, in the hotel's time zone (VTIMEZONE) across both daylight-saving
// changes of Europe/Berlin; a reschedule keeps the UID and raises SEQUENCE; a rotated URL and another stay's booking 404.
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookings, departments, type Department, type Property, type Service } from "@/db/schema";
import { bookingUid, departmentFeed, guestBookingCalendar, rotateCalendarToken } from "@/server/calendar/feeds";
import { rescheduleRequest } from "@/server/requests/changes";
import type { StaffRef } from "@/server/requests/scope";
import { BERLIN, createDepartment, createProperty, createSession, createStaff, createStay, createTimedService } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";

useTestDatabase();

/** 10:00 Berlin on the last Sunday of `month` (3 = March, 10 = October) of the first year still ahead, ± days. */
function aroundChange(month: 3 | 10, dayOffset: number): Date {
  let year = DateTime.now().setZone(BERLIN).year;
  for (;;) {
    const last = DateTime.fromObject({ year, month, day: 1, hour: 10 }, { zone: BERLIN }).endOf("month").startOf("day");
    const sunday = last.minus({ days: last.weekday % 7 }).set({ hour: 10 });
    if (sunday.minus({ days: 2 }) > DateTime.now()) return sunday.plus({ days: dayOffset }).toJSDate();
    year += 1;
  }
}

function events(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
}

/** The event's start as the hotel's wall clock, e.g. "10:00". */
function berlinClock(date: Date): string {
  return DateTime.fromJSDate(date).setZone(BERLIN).toFormat("HH:mm");
}

let property: Property;
let department: Department;
let service: Service;
let manager: StaffRef;

beforeAll(async () => {
  property = await createProperty({ timeZone: BERLIN });
  department = await createDepartment(property);
  service = await createTimedService(department, { durationMinutes: 90 });
  manager = await createStaff(property, { role: "manager" });
});

async function bookAt(startsAt: Date, status: "requested" | "confirmed" | "declined" = "confirmed", ofService = service) {
  const stay = await createStay(property, { checkIn: "2020-01-01", checkOut: "2099-01-01" });
  const session = await createSession(ofService, { startsAt, booked: 1 });
  const booking = await insertBooking(stay, ofService, { status, scheduledAt: startsAt });
  await db().update(bookings).set({ sessionId: session.id }).where(eq(bookings.id, booking.id));
  return { stay, session, booking };
}

describe("a department's feed", () => {
  it("has the department's timed bookings at the right Berlin times on both sides of each daylight-saving change", async () => {
    const beforeSpring = await bookAt(aroundChange(3, -1)); // Saturday: CET, UTC+1
    const afterSpring = await bookAt(aroundChange(3, 1), "requested"); // Monday: CEST, UTC+2
    const beforeAutumn = await bookAt(aroundChange(10, -1)); // CEST
    const afterAutumn = await bookAt(aroundChange(10, 1)); // CET
    const declined = await bookAt(aroundChange(10, 2), "declined");
    const [row] = await db().select({ token: departments.calendarToken }).from(departments).where(eq(departments.id, department.id));

    const ics = (await departmentFeed(row.token))!;
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("TZID:Europe/Berlin");
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T100000/);
    const byUid = new Map(events(ics).map((e) => [e.uid, e]));
    expect(byUid.has(bookingUid(declined.booking.id))).toBe(false);
    for (const { booking } of [beforeSpring, afterSpring, beforeAutumn, afterAutumn]) {
      const event = byUid.get(bookingUid(booking.id))!;
      expect(event, booking.id).toBeDefined();
      // The same instant the booking holds, which is 10:00 on the hotel's clock whatever the offset that day.
      expect(event.start.getTime()).toBe(booking.scheduledAt!.getTime());
      expect(berlinClock(event.start)).toBe("10:00");
      expect(berlinClock(event.end!)).toBe("11:30");
      expect((event.start as Date & { tz?: string }).tz).toBe(BERLIN);
    }
    // The offsets differ across each change: UTC 09:00 in winter, 08:00 in summer.
    expect(byUid.get(bookingUid(beforeSpring.booking.id))!.start.toISOString()).toMatch(/T09:00:00/);
    expect(byUid.get(bookingUid(afterSpring.booking.id))!.start.toISOString()).toMatch(/T08:00:00/);
    expect(byUid.get(bookingUid(beforeAutumn.booking.id))!.start.toISOString()).toMatch(/T08:00:00/);
    expect(byUid.get(bookingUid(afterAutumn.booking.id))!.start.toISOString()).toMatch(/T09:00:00/);
    expect(byUid.get(bookingUid(afterSpring.booking.id))!.status).toBe("TENTATIVE");
    expect(byUid.get(bookingUid(beforeSpring.booking.id))!.status).toBe("CONFIRMED");
  });

  it("leaves out other departments' bookings and those more than a few days past", async () => {
    const other = await createDepartment(property);
    const otherService = await createTimedService(other);
    const stay = await createStay(property, { checkIn: "2020-01-01", checkOut: "2099-01-01" });
    const elsewhere = await insertBooking(stay, otherService, { scheduledAt: aroundChange(3, 0) });
    const old = await insertBooking(stay, service, { scheduledAt: new Date(Date.now() - 5 * 86_400_000) });
    const recent = await insertBooking(stay, service, { scheduledAt: new Date(Date.now() - 1 * 86_400_000) });
    const [row] = await db().select({ token: departments.calendarToken }).from(departments).where(eq(departments.id, department.id));
    const uids = events((await departmentFeed(row.token))!).map((e) => e.uid);
    expect(uids).toContain(bookingUid(recent.id));
    expect(uids).not.toContain(bookingUid(old.id));
    expect(uids).not.toContain(bookingUid(elsewhere.id));
  });

  // Over HTTP (the route's 404) in e2e/calendar.spec.ts.
  it("has nothing at the old address once the manager made a new one, and serves the new one", async () => {
    const dept = await createDepartment(property);
    const [before] = await db().select({ token: departments.calendarToken }).from(departments).where(eq(departments.id, dept.id));
    expect(await departmentFeed(before.token)).toContain("BEGIN:VCALENDAR");
    const { token } = await rotateCalendarToken(manager, dept.id);
    expect(token).not.toBe(before.token);
    expect(await departmentFeed(before.token)).toBeNull();
    expect(await departmentFeed(token)).toContain("BEGIN:VCALENDAR");
    expect(await departmentFeed("not-a-token")).toBeNull();
  });

  it("lets only a manager make a new address", async () => {
    const reception = await createStaff(property, { role: "reception" });
    await expect(rotateCalendarToken(reception, department.id)).rejects.toMatchObject({ code: "auth:forbidden" });
    const elsewhere = await createProperty();
    const otherManager = await createStaff(elsewhere, { role: "manager" });
    await expect(rotateCalendarToken(otherManager, department.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the guest's Add to calendar file", () => {
  it("is the guest's own timed booking; a reschedule moves it under the same UID with a higher SEQUENCE", async () => {
    const own = await createTimedService(department, { durationMinutes: 90 });
    const { stay, booking } = await bookAt(aroundChange(3, -1), "confirmed", own);
    const first = events((await guestBookingCalendar(stay.id, booking.id, "en"))!);
    expect(first).toHaveLength(1);
    expect(first[0].uid).toBe(bookingUid(booking.id));
    expect(berlinClock(first[0].start)).toBe("10:00");
    expect(first[0].start.toISOString()).toMatch(/T09:00:00/);

    // Staff move it across the spring change, to 14:00 two days later (summer time).
    const later = DateTime.fromJSDate(aroundChange(3, 1)).setZone(BERLIN).set({ hour: 14 }).toJSDate();
    const to = await createSession(own, { startsAt: later });
    const staff = await createStaff(property, { role: "department", departments: [department] });
    await rescheduleRequest(staff, booking.id, { sessionId: to.id, expectedSessionId: (await sessionOf(booking.id))! });

    const ics = (await guestBookingCalendar(stay.id, booking.id, "en"))!;
    const [moved] = events(ics);
    expect(moved.uid).toBe(first[0].uid);
    expect(berlinClock(moved.start)).toBe("14:00");
    expect(moved.start.toISOString()).toMatch(/T12:00:00/);
    expect(Number(moved.sequence)).toBeGreaterThan(Number(first[0].sequence));
    expect(moved.lastmodified!.getTime()).toBeGreaterThanOrEqual(first[0].lastmodified!.getTime());
    expect(ics).toContain("BEGIN:VTIMEZONE");
  });

  it("is nothing for another stay's booking or a booking without a time", async () => {
    const { booking } = await bookAt(aroundChange(10, -1), "confirmed", await createTimedService(department));
    const otherStay = await createStay(property, { checkIn: "2020-01-01", checkOut: "2099-01-01" });
    expect(await guestBookingCalendar(otherStay.id, booking.id, "en")).toBeNull();
    const untimed = await insertBooking(otherStay, service, { scheduledAt: null });
    expect(await guestBookingCalendar(otherStay.id, untimed.id, "en")).toBeNull();
  });
});

async function sessionOf(bookingId: string): Promise<string | null> {
  const [row] = await db().select({ id: bookings.sessionId }).from(bookings).where(eq(bookings.id, bookingId));
  return row.id;
}
