// Calendar feeds (iCalendar): each department's run sheet at a secret URL, and a guest's own timed booking as a file.
// Events are written by ical-generator in the hotel's time zone, with its VTIMEZONE from @touch4it/ical-timezones.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { BookingStatus } from "@/lib/booking-status";
import type { LocalizedText } from "@/lib/catalogue-text";
import { db } from "@/db/client";
import { bookingEvents, bookings, departments, properties, serviceSessions, services, stays } from "@/db/schema";
import { auditChange, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";

/** On a department's feed: what is going to happen (awaiting an answer, confirmed, under way). */
export const FEED_STATUSES: BookingStatus[] = ["requested", "confirmed", "in_progress"];
/** The feed starts this many days back, so the last days stay visible in the calendar. */
export const FEED_DAYS_BACK = 3;
/** At most this many events in one feed (a busy department over the coming months). */
const FEED_MAX_EVENTS = 2000;
/** A timed booking without a session end nor a service duration lasts this long in the calendar. */
const DEFAULT_MINUTES = 30;

const PRODID = { company: "Guest Services", product: "Guest Services", language: "EN" };

/** What a token in a URL may look like (the default from the migration: 64 hex digits; rotated: 43 base64url). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

type EventRow = {
  bookingId: string;
  status: BookingStatus;
  scheduledAt: Date;
  sessionEndsAt: Date | null;
  durationMinutes: number | null;
  serviceName: LocalizedText;
  quantity: number;
  note: string | null;
  updatedAt: Date;
  changes: number;
};

function statusOf(status: BookingStatus): ICalEventStatus {
  if (status === "requested") return ICalEventStatus.TENTATIVE;
  if (status === "confirmed" || status === "in_progress" || status === "fulfilled") return ICalEventStatus.CONFIRMED;
  return ICalEventStatus.CANCELLED;
}

/** A stable UID per booking: a calendar app updates the same event when the booking changes. */
export function bookingUid(bookingId: string): string {
  return `booking-${bookingId}@guest-services`;
}

function calendar(name: string, timeZone: string): ICalCalendar {
  const cal = new ICalCalendar({ prodId: PRODID, name });
  cal.timezone({ name: timeZone, generator: getVtimezoneComponent });
  return cal;
}

function addEvent(cal: ICalCalendar, row: EventRow, timeZone: string, summary: string, description: string | null) {
  const end = row.sessionEndsAt ?? new Date(row.scheduledAt.getTime() + (row.durationMinutes ?? DEFAULT_MINUTES) * 60_000);
  // ical-generator writes a plain Date's clock as the server's own (UTC here) next to the TZID: give it the
  // hotel's wall clock as a luxon DateTime in that zone, so DTSTART;TZID=… is the time the guest was told.
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
  cal.createEvent({
    id: bookingUid(row.bookingId),
    start: local(row.scheduledAt),
    end: local(end),
    timezone: timeZone,
    summary,
    description,
    status: statusOf(row.status),
    sequence: row.changes,
    lastModified: row.updatedAt,
    stamp: row.updatedAt,
  });
}

function eventColumns() {
  // The booking's revision (SEQUENCE): one per change on its trail after it was made (confirm, reschedule, …), so a
  // calendar app replaces its copy of the event. The booking's own first row has neither a from-status nor an action.
  const c = db()
    .select({
      bookingId: bookingEvents.bookingId,
      n: sql<number>`count(*) filter (where ${bookingEvents.fromStatus} is not null or ${bookingEvents.action} is not null)`
        .mapWith(Number)
        .as("n"),
    })
    .from(bookingEvents)
    .groupBy(bookingEvents.bookingId)
    .as("changes");
  return {
    sq: c,
    columns: {
      bookingId: bookings.id,
      status: bookings.status,
      scheduledAt: bookings.scheduledAt,
      sessionEndsAt: serviceSessions.endsAt,
      durationMinutes: services.durationMinutes,
      serviceName: services.name,
      quantity: bookings.quantity,
      note: bookings.note,
      updatedAt: bookings.updatedAt,
      changes: c.n,
    },
  };
}

/** The department behind a feed token, or null (unknown, rotated away, or not a token at all). */
export async function findFeedDepartment(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db()
    .select({ id: departments.id, name: departments.name, propertyName: properties.name, timeZone: properties.timeZone })
    .from(departments)
    .innerJoin(properties, eq(properties.id, departments.propertyId))
    .where(eq(departments.calendarToken, token))
    .limit(1);
  return row ?? null;
}

/** The department's feed: its timed bookings from a few days back onward, in the hotel's time zone. */
export async function departmentFeed(token: string, now = new Date()): Promise<string | null> {
  const department = await findFeedDepartment(token);
  if (!department) return null;
  const { sq, columns } = eventColumns();
  const rows = await db()
    .select({ ...columns, guestName: stays.guestName, room: stays.room, vip: stays.vip })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .leftJoin(serviceSessions, eq(serviceSessions.id, bookings.sessionId))
    .leftJoin(sq, eq(sq.bookingId, bookings.id))
    .where(
      and(
        eq(bookings.departmentId, department.id),
        inArray(bookings.status, FEED_STATUSES),
        isNotNull(bookings.scheduledAt),
        gte(bookings.scheduledAt, new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000)),
      ),
    )
    .orderBy(asc(bookings.scheduledAt), asc(bookings.id))
    .limit(FEED_MAX_EVENTS);
  const cal = calendar(`${department.name} · ${department.propertyName}`, department.timeZone);
  for (const row of rows) {
    const who = [row.guestName, row.room ? `room ${row.room}` : null, row.vip ? "VIP" : null].filter(Boolean).join(", ");
    const summary = `${row.serviceName.en}${row.quantity > 1 ? ` ×${row.quantity}` : ""} — ${who}`;
    const description = [row.status === "requested" ? "Awaiting an answer." : null, row.note ? `Guest's note: ${row.note}` : null]
      .filter(Boolean)
      .join("\n");
    addEvent(cal, { ...row, scheduledAt: row.scheduledAt!, changes: Number(row.changes ?? 0) }, department.timeZone, summary, description || null);
  }
  return cal.toString();
}

