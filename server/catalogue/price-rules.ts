// A property's price rules as the pricing module wants them: children's age bands and family discounts, read once per
// process and kept in the catalogue cache (server/catalogue/catalogue-cache.ts).
import "server-only";
import { and, eq } from "drizzle-orm";
import type { AgeBand } from "@/lib/pricing";
import { db } from "@/db/client";
import { packageItems, packages, priceRules } from "@/db/schema";
import { cached } from "./catalogue-cache";

export type FamilyDiscountRule = { packageId: string | null; minChildren: number; discountBp: number };

export type PriceRules = {
  ageBands: AgeBand[];
  familyDiscounts: FamilyDiscountRule[];
  /** The services of each package a family discount names (its package's items). */
  discountPackageServices: Record<string, string[]>;
};

async function readPriceRules(propertyId: string): Promise<PriceRules> {
  const rows = await db()
    .select()
    .from(priceRules)
    .where(and(eq(priceRules.propertyId, propertyId), eq(priceRules.active, true)));
  const ageBands = rows
    .filter((r) => r.kind === "age_band" && r.minAge !== null && r.maxAge !== null)
    .map((r) => ({ minAge: r.minAge!, maxAge: r.maxAge!, discountBp: r.discountBp }))
    .sort((a, b) => a.minAge - b.minAge);
  const familyDiscounts = rows
    .filter((r) => r.kind === "family_discount" && r.minChildren !== null)
    .map((r) => ({ packageId: r.packageId, minChildren: r.minChildren!, discountBp: r.discountBp }));
  const discountPackageServices: Record<string, string[]> = {};
  if (familyDiscounts.some((r) => r.packageId !== null)) {
    const items = await db()
      .select({ packageId: packageItems.packageId, serviceId: packageItems.serviceId })
      .from(packageItems)
      .innerJoin(packages, eq(packages.id, packageItems.packageId))
      .where(eq(packages.propertyId, propertyId));
    for (const rule of familyDiscounts) if (rule.packageId) discountPackageServices[rule.packageId] = [];
    for (const item of items) discountPackageServices[item.packageId]?.push(item.serviceId);
  }
  return { ageBands, familyDiscounts, discountPackageServices };
}

/** The property's active price rules; shared between requests: never change them. */
export function loadPriceRules(propertyId: string): Promise<PriceRules> {
  return cached(`price-rules:${propertyId}`, propertyId, () => readPriceRules(propertyId));
}

/** The largest family discount for which the party qualifies and the service is in the rule's package. */
export function familyDiscountFor(rules: PriceRules, serviceId: string, childrenInParty: number): number {
  const qualifying = rules.familyDiscounts.filter((r) => childrenInParty >= r.minChildren);
  return Math.max(
    0,
    ...qualifying.filter((r) => r.packageId === null || rules.discountPackageServices[r.packageId]?.includes(serviceId)).map((r) => r.discountBp),
  );
}
