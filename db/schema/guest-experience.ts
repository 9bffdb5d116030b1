// What the guest gives back and what they are told: ratings after fulfilment, and the email outbox.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { services } from "./catalogue";
import { emailStatus } from "./enums";
import { properties } from "./property";
import { stays } from "./stays";

/** A guest's rating of a fulfilled booking (one per booking); a low score or a complaint is flagged to the manager. */
export const ratings = pgTable(
  "ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => stays.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    score: smallint("score").notNull(),
    comment: text("comment"),
    complaint: boolean("complaint").notNull().default(false),
    // When the manager dealt with a flagged rating.
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ratings_booking_uq").on(t.bookingId),
    index("ratings_property_created_idx").on(t.propertyId, t.createdAt),
    index("ratings_service_idx").on(t.serviceId),
    check("ratings_score_ck", sql`${t.score} BETWEEN 1 AND 5`),
  ],
);

/**
 * Emails waiting to go out. Written in the same transaction as what they
 * announce, sent by a worker with retries and backoff, so nothing is lost
 * while the mail server is down. `dedupe_key` makes a message at most once
 * (e.g. "reminder:<booking id>").
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    stayId: uuid("stay_id").references(() => stays.id),
    bookingId: uuid("booking_id").references(() => bookings.id),
    toAddress: text("to_address").notNull(),
    locale: text("locale").notNull().default("en"),
    template: text("template").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    dedupeKey: text("dedupe_key"),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("email_outbox_dedupe_uq").on(t.dedupeKey),
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("email_outbox_stay_idx").on(t.stayId),
    // The manager's outbox page: one hotel's emails, newest first.
    index("email_outbox_property_created_idx").on(t.propertyId, t.createdAt.desc(), t.id.desc()),
  ],
);

export type Rating = typeof ratings.$inferSelect;
export type EmailOutboxRow = typeof emailOutbox.$inferSelect;

/**
 * The manager's prepared messages for situations staff meet again and again (running late, on its way, …), one text
 * per language of the property with placeholders such as {guestName}, {service}, {time}, {alternative}.
 */
export const messageTemplates = pgTable(
  "message_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    // A stable key for the situation ("running_late"), unique per property.
    situation: text("situation").notNull(),
    // locale → text, e.g. { en: "Sorry {guestName}, …", th: "…" }.
    bodies: jsonb("bodies").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("message_templates_property_situation_uq").on(t.propertyId, t.situation)],
);

export type MessageTemplate = typeof messageTemplates.$inferSelect;
