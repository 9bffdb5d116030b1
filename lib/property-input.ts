// What a new property of the group must be: checked the same way by the back office's form and the service.
import { z } from "zod";
import { LOCALES } from "./i18n/locales";

/** An IANA time zone this runtime knows ("Asia/Bangkok"); "UTC" too. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An ISO 4217 currency code this runtime knows ("THB"). */
export function isCurrency(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf("currency").includes(value);
}

const localeEnum = z.enum(LOCALES, { message: "validation.invalid" });

export const newPropertyInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(2)
      .max(40)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "staff.group.errors.slug"),
    timeZone: z.string().trim().max(64).refine(isTimeZone, "staff.group.errors.timeZone"),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrency, "staff.group.errors.currency"),
    locales: z.array(localeEnum).min(1).max(LOCALES.length),
    defaultLocale: localeEnum,
    // Start from a copy of another property's catalogue (departments, services, schedules, packages, price rules).
    copyFrom: z.uuid().nullable(),
  })
  .refine((v) => v.locales.includes(v.defaultLocale), { path: ["defaultLocale"], message: "staff.group.errors.defaultLocale" });

export type NewPropertyInput = z.infer<typeof newPropertyInput>;

export const membershipInput = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  propertyId: z.uuid(),
  role: z.enum(["manager", "reception", "department"]),
});

export type MembershipInput = z.infer<typeof membershipInput>;
