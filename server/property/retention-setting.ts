// The property's guest data retention period (days after check-out): read on the manager's settings page, set there.
import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from "@/lib/retention";
import { auditChange, fieldError, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { notifyCatalogueChange } from "@/server/live";

export async function getRetentionDays(propertyId: string): Promise<number> {
  const [row] = await db().select({ days: properties.retentionDays }).from(properties).where(eq(properties.id, propertyId));
  if (!row) throw new AppError("not_found", "This property does not exist.");
  return row.days;
}

/** Sets the manager's property's retention period; out of range is a field error (the database's check agrees). */
export async function setRetentionDays(actor: AdminActor, days: number): Promise<{ changed: boolean; retentionDays: number }> {
  const action = "property.retention";
  await requireManager(actor, action, actor.propertyId);
  if (!Number.isInteger(days) || days < RETENTION_MIN_DAYS || days > RETENTION_MAX_DAYS) {
    throw fieldError("retentionDays", "staff.retention.outOfRange");
  }
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select({ days: properties.retentionDays })
      .from(properties)
      .where(eq(properties.id, actor.propertyId))
      .for("update");
    if (!before) throw new AppError("not_found", "This property does not exist.");
    if (before.days === days) return { changed: false, retentionDays: days };
    await tx.update(properties).set({ retentionDays: days }).where(eq(properties.id, actor.propertyId));
    await auditChange(tx, actor, { action, target: actor.propertyId, detail: { changes: { retentionDays: { from: before.days, to: days } } } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { changed: true, retentionDays: days };
  });
}
