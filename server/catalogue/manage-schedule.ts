// A timed service's weekly schedule and its exceptions (closed days or times, extra sessions), and how
// existing future session rows and rental stock days follow a change. Every change is audited.
import "server-only";
import { and, eq, exists, gt, gte, inArray, lte, or, sql } from "drizzle-orm";
import { planSessionSync, sessionsForDay, type ScheduleException } from "@/lib/session-plan";
import { dayOf, hotelToday } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import {
  bookings,
  properties,
  rentalDays,
  scheduleExceptions,
  serviceSchedules,
  serviceSessions,
  services,
  waitlistEntries,
  type Service,
} from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { notifyCatalogueChange } from "@/server/live";

export type SyncSummary = { updated: number; deleted: number; inserted: number; keptWithBookings: number };

type SyncService = Pick<Service, "id" | "propertyId" | "capacity" | "durationMinutes">;

/**
 * Brings the future session rows of a timed or ticketed service in line with its schedule,
 * exceptions, seats and length (see planSessionSync in lib/session-plan.ts for the rules). Sessions
 * guests have booked seats in are never touched: those guests keep the time and the seats they
 * booked, and capacity never drops below `booked`. Every write repeats `booked = 0` in its WHERE, so
 * a guest who books a seat meanwhile wins and the row is left alone.
 */
export async function syncFutureSessions(tx: Tx, service: SyncService, timeZone: string, now: Date): Promise<SyncSummary> {
  const referenced = or(
    exists(tx.select({ one: sql`1` }).from(bookings).where(eq(bookings.sessionId, serviceSessions.id))),
    exists(tx.select({ one: sql`1` }).from(waitlistEntries).where(eq(waitlistEntries.sessionId, serviceSessions.id))),
  );
  const rows = await tx
    .select({
      id: serviceSessions.id,
      startsAt: serviceSessions.startsAt,
      endsAt: serviceSessions.endsAt,
      capacity: serviceSessions.capacity,
      booked: serviceSessions.booked,
      referenced: sql<boolean>`${referenced}`,
    })
    .from(serviceSessions)
    .where(and(eq(serviceSessions.serviceId, service.id), gt(serviceSessions.startsAt, now)));
  const today = hotelToday(timeZone, now);
  const [rules, exceptionRows] = await Promise.all([
    tx
      .select({ weekday: serviceSchedules.weekday, startTime: serviceSchedules.startTime, capacity: serviceSchedules.capacity })
      .from(serviceSchedules)
      .where(eq(serviceSchedules.serviceId, service.id)),
    tx
      .select({ day: scheduleExceptions.day, startTime: scheduleExceptions.startTime, closed: scheduleExceptions.closed, capacity: scheduleExceptions.capacity })
      .from(scheduleExceptions)
      .where(and(eq(scheduleExceptions.serviceId, service.id), gte(scheduleExceptions.day, today))),
  ]);
  const exceptions: ScheduleException[] = exceptionRows;
  // The days to look at: those with rows already, and those an exception changes.
  const days = new Set([...rows.map((r) => dayOf(r.startsAt, timeZone)), ...exceptions.map((e) => e.day)]);
  const defaults = { capacity: service.capacity ?? 1, durationMinutes: service.durationMinutes ?? 60 };
  const plan = [...days].map((day) => sessionsForDay(rules, exceptions, day, timeZone, defaults));
  const sync = planSessionSync(
    rows.map((r) => ({ ...r, referenced: Boolean(r.referenced) })),
    plan,
  );
  const summary: SyncSummary = { updated: 0, deleted: 0, inserted: 0, keptWithBookings: sync.keptWithBookings };
  for (const u of sync.update) {
    const done = await tx
      .update(serviceSessions)
      .set({ capacity: u.capacity, endsAt: u.endsAt })
      .where(and(eq(serviceSessions.id, u.id), eq(serviceSessions.booked, 0)))
      .returning({ id: serviceSessions.id });
    summary.updated += done.length;
  }
  if (sync.delete.length) {
    const done = await tx
      .delete(serviceSessions)
      .where(and(inArray(serviceSessions.id, sync.delete), eq(serviceSessions.booked, 0), sql`not ${referenced}`))
      .returning({ id: serviceSessions.id });
    summary.deleted = done.length;
  }
  const inserts = sync.insert.filter((s) => s.startsAt.getTime() > now.getTime());
  if (inserts.length) {
    const done = await tx
      .insert(serviceSessions)
      .values(inserts.map((s) => ({ ...s, serviceId: service.id, propertyId: service.propertyId })))
      .onConflictDoNothing({ target: [serviceSessions.serviceId, serviceSessions.startsAt] })
      .returning({ id: serviceSessions.id });
    summary.inserted = done.length;
  }
  return summary;
}

