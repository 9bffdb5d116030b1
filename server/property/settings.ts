// The hotel's settings every screen is read in: its time zone (every time is shown in it), currency and guest languages.
import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db } from "@/db/client";
import { properties } from "@/db/schema";
import { cached } from "@/server/catalogue/catalogue-cache";

export type PropertySettings = { timeZone: string; currency: string; locales: string[] };

async function readPropertySettings(propertyId: string): Promise<PropertySettings> {
  const [row] = await db()
    .select({ timeZone: properties.timeZone, currency: properties.currency, locales: properties.locales })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  if (!row) throw new AppError("not_found", "Property not found.");
  return row;
}

/**
 * The property's IANA time zone, ISO 4217 currency and guest languages: from the process's catalogue cache, which a
 * change of the property empties on every instance (server/catalogue/catalogue-cache.ts). The one place they are read by id.
 */
export const getPropertySettings = cache(
  (propertyId: string): Promise<PropertySettings> => cached(`property:${propertyId}`, propertyId, () => readPropertySettings(propertyId)),
);

/** The property's IANA time zone, in which every schedule is shown. */
export async function getPropertyTimeZone(propertyId: string): Promise<string> {
  return (await getPropertySettings(propertyId)).timeZone;
}
