// Staff accounts and the departments each one works for.
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffRole } from "./enums";
import { departments, properties } from "./property";

export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    // Stored lower-cased; sign-in compares lower-cased input.
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    // A group administrator: creates properties, works as a manager in every property, sees group-wide reports.
    groupAdmin: boolean("group_admin").notNull().default(false),
    // The back office's language (en, th, hu, az, ms, tl); null = the browser's.
    locale: text("locale"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_users_property_idx").on(t.propertyId)],
);

export const staffDepartments = pgTable(
  "staff_departments",
  {
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.departmentId] }),
    index("staff_departments_department_idx").on(t.departmentId),
  ],
);

/**
 * The properties a staff member works at and their role in each. `staff_users.property_id` is the home property
 * (where a sign-in starts; the account itself — name, password, active — is managed there); the session carries the property being worked in, always one with a membership here
 * (or any property, for a group administrator).
 */
export const staffMemberships = pgTable(
  "staff_memberships",
  {
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    role: staffRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.propertyId] }), index("staff_memberships_property_idx").on(t.propertyId)],
);

export type StaffUser = typeof staffUsers.$inferSelect;
export type StaffMembership = typeof staffMemberships.$inferSelect;
