// A property (one hotel of an installation) and the departments that fulfil its requests.
import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const properties = pgTable(
  "properties",
  {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  // IANA zone: every opening hour and schedule is wall-clock time here.
  timeZone: text("time_zone").notNull(),
  // ISO 4217; all money columns are integer minor units of this currency.
  currency: text("currency").notNull(),
  locales: text("locales").array().notNull().default(sql`ARRAY['en']::text[]`),
  defaultLocale: text("default_locale").notNull().default("en"),
  // Demo data is in use: the sign-in pages show the demo logins.
  isDemo: boolean("is_demo").notNull().default(false),
  // Reception may give apology credits up to this amount per credit; above it, a manager.
  creditLimitMinor: integer("credit_limit_minor").notNull().default(5000),
  // Staff may sign in with email + password. Off: single sign-on (OpenID Connect) only, for this property's staff.
  passwordSignIn: boolean("password_sign_in").notNull().default(true),
  // Guest data is anonymised this many days after check-out (names, codes, emails, notes, messages, comments);
  // bookings, amounts and times stay for the reports.
  retentionDays: integer("retention_days").notNull().default(90),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("properties_retention_days_ck", sql`${t.retentionDays} BETWEEN 7 AND 3650`)],
);

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    slug: text("slug").notNull(),
    // The name staff see (the property's own language), and what guests read in theirs (locale → name;
    // a locale without an entry reads `name`).
    name: text("name").notNull(),
    nameTranslations: jsonb("name_translations").$type<Record<string, string>>().notNull().default({}),
    // How soon a new request should be answered (SLA), in minutes.
    responseTargetMinutes: integer("response_target_minutes").notNull().default(15),
    // The secret in the URL of the department's run-sheet calendar feed (iCalendar); rotating it retires the old URL.
    calendarToken: text("calendar_token")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
  },
  (t) => [
    uniqueIndex("departments_calendar_token_uq").on(t.calendarToken),
    uniqueIndex("departments_property_slug_uq").on(t.propertyId, t.slug),
    // Staff pick departments by name (hand-over, accounts, filters): two alike, in any case, would be confused.
    uniqueIndex("departments_property_name_uq").on(t.propertyId, sql`lower(${t.name})`),
  ],
);

export type Property = typeof properties.$inferSelect;
export type Department = typeof departments.$inferSelect;
