// Test data factories: each call inserts fresh rows (unique slugs, codes, e-mails) so tests never share data.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  bookings,
  departments,
  packageItems,
  packages,
  properties,
  serviceSchedules,
  services,
  serviceSessions,
  staffDepartments,
  staffMemberships,
  staffUsers,
  stays,
  type Department,
  type Package,
  type Property,
  type Service,
  type ServiceSession,
  type Stay,
} from "@/db/schema";
import type { GuestRef } from "@/server/stays/guest-stay";
import type { StaffRef } from "@/server/requests/scope";
import { addDays, hotelToday, type Day } from "@/lib/time";

export const BERLIN = "Europe/Berlin";

/** Short, unique across processes and runs: test files share one database on PostgreSQL. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(6).toString("hex")}`;
}

export async function createProperty(overrides: Partial<typeof properties.$inferInsert> = {}): Promise<Property> {
  const slug = overrides.slug ?? uniqueId("hotel");
  const [row] = await db()
    .insert(properties)
    .values({ slug, name: `Test hotel ${slug}`, timeZone: BERLIN, currency: "EUR", ...overrides })
    .returning();
  return row;
}

export async function createDepartment(
  property: Pick<Property, "id">,
  overrides: Partial<typeof departments.$inferInsert> = {},
): Promise<Department> {
  const slug = overrides.slug ?? uniqueId("dept");
  const [row] = await db()
    .insert(departments)
    .values({ propertyId: property.id, slug, name: `Department ${slug}`, ...overrides })
    .returning();
  return row;
}

type ServiceOverrides = Partial<Omit<typeof services.$inferInsert, "propertyId" | "departmentId">>;

async function insertService(department: Pick<Department, "id" | "propertyId">, values: ServiceOverrides): Promise<Service> {
  const slug = values.slug ?? uniqueId(values.mode ?? "service");
  const [row] = await db()
    .insert(services)
    .values({
      propertyId: department.propertyId,
      departmentId: department.id,
      slug,
      name: { en: `Service ${slug}` },
      description: { en: "A service created by a test." },
      mode: "timed",
      priceMinor: 3500,
      priceUnit: "per_person",
      taxRateBp: 1900,
      ...values,
    })
    .returning();
  return row;
}

export type ScheduleRuleInput = { weekday: number; startTime: string; capacity?: number | null };

/** A timed service (6 seats, 60 minutes, €35 per person incl. 19 % tax) with an optional weekly schedule. */
export async function createTimedService(
  department: Department,
  options: ServiceOverrides & { schedule?: ScheduleRuleInput[] } = {},
): Promise<Service> {
  const { schedule, ...overrides } = options;
  const service = await insertService(department, {
    mode: "timed",
    capacity: 6,
    durationMinutes: 60,
    confirmation: "approval",
    ...overrides,
  });
  if (schedule?.length) {
    await db()
      .insert(serviceSchedules)
      .values(schedule.map((r) => ({ serviceId: service.id, weekday: r.weekday, startTime: r.startTime, capacity: r.capacity ?? null })));
  }
  return service;
}

/** An in-room request service (€12 per booking incl. 7 % tax), due "as soon as possible" or at a chosen time. */
export async function createOnRequestService(department: Department, overrides: ServiceOverrides = {}): Promise<Service> {
  return insertService(department, {
    mode: "on_request",
    priceMinor: 1200,
    priceUnit: "per_booking",
    taxRateBp: 700,
    capacity: null,
    durationMinutes: null,
    ...overrides,
  });
}

/** A rental over days: 3 in stock, €8 per day incl. 19 % tax, open every day. */
export async function createRentalService(department: Pick<Department, "id" | "propertyId">, overrides: ServiceOverrides = {}): Promise<Service> {
  return insertService(department, {
    mode: "rental",
    priceMinor: 800,
    priceUnit: "per_day",
    taxRateBp: 1900,
    capacity: 3,
    durationMinutes: null,
    ...overrides,
  });
}

