// Staff changes to an open request besides its status: assign, reschedule, hand over; and the choices each offers.
// (Internal notes are written with the thread: server/requests/thread.ts.)
import "server-only";
import { and, asc, eq, exists, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import { canChangeRequest, type BookingStatus, type RequestChange } from "@/lib/booking-status";
import { AppError } from "@/lib/errors";
import { addDays, dayBounds, hotelToday } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import type { BookingEventDetails } from "@/db/schema/bookings";
import {
  bookingEvents,
  bookings,
  departments,
  properties,
  serviceSessions,
  services,
  staffDepartments,
  staffMemberships,
  staffUsers,
} from "@/db/schema";
import { ensureSessionsForDay } from "@/server/catalogue/sessions";
import { releaseSessionSeats, takeSessionSeats } from "@/server/booking/holds";
import { lockBooking } from "@/server/booking/lock-booking";
import { offerFreedPlaces } from "@/server/booking/waitlist";
import { publishBookingChange } from "@/server/live";
import { notifyGuestOfReschedule } from "@/server/notifications/guest-emails";
import { webhookBookingRescheduled } from "@/server/webhooks/event-hooks";
import { scopeOf, type StaffRef } from "./scope";

/** Locks the request within the staff member's scope and checks the change is still open to it. */
function lockRequest(tx: Tx, staff: StaffRef, bookingId: string, change: RequestChange) {
  return lockBooking(tx, bookingId, scopeOf(staff), (status) => canChangeRequest(change, status), "request");
}

/** What the staff member saw is no longer so: someone else changed it first. */
function changedMeanwhile(): AppError {
  return new AppError("booking:conflict", "Someone else changed this request a moment ago.");
}

function invalid(field: string, key: string, message: string): AppError {
  return new AppError("input:invalid", message, { [field]: [key] });
}

async function recordChange(
  tx: Tx,
  staff: StaffRef,
  bookingId: string,
  status: BookingStatus,
  action: RequestChange,
  note: string,
  details: BookingEventDetails | null = null,
): Promise<void> {
  await tx.insert(bookingEvents).values({
    propertyId: staff.propertyId,
    bookingId,
    actorKind: "staff",
    actorId: staff.staffId,
    actorName: staff.name,
    fromStatus: status,
    toStatus: status,
    action,
    note,
    details,
  });
}

/** Who may take a request of a department: its own staff, reception and the manager; active accounts only. */
function eligibleAssignee(propertyId: string, departmentId: string) {
  return and(
    eq(staffMemberships.propertyId, propertyId),
    eq(staffUsers.active, true),
    or(
      inArray(staffMemberships.role, ["manager", "reception"]),
      exists(
        db()
          .select({ one: sql`1` })
          .from(staffDepartments)
          .where(and(eq(staffDepartments.staffId, staffUsers.id), eq(staffDepartments.departmentId, departmentId))),
      ),
    ),
  );
}

export async function listAssignees(staff: StaffRef, departmentId: string) {
  return db()
    .select({ id: staffUsers.id, name: staffUsers.name, role: staffMemberships.role })
    .from(staffUsers)
    .innerJoin(staffMemberships, eq(staffMemberships.staffId, staffUsers.id))
    .where(eligibleAssignee(staff.propertyId, departmentId))
    .orderBy(asc(staffUsers.name));
}

/**
 * Assigns the request to a person, or to nobody (`assigneeId` null). `expectedAssigneeId` is who
 * the staff member saw assigned: if that changed meanwhile, the second of two desks is told.
 */
export async function assignRequest(
  staff: StaffRef,
  bookingId: string,
  input: { assigneeId: string | null; expectedAssigneeId: string | null },
): Promise<{ assigneeId: string | null }> {
  const departmentId = await db().transaction(async (tx) => {
    const current = await lockRequest(tx, staff, bookingId, "assign");
    if (current.assignedTo !== input.expectedAssigneeId) throw changedMeanwhile();
    if (current.assignedTo === input.assigneeId) throw invalid("assigneeId", "staff.changes.unchanged", "Nothing to change.");
    const ids = [input.assigneeId, current.assignedTo].filter((id): id is string => !!id);
    const people = ids.length
      ? await tx
          .select({ id: staffUsers.id, name: staffUsers.name })
          .from(staffUsers)
          .innerJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, staff.propertyId)))
          .where(inArray(staffUsers.id, ids))
      : [];
    const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name;
    if (input.assigneeId) {
      const [eligible] = await tx
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .innerJoin(staffMemberships, eq(staffMemberships.staffId, staffUsers.id))
        .where(and(eq(staffUsers.id, input.assigneeId), eligibleAssignee(staff.propertyId, current.departmentId)))
        .limit(1);
      if (!eligible) throw invalid("assigneeId", "staff.changes.notEligible", "This person cannot take requests of this department.");
    }
    await tx
      .update(bookings)
      .set({ assignedTo: input.assigneeId, updatedAt: new Date() })
      .where(and(eq(bookings.id, current.id), eq(bookings.propertyId, staff.propertyId)));
    const was = current.assignedTo ? ` (was ${nameOf(current.assignedTo) ?? "someone"})` : "";
    const note = input.assigneeId ? `Assigned to ${nameOf(input.assigneeId)}${was}` : `Unassigned${was}`;
    await recordChange(tx, staff, current.id, current.status, "assign", note, {
      kind: "assign",
      to: input.assigneeId ? (nameOf(input.assigneeId) ?? null) : null,
      was: current.assignedTo ? (nameOf(current.assignedTo) ?? "—") : null,
    });
    return current.departmentId;
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId, bookingId, kind: "assign" });
  return { assigneeId: input.assigneeId };
}

function formatInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

/**
 * Moves a timed booking to another session of the same service. Seats move in one transaction:
 * a conditional UPDATE takes them on the new session (full → booking:full, nothing changes) and
 * the old one gets them back. Both sessions are updated in id order so that two reschedules
 * crossing each other cannot deadlock.
 */
export async function rescheduleRequest(
  staff: StaffRef,
  bookingId: string,
  input: { sessionId: string; expectedSessionId: string },
  now: Date = new Date(),
): Promise<{ scheduledAt: Date }> {
  const result = await db().transaction(async (tx) => {
    const current = await lockRequest(tx, staff, bookingId, "reschedule");
    if (!current.sessionId) throw new AppError("booking:conflict", "This request has no time to move.");
    if (current.sessionId !== input.expectedSessionId) throw changedMeanwhile();
    if (current.sessionId === input.sessionId) throw invalid("sessionId", "staff.changes.unchanged", "Nothing to change.");
    const sessions = await tx
      .select({ id: serviceSessions.id, startsAt: serviceSessions.startsAt, timeZone: properties.timeZone })
      .from(serviceSessions)
      .innerJoin(properties, eq(properties.id, serviceSessions.propertyId))
      .where(
        and(
          inArray(serviceSessions.id, [current.sessionId, input.sessionId]),
          eq(serviceSessions.serviceId, current.serviceId),
          eq(serviceSessions.propertyId, staff.propertyId),
        ),
      );
    const from = sessions.find((s) => s.id === current.sessionId);
    const to = sessions.find((s) => s.id === input.sessionId);
    if (!from || !to || to.startsAt.getTime() <= now.getTime()) {
      throw invalid("sessionId", "staff.changes.badSession", "Choose a later time of the same service.");
    }
    const moves = [
      { id: to.id, run: () => takeSessionSeats(tx, to.id, current.quantity) },
      { id: from.id, run: () => releaseSessionSeats(tx, from.id, current.quantity) },
    ].sort((a, b) => a.id.localeCompare(b.id));
    for (const move of moves) await move.run();
    // The seats left behind go to the waiting list of the old time.
    await offerFreedPlaces(tx, { serviceId: current.serviceId, sessionId: from.id }, now);
    await tx
      .update(bookings)
      .set({
        sessionId: to.id,
        scheduledAt: to.startsAt,
        // An unanswered timed request lapses when its session starts: the new one now.
        ...(current.expiresAt ? { expiresAt: to.startsAt } : {}),
        updatedAt: now,
      })
      .where(and(eq(bookings.id, current.id), eq(bookings.propertyId, staff.propertyId)));
    const note = `Moved from ${formatInstant(from.startsAt, from.timeZone)} to ${formatInstant(to.startsAt, to.timeZone)}`;
    await recordChange(tx, staff, current.id, current.status, "reschedule", note, {
      kind: "reschedule",
      from: from.startsAt.toISOString(),
      to: to.startsAt.toISOString(),
    });
    await notifyGuestOfReschedule(tx, current.id);
    await webhookBookingRescheduled(tx, staff.propertyId, current.id, from.startsAt);
    return { scheduledAt: to.startsAt, departmentId: current.departmentId };
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: result.departmentId, bookingId, kind: "reschedule" });
  return { scheduledAt: result.scheduledAt };
}

