// Packages for the manager: texts, bundle price, items, active. Every change is audited; bookings keep the
// prices they were made with.
import "server-only";
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { db } from "@/db/client";
import { packageItems, packages, services, type LocalizedText } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { getPropertySettings } from "@/server/property/settings";
import { notifyCatalogueChange } from "@/server/live";

export async function getPackageForEdit(actor: AdminActor, packageId: string) {
  await requireManager(actor, "catalogue.read", packageId);
  const [pkg] = await db()
    .select()
    .from(packages)
    .where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)))
    .limit(1);
  if (!pkg) return null;
  const [items, allServices, property] = await Promise.all([
    db()
      .select({ serviceId: packageItems.serviceId })
      .from(packageItems)
      .where(eq(packageItems.packageId, pkg.id))
      .orderBy(asc(packageItems.sortOrder)),
    db()
      .select({ id: services.id, name: services.name, active: services.active, mode: services.mode })
      .from(services)
      .where(eq(services.propertyId, actor.propertyId))
      .orderBy(asc(services.sortOrder), asc(services.slug)),
    getPropertySettings(actor.propertyId),
  ]);
  return { package: pkg, itemIds: items.map((i) => i.serviceId), services: allServices, currency: property.currency };
}

export type PackageValues = {
  name: LocalizedText;
  description: LocalizedText;
  bundlePriceMinor: number | null;
  sortOrder: number;
  active: boolean;
};

export async function updatePackage(actor: AdminActor, packageId: string, values: PackageValues): Promise<{ changed: string[] }> {
  const action = "catalogue.package.update";
  await requireManager(actor, action, packageId);
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(packages)
      .where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)))
      .for("update")
      .limit(1);
    if (!before) throw notFound("Package");
    const changes = changedFields(before as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return { changed: [] };
    await tx.update(packages).set(values).where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)));
    await auditChange(tx, actor, { action, target: packageId, detail: { changes } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { changed: Object.keys(changes) };
  });
}

/**
 * Sets which services a package bundles. Items it keeps stay in their order; new ones go last.
 * Removing an item only unlinks it: the service and its bookings stay.
 */
export async function setPackageItems(actor: AdminActor, packageId: string, serviceIds: string[]): Promise<{ added: number; removed: number }> {
  const action = "catalogue.package.items";
  await requireManager(actor, action, packageId);
  const wanted = [...new Set(serviceIds)];
  return db().transaction(async (tx) => {
    const [pkg] = await tx
      .select({ id: packages.id })
      .from(packages)
      .where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)))
      .for("update")
      .limit(1);
    if (!pkg) throw notFound("Package");
    const valid = wanted.length
      ? await tx
          .select({ id: services.id })
          .from(services)
          .where(and(inArray(services.id, wanted), eq(services.propertyId, actor.propertyId)))
      : [];
    if (valid.length !== wanted.length) throw fieldError("serviceIds", "validation.invalid");
    const current = await tx
      .select({ serviceId: packageItems.serviceId, sortOrder: packageItems.sortOrder })
      .from(packageItems)
      .where(eq(packageItems.packageId, packageId))
      .orderBy(asc(packageItems.sortOrder));
    const currentIds = new Set(current.map((c) => c.serviceId));
    const removed = current.filter((c) => !wanted.includes(c.serviceId)).map((c) => c.serviceId);
    const added = wanted.filter((id) => !currentIds.has(id));
    if (removed.length === 0 && added.length === 0) return { added: 0, removed: 0 };
    await tx
      .delete(packageItems)
      .where(
        and(eq(packageItems.packageId, packageId), wanted.length ? notInArray(packageItems.serviceId, wanted) : undefined),
      );
    const last = current.reduce((m, c) => Math.max(m, c.sortOrder), 0);
    if (added.length) {
      await tx.insert(packageItems).values(added.map((serviceId, i) => ({ packageId, serviceId, sortOrder: last + (i + 1) * 10 })));
    }
    await auditChange(tx, actor, { action, target: packageId, detail: { added, removed } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { added: added.length, removed: removed.length };
  });
}