/** A new rental stock applies to coming days, except where more than that is already booked (those keep theirs). */
export async function syncRentalStock(
  tx: Tx,
  service: Pick<Service, "id" | "capacity">,
  timeZone: string,
  now: Date,
): Promise<SyncSummary> {
  const stock = service.capacity ?? 0;
  const today = hotelToday(timeZone, now);
  const coming = and(eq(rentalDays.serviceId, service.id), gte(rentalDays.day, today));
  const updated = await tx
    .update(rentalDays)
    .set({ capacity: stock })
    .where(and(coming, lte(rentalDays.booked, stock), sql`${rentalDays.capacity} <> ${stock}`))
    .returning({ day: rentalDays.day });
  const kept = await tx
    .select({ day: rentalDays.day })
    .from(rentalDays)
    .where(and(coming, gt(rentalDays.booked, stock)));
  return { updated: updated.length, deleted: 0, inserted: 0, keptWithBookings: kept.length };
}

/** Locks the service row for the change (two managers editing one schedule take turns) and returns it. */
async function lockService(tx: Tx, actor: AdminActor, serviceId: string) {
  const [service] = await tx
    .select({
      id: services.id,
      propertyId: services.propertyId,
      mode: services.mode,
      capacity: services.capacity,
      durationMinutes: services.durationMinutes,
      timeZone: properties.timeZone,
    })
    .from(services)
    .innerJoin(properties, eq(properties.id, services.propertyId))
    .where(and(eq(services.id, serviceId), eq(services.propertyId, actor.propertyId)))
    .for("update", { of: services })
    .limit(1);
  if (!service) throw notFound("Service");
  if (service.mode !== "timed" && service.mode !== "ticket") throw fieldError("_form", "staff.catalogueAdmin.errors.noSchedule");
  return service;
}

export type ScheduleChange = { sync: SyncSummary };

/** Adds one start time on each of the given weekdays (existing ones are left as they are). */
export async function addScheduleTimes(
  actor: AdminActor,
  serviceId: string,
  input: { weekdays: number[]; startTime: string; capacity: number | null },
  now = new Date(),
): Promise<ScheduleChange & { added: number }> {
  const action = "catalogue.schedule.add";
  await requireManager(actor, action, serviceId);
  return db().transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    const added = await tx
      .insert(serviceSchedules)
      .values(input.weekdays.map((weekday) => ({ serviceId, weekday, startTime: input.startTime, capacity: input.capacity })))
      .onConflictDoNothing()
      .returning({ id: serviceSchedules.id, weekday: serviceSchedules.weekday });
    const sync = await syncFutureSessions(tx, service, service.timeZone, now);
    await auditChange(tx, actor, {
      action,
      target: serviceId,
      detail: { startTime: input.startTime, capacity: input.capacity, weekdays: added.map((a) => a.weekday), sync },
    });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { added: added.length, sync };
  });
}

export async function removeScheduleTime(actor: AdminActor, serviceId: string, scheduleId: string, now = new Date()): Promise<ScheduleChange> {
  const action = "catalogue.schedule.remove";
  await requireManager(actor, action, serviceId);
  return db().transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    const [removed] = await tx
      .delete(serviceSchedules)
      .where(and(eq(serviceSchedules.id, scheduleId), eq(serviceSchedules.serviceId, serviceId)))
      .returning({ weekday: serviceSchedules.weekday, startTime: serviceSchedules.startTime, capacity: serviceSchedules.capacity });
    if (!removed) throw notFound("Start time");
    const sync = await syncFutureSessions(tx, service, service.timeZone, now);
    await auditChange(tx, actor, { action, target: serviceId, detail: { removed, sync } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { sync };
  });
}

export type ExceptionInput = { day: string; startTime: string | null; closed: boolean; capacity: number | null; note: string | null };

/** Closes a day or one start time, or adds an extra session, on a coming day. */
export async function addException(actor: AdminActor, serviceId: string, input: ExceptionInput, now = new Date()): Promise<ScheduleChange> {
  const action = "catalogue.exception.add";
  await requireManager(actor, action, serviceId);
  return db().transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    if (input.day < hotelToday(service.timeZone, now)) throw fieldError("day", "staff.catalogueAdmin.errors.pastDay");
    const [created] = await tx
      .insert(scheduleExceptions)
      .values({ serviceId, ...input, capacity: input.closed ? null : input.capacity })
      .returning({ id: scheduleExceptions.id });
    const sync = await syncFutureSessions(tx, service, service.timeZone, now);
    await auditChange(tx, actor, { action, target: serviceId, detail: { exceptionId: created.id, ...input, sync } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { sync };
  });
}

export async function removeException(actor: AdminActor, serviceId: string, exceptionId: string, now = new Date()): Promise<ScheduleChange> {
  const action = "catalogue.exception.remove";
  await requireManager(actor, action, serviceId);
  return db().transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    const [removed] = await tx
      .delete(scheduleExceptions)
      .where(and(eq(scheduleExceptions.id, exceptionId), eq(scheduleExceptions.serviceId, serviceId)))
      .returning({ day: scheduleExceptions.day, startTime: scheduleExceptions.startTime, closed: scheduleExceptions.closed });
    if (!removed) throw notFound("Exception");
    const sync = await syncFutureSessions(tx, service, service.timeZone, now);
    await auditChange(tx, actor, { action, target: serviceId, detail: { exceptionId, ...removed, sync } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { sync };
  });
}
