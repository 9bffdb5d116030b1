// Price rules for the manager: children's age bands and family discounts. Every change is audited; bookings keep
// the prices they were made with.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { db } from "@/db/client";
import { packages, priceRules, type PriceRule } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { notifyCatalogueChange } from "@/server/live";

export async function listPriceRules(actor: AdminActor) {
  await requireManager(actor, "catalogue.read");
  const [rules, pkgs] = await Promise.all([
    db()
      .select()
      .from(priceRules)
      .where(eq(priceRules.propertyId, actor.propertyId))
      .orderBy(asc(priceRules.kind), asc(priceRules.minAge), asc(priceRules.minChildren)),
    db()
      .select({ id: packages.id, name: packages.name })
      .from(packages)
      .where(eq(packages.propertyId, actor.propertyId))
      .orderBy(asc(packages.sortOrder)),
  ]);
  return { rules, packages: pkgs };
}

export type PriceRuleRow = Awaited<ReturnType<typeof listPriceRules>>["rules"][number];

export type PriceRuleValues = Pick<
  PriceRule,
  "kind" | "label" | "minAge" | "maxAge" | "minChildren" | "packageId" | "discountBp" | "active"
>;

async function assertPackage(actor: AdminActor, packageId: string | null): Promise<void> {
  if (!packageId) return;
  const [pkg] = await db()
    .select({ id: packages.id })
    .from(packages)
    .where(and(eq(packages.id, packageId), eq(packages.propertyId, actor.propertyId)))
    .limit(1);
  if (!pkg) throw fieldError("packageId", "validation.invalid");
}

export async function createPriceRule(actor: AdminActor, values: PriceRuleValues): Promise<{ id: string }> {
  const action = "catalogue.price_rule.create";
  await requireManager(actor, action);
  await assertPackage(actor, values.packageId);
  return db().transaction(async (tx) => {
    const [created] = await tx
      .insert(priceRules)
      .values({ ...values, propertyId: actor.propertyId })
      .returning({ id: priceRules.id });
    await auditChange(tx, actor, { action, target: created.id, detail: { values } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return created;
  });
}

/** Changes a rule; its kind stays what it was created as. */
export async function updatePriceRule(actor: AdminActor, ruleId: string, values: PriceRuleValues): Promise<{ changed: string[] }> {
  const action = "catalogue.price_rule.update";
  await requireManager(actor, action, ruleId);
  await assertPackage(actor, values.packageId);
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(priceRules)
      .where(and(eq(priceRules.id, ruleId), eq(priceRules.propertyId, actor.propertyId)))
      .for("update")
      .limit(1);
    if (!before) throw notFound("Price rule");
    if (before.kind !== values.kind) throw fieldError("kind", "validation.invalid");
    const changes = changedFields(before as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return { changed: [] };
    await tx.update(priceRules).set(values).where(and(eq(priceRules.id, ruleId), eq(priceRules.propertyId, actor.propertyId)));
    await auditChange(tx, actor, { action, target: ruleId, detail: { changes } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { changed: Object.keys(changes) };
  });
}
