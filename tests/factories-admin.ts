// Factories for the manager's back-office tests: actors, staff sign-in sessions, rental stock days,
// and a service's editable values as the service form would send them back unchanged.
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import type { AdminActor } from "@/server/auth/manager-guard";
import type { ServiceValues } from "@/server/catalogue/manage-services";
import { auditLog, rentalDays, type Property, type Service } from "@/db/schema";
import { createAuthSession } from "@/server/auth/sessions";
import { createStaff } from "./factories";

/** A staff account of `role` and the actor the data functions take for it. */
export async function createActor(property: Pick<Property, "id">, role: AdminActor["role"] = "manager"): Promise<AdminActor> {
  const staff = await createStaff(property, { role });
  return { staffId: staff.staffId, propertyId: staff.propertyId, role };
}

/** A live sign-in session for a staff account (what a signed-in browser's cookie points at). */
export async function signInStaff(staffId: string): Promise<string> {
  return createAuthSession("staff", staffId);
}

export function serviceValuesOf(service: Service): ServiceValues {
  return {
    departmentId: service.departmentId,
    name: service.name,
    description: service.description,
    priceMinor: service.priceMinor,
    priceUnit: service.priceUnit,
    taxRateBp: service.taxRateBp,
    costMinor: service.costMinor,
    complimentary: service.complimentary,
    durationMinutes: service.durationMinutes,
    capacity: service.capacity,
    leadTimeMinutes: service.leadTimeMinutes,
    minAge: service.minAge,
    maxPerBooking: service.maxPerBooking,
    cancelCutoffMinutes: service.cancelCutoffMinutes,
    confirmation: service.confirmation,
    openFrom: service.openFrom,
    openUntil: service.openUntil,
    openWeekdays: service.openWeekdays,
    active: service.active,
  };
}

export async function createRentalDay(service: Pick<Service, "id">, day: string, capacity: number, booked: number) {
  await db().insert(rentalDays).values({ serviceId: service.id, day, capacity, booked });
}

/** The audit rows about one target, newest first. */
export async function auditRowsFor(target: string) {
  return db().select().from(auditLog).where(eq(auditLog.target, target)).orderBy(desc(auditLog.at));
}

export async function auditRowsOf(actor: AdminActor, action: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actor.staffId), eq(auditLog.action, action)));
}
