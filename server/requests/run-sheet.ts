// The run sheet: one hotel-local day's bookings per department and time, with guests, rooms and ages, for the staff who run it.
import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { LocalizedText } from "@/db/schema/catalogue";
import type { BookingStatus } from "@/lib/booking-status";
import { dayBounds, type Day } from "@/lib/time";
import { db } from "@/db/client";
import { bookings, departments, services, stays } from "@/db/schema";
import type { StaffRef } from "./scope";

/** On the sheet: everything that will or did happen that day; declined, cancelled and expired ones are not. */
export const RUN_SHEET_STATUSES: BookingStatus[] = ["requested", "confirmed", "in_progress", "fulfilled", "no_show"];

export type RunSheetEntry = {
  bookingId: string;
  status: BookingStatus;
  quantity: number;
  note: string | null;
  guestName: string;
  room: string | null;
  vip: boolean;
  reservationCode: string;
  adults: number;
  childAges: number[];
  /** Whether the ages are the booking's own participants or, failing those, the whole stay's party. */
  agesFrom: "booking" | "stay";
};

/** Bookings of one service at one time (or all day, or as soon as possible). */
export type RunSheetSlot = {
  kind: "timed" | "all_day" | "asap";
  at: Date | null;
  serviceName: LocalizedText;
  /** Rentals: the first and last day out. */
  startDay: string | null;
  endDay: string | null;
  quantity: number;
  entries: RunSheetEntry[];
};

export type RunSheetDepartment = { id: string; name: string; slots: RunSheetSlot[] };

/** Department staff see their departments; reception and the manager the whole property. */
function departmentScope(staff: StaffRef): SQL {
  const property = eq(departments.propertyId, staff.propertyId);
  if (staff.role !== "department") return property;
  if (staff.departmentIds.length === 0) return sql`false`;
  return and(property, inArray(departments.id, staff.departmentIds))!;
}

/** The departments whose run sheets this staff member may see, in name order. */
export async function listRunSheetDepartments(staff: StaffRef) {
  return db()
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(departmentScope(staff))
    .orderBy(asc(departments.name), asc(departments.id));
}

/**
 * The day's sheet: sessions and due deliveries starting that day, rentals out that day, and
 * "as soon as possible" requests made that day. Grouped by department (name order), then by
 * time (all-day rentals first, then by the clock, then as-soon-as-possible requests), then service.
 */
export async function getRunSheet(
  staff: StaffRef,
  day: Day,
  timeZone: string,
  options: { departmentId?: string } = {},
): Promise<RunSheetDepartment[]> {
  const { start, end } = dayBounds(day, timeZone);
  const onDay = or(
    and(gte(bookings.scheduledAt, start), lt(bookings.scheduledAt, end)),
    and(lte(bookings.startDay, day), gte(bookings.endDay, day)),
    and(isNull(bookings.scheduledAt), isNull(bookings.startDay), gte(bookings.createdAt, start), lt(bookings.createdAt, end)),
  );
  const rows = await db()
    .select({
      bookingId: bookings.id,
      status: bookings.status,
      quantity: bookings.quantity,
      note: bookings.note,
      scheduledAt: bookings.scheduledAt,
      startDay: bookings.startDay,
      endDay: bookings.endDay,
      createdAt: bookings.createdAt,
      participants: bookings.participants,
      serviceId: services.id,
      serviceName: services.name,
      departmentId: departments.id,
      departmentName: departments.name,
      guestName: stays.guestName,
      room: stays.room,
      vip: stays.vip,
      reservationCode: stays.reservationCode,
      stayAdults: stays.adults,
      stayChildAges: stays.childrenAges,
    })
    .from(bookings)
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .where(
      and(
        eq(bookings.propertyId, staff.propertyId),
        departmentScope(staff),
        options.departmentId ? eq(departments.id, options.departmentId) : undefined,
        inArray(bookings.status, RUN_SHEET_STATUSES),
        onDay,
      ),
    )
    .orderBy(asc(departments.name), asc(departments.id), asc(bookings.scheduledAt), asc(bookings.createdAt));

  const sheet = new Map<string, RunSheetDepartment>();
  const slots = new Map<string, RunSheetSlot>();
  for (const row of rows) {
    let department = sheet.get(row.departmentId);
    if (!department) {
      department = { id: row.departmentId, name: row.departmentName, slots: [] };
      sheet.set(row.departmentId, department);
    }
    const kind: RunSheetSlot["kind"] = row.startDay ? "all_day" : row.scheduledAt ? "timed" : "asap";
    const key = `${row.departmentId}|${kind}|${row.scheduledAt?.getTime() ?? ""}|${row.serviceId}|${row.startDay ?? ""}|${row.endDay ?? ""}`;
    let slot = slots.get(key);
    if (!slot) {
      slot = { kind, at: row.scheduledAt, serviceName: row.serviceName, startDay: row.startDay, endDay: row.endDay, quantity: 0, entries: [] };
      slots.set(key, slot);
      department.slots.push(slot);
    }
    slot.quantity += row.quantity;
    slot.entries.push({
      bookingId: row.bookingId,
      status: row.status,
      quantity: row.quantity,
      note: row.note,
      guestName: row.guestName,
      room: row.room,
      vip: row.vip,
      reservationCode: row.reservationCode,
      adults: row.participants?.adults ?? row.stayAdults,
      childAges: row.participants?.childAges ?? row.stayChildAges,
      agesFrom: row.participants ? "booking" : "stay",
    });
  }
  const ORDER = { all_day: 0, timed: 1, asap: 2 } as const;
  for (const department of sheet.values()) {
    department.slots.sort(
      (a, b) =>
        ORDER[a.kind] - ORDER[b.kind] ||
        (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0) ||
        a.serviceName.en.localeCompare(b.serviceName.en),
    );
  }
  return [...sheet.values()];
}
