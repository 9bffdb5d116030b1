// The guest's language, remembered on the stay so emails and staff know it.
import "server-only";
import { eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { db } from "@/db/client";
import { stays } from "@/db/schema";

export async function setStayLocale(stayId: string, locale: Locale): Promise<void> {
  await db().update(stays).set({ locale }).where(eq(stays.id, stayId));
}
