// A property's price rules as the pricing module wants them: children's age bands and family discounts.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { AgeBand } from "@/lib/pricing";
import { db } from "@/db/client";
import { packageItems, priceRules } from "@/db/schema";

export type FamilyDiscountRule = { packageId: string | null; minChildren: number; discountBp: number };

export async function loadPriceRules(propertyId: string): Promise<{ ageBands: AgeBand[]; familyDiscounts: FamilyDiscountRule[] }> {
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
  return { ageBands, familyDiscounts };
}

/** The largest family discount for which the party qualifies and the service is in the rule's package. */
export async function familyDiscountFor(
  rules: FamilyDiscountRule[],
  serviceId: string,
  childrenInParty: number,
): Promise<number> {
  const qualifying = rules.filter((r) => childrenInParty >= r.minChildren);
  if (qualifying.length === 0) return 0;
  const packageIds = (
    await db().select({ packageId: packageItems.packageId }).from(packageItems).where(eq(packageItems.serviceId, serviceId))
  ).map((r) => r.packageId);
  return Math.max(0, ...qualifying.filter((r) => r.packageId === null || packageIds.includes(r.packageId)).map((r) => r.discountBp));
}
