// A staff member's back-office language, stored on their own account (staff_users.locale; null = the browser's).
// Keyed by the signed-in member's own id: the account is theirs at every property they work at.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { db } from "@/db/client";
import { staffUsers } from "@/db/schema";

export async function getStaffLocale(staffId: string): Promise<string | null> {
  const [row] = await db().select({ locale: staffUsers.locale }).from(staffUsers).where(eq(staffUsers.id, staffId)).limit(1);
  return row?.locale ?? null;
}

/** Writes only when it changed. */
export async function setStaffLocale(staffId: string, locale: Locale): Promise<void> {
  await db()
    .update(staffUsers)
    .set({ locale })
    .where(and(eq(staffUsers.id, staffId), sql`${staffUsers.locale} is distinct from ${locale}`));
}
