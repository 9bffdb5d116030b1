// How staff may sign in: password sign-in per property (the manager's setting), single sign-on per installation (OIDC_*).
import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { properties } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { auditChange, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { oidcConfig } from "@/lib/env";
import { notifyCatalogueChange } from "@/server/live";

/**
 * Whether the staff sign-in page offers the password form: the page does not know the property yet, so it does while
 * any property still allows password sign-in (or none exists). The password check itself refuses staff of a property
 * that switched it off.
 */
export async function passwordSignInOffered(): Promise<boolean> {
  const rows = await db().select({ on: properties.passwordSignIn }).from(properties);
  return rows.length === 0 || rows.some((r) => r.on);
}

export async function getPasswordSignIn(propertyId: string): Promise<boolean> {
  const [row] = await db().select({ on: properties.passwordSignIn }).from(properties).where(eq(properties.id, propertyId));
  if (!row) throw new AppError("not_found", "This property does not exist.");
  return row.on;
}

/** Switches password sign-in on or off for a property. Off only while single sign-on is configured: nobody locked out. */
export async function setPasswordSignIn(actor: AdminActor, on: boolean): Promise<{ changed: boolean }> {
  const action = "property.password_sign_in";
  await requireManager(actor, action, actor.propertyId);
  if (!on && !oidcConfig()) {
    await auditChange(db(), actor, { action, target: actor.propertyId, outcome: "failed", detail: { reason: "sso_not_configured" } });
    throw new AppError(
      "auth:sso_not_configured",
      "Single sign-on is not configured (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): password sign-in stays on.",
    );
  }
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select({ on: properties.passwordSignIn })
      .from(properties)
      .where(eq(properties.id, actor.propertyId))
      .for("update");
    if (!before) throw new AppError("not_found", "This property does not exist.");
    if (before.on === on) return { changed: false };
    await tx.update(properties).set({ passwordSignIn: on }).where(eq(properties.id, actor.propertyId));
    await auditChange(tx, actor, { action, target: actor.propertyId, detail: { changes: { passwordSignIn: { from: before.on, to: on } } } });
    await notifyCatalogueChange(tx, actor.propertyId);
    return { changed: true };
  });
}