/** Sessions of the request's service from now to the end of the guest's stay (at most two weeks), with seats left. */
export async function listRescheduleSessions(
  staff: StaffRef,
  request: { serviceId: string; sessionId: string | null; checkOut: string },
  now: Date = new Date(),
) {
  if (!request.sessionId) return [];
  const [service] = await db()
    .select({
      id: services.id,
      propertyId: services.propertyId,
      capacity: services.capacity,
      durationMinutes: services.durationMinutes,
      timeZone: properties.timeZone,
    })
    .from(services)
    .innerJoin(properties, eq(properties.id, services.propertyId))
    .where(and(eq(services.id, request.serviceId), eq(services.propertyId, staff.propertyId)))
    .limit(1);
  if (!service) return [];
  const today = hotelToday(service.timeZone, now);
  const last = [request.checkOut, addDays(today, 13)].sort()[0];
  // Sessions exist as rows only once someone looked at their day.
  for (let day = today; day <= last; day = addDays(day, 1)) await ensureSessionsForDay(db(), service, day, service.timeZone);
  return db()
    .select({ id: serviceSessions.id, startsAt: serviceSessions.startsAt, capacity: serviceSessions.capacity, booked: serviceSessions.booked })
    .from(serviceSessions)
    .where(
      and(
        eq(serviceSessions.serviceId, service.id),
        gt(serviceSessions.startsAt, now),
        lt(serviceSessions.startsAt, dayBounds(last, service.timeZone).end),
        ne(serviceSessions.id, request.sessionId),
      ),
    )
    .orderBy(asc(serviceSessions.startsAt));
}

export async function listHandOverDepartments(staff: StaffRef) {
  return db()
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.propertyId, staff.propertyId))
    .orderBy(asc(departments.name));
}

/**
 * Hands the request to another department of the property: its staff see it from now on, the
 * old department's no longer (unless they work for both). The assignment is dropped: the new
 * department decides who takes it.
 */
export async function handOverRequest(
  staff: StaffRef,
  bookingId: string,
  input: { departmentId: string; expectedDepartmentId: string; note?: string },
): Promise<{ departmentId: string }> {
  const fromDepartmentId = await db().transaction(async (tx) => {
    const current = await lockRequest(tx, staff, bookingId, "hand_over");
    if (current.departmentId !== input.expectedDepartmentId) throw changedMeanwhile();
    if (current.departmentId === input.departmentId) throw invalid("departmentId", "staff.changes.unchanged", "Nothing to change.");
    const names = await tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(inArray(departments.id, [current.departmentId, input.departmentId]), eq(departments.propertyId, staff.propertyId)));
    const target = names.find((d) => d.id === input.departmentId);
    if (!target) throw invalid("departmentId", "validation.invalid", "Choose a department of this hotel.");
    const source = names.find((d) => d.id === current.departmentId)?.name ?? "another department";
    await tx
      .update(bookings)
      .set({ departmentId: target.id, assignedTo: null, updatedAt: new Date() })
      .where(and(eq(bookings.id, current.id), eq(bookings.propertyId, staff.propertyId)));
    const note = `Handed over from ${source} to ${target.name}${input.note?.trim() ? `: ${input.note.trim()}` : ""}`;
    await recordChange(tx, staff, current.id, current.status, "hand_over", note, {
      kind: "hand_over",
      fromDepartmentId: current.departmentId,
      toDepartmentId: target.id,
      fromName: source,
      toName: target.name,
      note: input.note?.trim() || null,
    });
    return current.departmentId;
  });
  // Both departments' open queues change: one loses the request, the other gains it.
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: fromDepartmentId, bookingId, kind: "hand_over" });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: input.departmentId, bookingId, kind: "hand_over" });
  return { departmentId: input.departmentId };
}
