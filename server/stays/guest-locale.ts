// The guest's language, remembered on the stay so emails and staff know it.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { db } from "@/db/client";
import { stays } from "@/db/schema";

/** Writes only when the language changed: every sign-in calls it, and a crowd signing in should not rewrite rows. */
export async function setStayLocale(stayId: string, locale: Locale): Promise<void> {
  await db()
    .update(stays)
    .set({ locale })
    .where(and(eq(stays.id, stayId), sql`${stays.locale} is distinct from ${locale}`));
}
