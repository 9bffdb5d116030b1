// Catalogue management for the manager: the catalogue as the back office lists it, one service to
// edit, and saving or creating a service. Every change is audited; bookings are never touched (they
// keep the price snapshot they were made with).
import "server-only";
import { and, asc, eq, gte, max } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { hotelToday } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { UNIQUE_VIOLATION, sqlState } from "@/server/db-errors";
import {
  departments,
  packageItems,
  packages,
  properties,
  scheduleExceptions,
  serviceSchedules,
  services,
  type LocalizedText,
  type Service,
} from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { getPropertySettings } from "@/server/property/settings";
import { syncFutureSessions, syncRentalStock, type SyncSummary } from "./manage-schedule";
import { notifyCatalogueChange } from "@/server/live";

export type ServiceMode = Service["mode"];

/** Everything the service form edits (the mode and slug are chosen once, at creation). */
export type ServiceValues = {
  departmentId: string;
  name: LocalizedText;
  description: LocalizedText;
  priceMinor: number;
  priceUnit: Service["priceUnit"];
  taxRateBp: number;
  costMinor: number;
  complimentary: boolean;
  durationMinutes: number | null;
  capacity: number | null;
  leadTimeMinutes: number;
  minAge: number | null;
  maxPerBooking: number;
  cancelCutoffMinutes: number;
  confirmation: Service["confirmation"];
  openFrom: string | null;
  openUntil: string | null;
  openWeekdays: number[];
  active: boolean;
};

export async function listDepartmentsForAdmin(propertyId: string) {
  return db()
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.propertyId, propertyId))
    .orderBy(asc(departments.name));
}

/** Packages with their items, and every service (active or not) with its department, for the catalogue page. */
export async function listCatalogue(actor: AdminActor) {
  await requireManager(actor, "catalogue.read");
  const scope = actor.propertyId;
  const [pkgs, items, svcs, depts, property] = await Promise.all([
    db()
      .select({
        id: packages.id,
        slug: packages.slug,
        name: packages.name,
        active: packages.active,
        bundlePriceMinor: packages.bundlePriceMinor,
      })
      .from(packages)
      .where(eq(packages.propertyId, scope))
      .orderBy(asc(packages.sortOrder), asc(packages.slug)),
    db()
      .select({ packageId: packageItems.packageId, serviceId: packageItems.serviceId })
      .from(packageItems)
      .innerJoin(packages, eq(packages.id, packageItems.packageId))
      .where(eq(packages.propertyId, scope))
      .orderBy(asc(packageItems.sortOrder)),
    db()
      .select({
        id: services.id,
        slug: services.slug,
        name: services.name,
        mode: services.mode,
        priceMinor: services.priceMinor,
        priceUnit: services.priceUnit,
        complimentary: services.complimentary,
        active: services.active,
        departmentId: services.departmentId,
      })
      .from(services)
      .where(eq(services.propertyId, scope))
      .orderBy(asc(services.sortOrder), asc(services.slug)),
    listDepartmentsForAdmin(scope),
    getPropertySettings(scope),
  ]);
  const byId = new Map(svcs.map((s) => [s.id, s]));
  return {
    currency: property.currency,
    packages: pkgs.map((p) => ({
      ...p,
      items: items.filter((i) => i.packageId === p.id).flatMap((i) => byId.get(i.serviceId) ?? []),
    })),
    departments: depts.map((d) => ({ ...d, services: svcs.filter((s) => s.departmentId === d.id) })),
  };
}

/** One service with all it takes to edit it: its fields, packages, weekly schedule and coming exceptions. */
export async function getServiceForEdit(actor: AdminActor, serviceId: string, now = new Date()) {
  await requireManager(actor, "catalogue.read", serviceId);
  const [service] = await db()
    .select()
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.propertyId, actor.propertyId)))
    .limit(1);
  if (!service) return null;
  const property = await getPropertySettings(actor.propertyId);
  const [schedule, exceptions, inPackages, depts] = await Promise.all([
    db()
      .select({ id: serviceSchedules.id, weekday: serviceSchedules.weekday, startTime: serviceSchedules.startTime, capacity: serviceSchedules.capacity })
      .from(serviceSchedules)
      .where(eq(serviceSchedules.serviceId, service.id))
      .orderBy(asc(serviceSchedules.weekday), asc(serviceSchedules.startTime)),
    db()
      .select({
        id: scheduleExceptions.id,
        day: scheduleExceptions.day,
        startTime: scheduleExceptions.startTime,
        closed: scheduleExceptions.closed,
        capacity: scheduleExceptions.capacity,
        note: scheduleExceptions.note,
      })
      .from(scheduleExceptions)
      .where(and(eq(scheduleExceptions.serviceId, service.id), gte(scheduleExceptions.day, hotelToday(property.timeZone, now))))
      .orderBy(asc(scheduleExceptions.day), asc(scheduleExceptions.startTime)),
    db()
      .select({ id: packages.id, slug: packages.slug, name: packages.name })
      .from(packageItems)
      .innerJoin(packages, eq(packages.id, packageItems.packageId))
      .where(and(eq(packageItems.serviceId, service.id), eq(packages.propertyId, actor.propertyId))),
    listDepartmentsForAdmin(actor.propertyId),
  ]);
  return { service, property, schedule, exceptions, packages: inPackages, departments: depts };
}

