// Guest stays: the reservation a guest signs in with, and the party it covers.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { properties } from "./property";

export const stays = pgTable(
  "stays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    // Upper-case, unique across the installation: sign-in needs no hotel picker.
    reservationCode: text("reservation_code").notNull().unique(),
    surname: text("surname").notNull(),
    guestName: text("guest_name").notNull(),
    email: text("email"),
    room: text("room"),
    // Hotel-local calendar dates: check-in day and check-out day.
    checkIn: date("check_in", { mode: "string" }).notNull(),
    checkOut: date("check_out", { mode: "string" }).notNull(),
    adults: integer("adults").notNull().default(1),
    childrenAges: integer("children_ages").array().notNull().default(sql`ARRAY[]::integer[]`),
    vip: boolean("vip").notNull().default(false),
    locale: text("locale"),
    notes: text("notes"),
    // The pre-arrival offer email went out (once per stay).
    preArrivalSentAt: timestamp("pre_arrival_sent_at", { withTimezone: true }),
    // The retention period passed: personal data was replaced (see server/stays/retention.ts).
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stays_property_check_in_idx").on(t.propertyId, t.checkIn),
    index("stays_property_surname_idx").on(t.propertyId, sql`lower(${t.surname})`),
    // Prefix search in the back office (room or surname, any case): pattern ops so LIKE 'ab%' uses them in any collation.
    index("stays_property_surname_prefix_idx").on(t.propertyId, sql`lower(${t.surname}) text_pattern_ops`),
    index("stays_property_room_prefix_idx").on(t.propertyId, sql`lower(${t.room}) text_pattern_ops`),
    check("stays_dates_ck", sql`${t.checkOut} > ${t.checkIn}`),
    check("stays_adults_ck", sql`${t.adults} >= 1`),
  ],
);

export type Stay = typeof stays.$inferSelect;