/** A package of the given services, in that order, with no bundle price unless given. */
export async function createPackage(
  property: Pick<Property, "id">,
  items: Pick<Service, "id">[] = [],
  overrides: Partial<Omit<typeof packages.$inferInsert, "propertyId">> = {},
): Promise<Package> {
  const slug = overrides.slug ?? uniqueId("package");
  const [pkg] = await db()
    .insert(packages)
    .values({ propertyId: property.id, slug, name: { en: `Package ${slug}` }, description: { en: "A test package." }, ...overrides })
    .returning();
  if (items.length) {
    await db()
      .insert(packageItems)
      .values(items.map((s, i) => ({ packageId: pkg.id, serviceId: s.id, sortOrder: i })));
  }
  return pkg;
}

/** One explicit session row, e.g. an already half-full one. */
export async function createSession(
  service: Pick<Service, "id" | "propertyId" | "durationMinutes" | "capacity">,
  options: { startsAt: Date; capacity?: number; booked?: number },
): Promise<ServiceSession> {
  const startsAt = options.startsAt;
  const [row] = await db()
    .insert(serviceSessions)
    .values({
      propertyId: service.propertyId,
      serviceId: service.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (service.durationMinutes ?? 60) * 60_000),
      capacity: options.capacity ?? service.capacity ?? 6,
      booked: options.booked ?? 0,
    })
    .returning();
  return row;
}

/**
 * A stay from the day before "today" (in the hotel's zone, at `now`) to three days after,
 * unless checkIn/checkOut are given.
 */
export async function createStay(
  property: Pick<Property, "id" | "timeZone">,
  options: Partial<Omit<typeof stays.$inferInsert, "propertyId">> & { now?: Date } = {},
): Promise<Stay> {
  const { now = new Date(), ...overrides } = options;
  const today: Day = hotelToday(property.timeZone, now);
  const code = uniqueId("R").toUpperCase();
  const [row] = await db()
    .insert(stays)
    .values({
      propertyId: property.id,
      reservationCode: code,
      surname: "Tester",
      guestName: `Guest ${code}`,
      room: String(100 + crypto.randomInt(800)),
      checkIn: addDays(today, -1),
      checkOut: addDays(today, 3),
      adults: 2,
      childrenAges: [],
      ...overrides,
    })
    .returning();
  return row;
}

export function guestOf(stay: Pick<Stay, "id" | "propertyId">): GuestRef {
  return { stayId: stay.id, propertyId: stay.propertyId };
}

/** A staff account and the StaffRef the session would carry for it. */
export async function createStaff(
  property: Pick<Property, "id">,
  options: { role: StaffRef["role"]; departments?: Pick<Department, "id">[]; name?: string },
): Promise<StaffRef> {
  const email = `${uniqueId("staff")}@example.test`;
  const name = options.name ?? `Staff ${email.slice(6, 12)}`;
  const [user] = await db()
    .insert(staffUsers)
    .values({ propertyId: property.id, email, name, passwordHash: "not-a-password-hash" })
    .returning({ id: staffUsers.id });
  await db().insert(staffMemberships).values({ staffId: user.id, propertyId: property.id, role: options.role });
  const departmentIds = (options.departments ?? []).map((d) => d.id);
  if (departmentIds.length) {
    await db()
      .insert(staffDepartments)
      .values(departmentIds.map((departmentId) => ({ staffId: user.id, departmentId })));
  }
  return { staffId: user.id, propertyId: property.id, name, role: options.role, departmentIds };
}

/** A booking as it is stored now. */
export async function bookingById(id: string) {
  const [row] = await db().select().from(bookings).where(eq(bookings.id, id));
  return row;
}

/** Current seat counter of a session. */
export async function bookedSeats(sessionId: string): Promise<number> {
  const [row] = await db().select({ booked: serviceSessions.booked }).from(serviceSessions).where(eq(serviceSessions.id, sessionId));
  return row.booked;
}