export type ServiceForEdit = NonNullable<Awaited<ReturnType<typeof getServiceForEdit>>>;

/** What the service form needs to read its input: the service's mode and the property's currency. */
export async function getServiceKind(actor: AdminActor, serviceId: string): Promise<{ mode: ServiceMode; currency: string }> {
  await requireManager(actor, "catalogue.read", serviceId);
  const [row] = await db()
    .select({ mode: services.mode, currency: properties.currency })
    .from(services)
    .innerJoin(properties, eq(properties.id, services.propertyId))
    .where(and(eq(services.id, serviceId), eq(services.propertyId, actor.propertyId)))
    .limit(1);
  if (!row) throw notFound("Service");
  return row;
}

async function assertDepartment(tx: Tx, propertyId: string, departmentId: string): Promise<void> {
  const [dept] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.propertyId, propertyId)))
    .limit(1);
  if (!dept) throw fieldError("departmentId", "validation.invalid");
}

/** Fields the session rows or rental stock depend on. */
const SESSION_FIELDS = ["capacity", "durationMinutes"] as const;

export type SaveServiceResult = { changed: string[]; sync: SyncSummary | null };

/**
 * Saves a service's fields. Bookings are not read or written: each one keeps the price lines and
 * total it was confirmed with. When seats or the session length change, future sessions nobody has
 * booked follow; with a new rental stock, future days take it where no more than that is booked.
 */
export async function updateService(actor: AdminActor, serviceId: string, values: ServiceValues, now = new Date()): Promise<SaveServiceResult> {
  const action = "catalogue.service.update";
  await requireManager(actor, action, serviceId);
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(services)
      .where(and(eq(services.id, serviceId), eq(services.propertyId, actor.propertyId)))
      .for("update")
      .limit(1);
    if (!before) throw notFound("Service");
    if (values.departmentId !== before.departmentId) await assertDepartment(tx, actor.propertyId, values.departmentId);
    const changes = changedFields(before as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return { changed: [], sync: null };
    await tx.update(services).set(values).where(and(eq(services.id, serviceId), eq(services.propertyId, actor.propertyId)));
    let sync: SyncSummary | null = null;
    if (SESSION_FIELDS.some((f) => f in changes)) {
      const [property] = await tx.select({ timeZone: properties.timeZone }).from(properties).where(eq(properties.id, actor.propertyId));
      const after = { ...before, ...values };
      if (after.mode === "timed" || after.mode === "ticket") sync = await syncFutureSessions(tx, after, property.timeZone, now);
      else if (after.mode === "rental" && "capacity" in changes) sync = await syncRentalStock(tx, after, property.timeZone, now);
    }
    await auditChange(tx, actor, { action, target: serviceId, detail: { changes, ...(sync ? { sync } : {}) } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { changed: Object.keys(changes), sync };
  });
}

export type NewService = ServiceValues & { packageId: string; slug: string; mode: ServiceMode };

/** Creates a service as the last item of a package. */
export async function createService(actor: AdminActor, input: NewService): Promise<{ id: string; slug: string }> {
  const action = "catalogue.service.create";
  await requireManager(actor, action);
  const { packageId, ...values } = input;
  try {
    return await db().transaction(async (tx) => {
      const [pkg] = await tx
        .select({ id: packages.id })
        .from(packages)
        .where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)))
        .limit(1);
      if (!pkg) throw fieldError("packageId", "validation.invalid");
      await assertDepartment(tx, actor.propertyId, values.departmentId);
      const [created] = await tx
        .insert(services)
        .values({ ...values, propertyId: actor.propertyId })
        .returning({ id: services.id, slug: services.slug });
      const [{ last }] = await tx
        .select({ last: max(packageItems.sortOrder) })
        .from(packageItems)
        .where(eq(packageItems.packageId, packageId));
      await tx.insert(packageItems).values({ packageId, serviceId: created.id, sortOrder: (last ?? 0) + 10 });
      await auditChange(tx, actor, { action, target: created.id, detail: { packageId, values } });
      await notifyCatalogueChange(tx, actor.propertyId);
      return created;
    });
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw fieldError("slug", "staff.catalogueAdmin.errors.slugTaken");
    throw err;
  }
}
