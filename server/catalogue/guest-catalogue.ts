// Reading the catalogue for the guest side: the property, packages, their items, one service.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { departments, packageItems, packages, properties, services } from "@/db/schema";
import { cached } from "./catalogue-cache";

export async function getProperty(propertyId: string) {
  const [row] = await db().select().from(properties).where(eq(properties.id, propertyId)).limit(1);
  return row ?? null;
}

const packageCard = {
  id: packages.id,
  slug: packages.slug,
  name: packages.name,
  description: packages.description,
  bundlePriceMinor: packages.bundlePriceMinor,
};

export async function listPackages(propertyId: string) {
  return db()
    .select(packageCard)
    .from(packages)
    .where(and(eq(packages.propertyId, propertyId), eq(packages.active, true)))
    .orderBy(asc(packages.sortOrder));
}

const serviceCard = {
  id: services.id,
  slug: services.slug,
  name: services.name,
  description: services.description,
  image: services.image,
  mode: services.mode,
  priceMinor: services.priceMinor,
  priceUnit: services.priceUnit,
  complimentary: services.complimentary,
  durationMinutes: services.durationMinutes,
  // The headline price leaves out the children's bands below it (lib/counted.ts).
  minAge: services.minAge,
};

/** An active package of the property by its slug, or null. */
async function findActivePackage(propertyId: string, slug: string) {
  const [pkg] = await db()
    .select(packageCard)
    .from(packages)
    .where(and(eq(packages.propertyId, propertyId), eq(packages.slug, slug), eq(packages.active, true)))
    .limit(1);
  return pkg ?? null;
}

export async function getPackageWithItems(propertyId: string, slug: string) {
  const pkg = await findActivePackage(propertyId, slug);
  if (!pkg) return null;
  const items = await db()
    .select(serviceCard)
    .from(packageItems)
    .innerJoin(services, eq(services.id, packageItems.serviceId))
    .where(and(eq(packageItems.packageId, pkg.id), eq(services.active, true)))
    .orderBy(asc(packageItems.sortOrder));
  return { ...pkg, items };
}

const serviceDetail = {
  ...serviceCard,
  propertyId: services.propertyId,
  departmentId: services.departmentId,
  departmentName: departments.name,
  departmentNameTranslations: departments.nameTranslations,
  responseTargetMinutes: departments.responseTargetMinutes,
  taxRateBp: services.taxRateBp,
  capacity: services.capacity,
  leadTimeMinutes: services.leadTimeMinutes,
  minAge: services.minAge,
  maxPerBooking: services.maxPerBooking,
  cancelCutoffMinutes: services.cancelCutoffMinutes,
  confirmation: services.confirmation,
  openFrom: services.openFrom,
  openUntil: services.openUntil,
  openWeekdays: services.openWeekdays,
  costMinor: services.costMinor,
  active: services.active,
};

/** A package and its active items in full (as a booking needs them), in the package's order: two queries. */
export async function getPackageForBooking(propertyId: string, slug: string) {
  const pkg = await findActivePackage(propertyId, slug);
  if (!pkg) return null;
  const items = await db()
    .select(serviceDetail)
    .from(packageItems)
    .innerJoin(services, eq(services.id, packageItems.serviceId))
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(and(eq(packageItems.packageId, pkg.id), eq(services.active, true)))
    .orderBy(asc(packageItems.sortOrder));
  return { ...pkg, items };
}

async function readServiceBySlug(propertyId: string, slug: string) {
  const [row] = await db()
    .select(serviceDetail)
    .from(services)
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(and(eq(services.propertyId, propertyId), eq(services.slug, slug)))
    .limit(1);
  return row ?? null;
}

export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof readServiceBySlug>>>;

/**
 * A service of the property by its slug (active or not), or null: from the process's catalogue cache, which a
 * manager's change empties on every instance (server/catalogue/catalogue-cache.ts). The object is shared: never change it.
 */
export function getServiceBySlug(propertyId: string, slug: string): Promise<ServiceDetail | null> {
  return cached(`service:${propertyId}:${slug}`, propertyId, () => readServiceBySlug(propertyId, slug), (row) => row !== null);
}