/** One timed booking of the guest's own stay as a calendar file, or null (not theirs, not timed, unknown). */
export async function guestBookingCalendar(stayId: string, bookingId: string, locale: string): Promise<string | null> {
  const { sq, columns } = eventColumns();
  const [row] = await db()
    .select({ ...columns, propertyName: properties.name, timeZone: properties.timeZone })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(properties, eq(properties.id, bookings.propertyId))
    .leftJoin(serviceSessions, eq(serviceSessions.id, bookings.sessionId))
    .leftJoin(sq, eq(sq.bookingId, bookings.id))
    .where(and(eq(bookings.id, bookingId), eq(bookings.stayId, stayId), isNotNull(bookings.scheduledAt)))
    .limit(1);
  if (!row) return null;
  const name = row.serviceName[locale] ?? row.serviceName.en;
  const cal = calendar(row.propertyName, row.timeZone);
  addEvent(cal, { ...row, scheduledAt: row.scheduledAt!, changes: Number(row.changes ?? 0) }, row.timeZone, `${name} · ${row.propertyName}`, null);
  return cal.toString();
}

/** A new secret for the department's feed: the old URL stops working at once (404). */
export async function rotateCalendarToken(actor: AdminActor, departmentId: string): Promise<{ token: string }> {
  const action = "department.calendar_rotate";
  await requireManager(actor, action, departmentId);
  const token = randomBytes(32).toString("base64url");
  return db().transaction(async (tx) => {
    const updated = await tx
      .update(departments)
      .set({ calendarToken: token })
      .where(and(eq(departments.id, departmentId), eq(departments.propertyId, actor.propertyId)))
      .returning({ id: departments.id });
    if (updated.length === 0) throw notFound("Department");
    await auditChange(tx, actor, { action, target: departmentId });
    return { token };
  });
}
