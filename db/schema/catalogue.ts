// The catalogue: packages, services (each with one booking mode), and which services a package bundles.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "@/lib/catalogue-text";
import { bookingMode, confirmationPolicy, priceRuleKind, priceUnit } from "./enums";
import { departments, properties } from "./property";

// The type lives in lib/ so that components and pure code can use it without importing the schema.
export type { LocalizedText };

export const packages = pgTable(
  "packages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    slug: text("slug").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull(),
    // Price for booking the whole package at once; null = items only.
    bundlePriceMinor: integer("bundle_price_minor"),
    sortOrder: smallint("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
  },
  (t) => [uniqueIndex("packages_property_slug_uq").on(t.propertyId, t.slug)],
);

export const services = pgTable(
  "services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    slug: text("slug").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull(),
    // Picture or illustration shown on the service page, under /public.
    image: text("image"),
    mode: bookingMode("mode").notNull(),
    priceMinor: integer("price_minor").notNull(),
    priceUnit: priceUnit("price_unit").notNull(),
    // Included VAT/sales tax in basis points (1 000 = 10 %).
    taxRateBp: integer("tax_rate_bp").notNull().default(0),
    // Internal cost per unit, for margin reports; never shown to guests.
    costMinor: integer("cost_minor").notNull().default(0),
    complimentary: boolean("complimentary").notNull().default(false),
    durationMinutes: integer("duration_minutes"),
    // Default seats per session (timed, ticket) or units in stock (rental).
    capacity: integer("capacity"),
    leadTimeMinutes: integer("lead_time_minutes").notNull().default(0),
    minAge: integer("min_age"),
    maxPerBooking: integer("max_per_booking").notNull().default(10),
    cancelCutoffMinutes: integer("cancel_cutoff_minutes").notNull().default(0),
    confirmation: confirmationPolicy("confirmation").notNull().default("approval"),
    // In-room / on-request delivery hours, wall-clock in the property's zone; null = any time.
    openFrom: text("open_from"),
    openUntil: text("open_until"),
    // ISO weekdays (1 = Monday) on which the service runs at all.
    openWeekdays: smallint("open_weekdays").array().notNull().default(sql`ARRAY[1,2,3,4,5,6,7]::smallint[]`),
    sortOrder: smallint("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("services_property_slug_uq").on(t.propertyId, t.slug),
    index("services_department_idx").on(t.departmentId),
    check("services_price_ck", sql`${t.priceMinor} >= 0 AND ${t.costMinor} >= 0`),
    check("services_max_ck", sql`${t.maxPerBooking} >= 1`),
  ],
);

export const packageItems = pgTable(
  "package_items",
  {
    packageId: uuid("package_id")
      .notNull()
      .references(() => packages.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    sortOrder: smallint("sort_order").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.serviceId] }), index("package_items_service_idx").on(t.serviceId)],
);

/** Weekly schedule of a timed service: on this ISO weekday, a session starts at this local time. */
export const serviceSchedules = pgTable(
  "service_schedules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    // 1 = Monday … 7 = Sunday, in the property's time zone.
    weekday: smallint("weekday").notNull(),
    // "HH:MM" wall-clock time in the property's time zone.
    startTime: text("start_time").notNull(),
    capacity: integer("capacity"),
  },
  (t) => [
    uniqueIndex("service_schedules_uq").on(t.serviceId, t.weekday, t.startTime),
    check("service_schedules_weekday_ck", sql`${t.weekday} BETWEEN 1 AND 7`),
    check("service_schedules_time_ck", sql`${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/** A day that differs from the weekly schedule: closed (whole day or one start time) or an extra session. */
export const scheduleExceptions = pgTable(
  "schedule_exceptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    day: date("day", { mode: "string" }).notNull(),
    // null = the whole day.
    startTime: text("start_time"),
    closed: boolean("closed").notNull(),
    capacity: integer("capacity"),
    note: text("note"),
  },
  (t) => [
    index("schedule_exceptions_service_day_idx").on(t.serviceId, t.day),
    check("schedule_exceptions_time_ck", sql`${t.startTime} IS NULL OR ${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("schedule_exceptions_extra_ck", sql`${t.closed} OR ${t.startTime} IS NOT NULL`),
  ],
);

/**
 * Price rules of a property: children's age bands (a discount on per-person
 * prices for children under `max_age`) and family discounts (a share off a
 * package's items for stays with at least `min_children` children).
 */
export const priceRules = pgTable(
  "price_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    kind: priceRuleKind("kind").notNull(),
    label: jsonb("label").$type<LocalizedText>().notNull(),
    // Age band: children from min_age (inclusive) to max_age (exclusive).
    minAge: integer("min_age"),
    maxAge: integer("max_age"),
    // Family discount: stays with at least this many children, on this package's items.
    minChildren: integer("min_children"),
    packageId: uuid("package_id").references(() => packages.id),
    // Share off in basis points: 10 000 = free, 5 000 = half price.
    discountBp: integer("discount_bp").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    index("price_rules_property_idx").on(t.propertyId),
    check("price_rules_discount_ck", sql`${t.discountBp} BETWEEN 0 AND 10000`),
  ],
);

export type Package = typeof packages.$inferSelect;
export type Service = typeof services.$inferSelect;
export type ServiceSchedule = typeof serviceSchedules.$inferSelect;
export type PriceRule = typeof priceRules.$inferSelect;
