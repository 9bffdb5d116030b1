// Sessions with their seats, the bookings guests make, and the trail of every change to a booking.
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
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { actorKind, bookingStatus, waitlistStatus } from "./enums";
import { packages, services } from "./catalogue";
import { staffUsers } from "./staff";
import { departments, properties } from "./property";
import { stays } from "./stays";

/**
 * One bookable occurrence of a timed service or ticketed event. `booked` is the
 * seat counter; the check constraint and a conditional UPDATE keep it within
 * capacity whatever the number of app instances.
 */
export const serviceSessions = pgTable(
  "service_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
  },
  (t) => [
    uniqueIndex("service_sessions_service_start_uq").on(t.serviceId, t.startsAt),
    index("service_sessions_property_start_idx").on(t.propertyId, t.startsAt),
    check("service_sessions_capacity_ck", sql`${t.booked} >= 0 AND ${t.booked} <= ${t.capacity}`),
  ],
);

/** A priced line as the guest saw it before confirming; stored on the booking as a snapshot. */
export type Participants = { adults: number; childAges: number[] };

/** A reschedule's old and new start (ISO instants); a hand-over's departments. */
// What a change was, for the trail to say in each reader's language (the event's `note` keeps an English sentence). Names
// are as they were at the time; events written before a field existed lack it, and the trail then shows the note.
export type BookingEventDetails =
  | { kind: "reschedule"; from: string; to: string }
  | { kind: "hand_over"; fromDepartmentId: string; toDepartmentId: string; fromName?: string; toName?: string; note?: string | null }
  | { kind: "assign"; to: string | null; was: string | null };

export type PriceLine = {
  label: string;
  quantity: number;
  unitMinor: number;
  totalMinor: number;
  /** The numbers the label's message needs (hours, days, percent, age band), as lib/pricing.ts wrote them. */
  params?: Record<string, number>;
};

export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => stays.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    // Copied from the service at booking time so hand-overs can change it.
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    sessionId: uuid("session_id").references(() => serviceSessions.id),
    status: bookingStatus("status").notNull(),
    quantity: integer("quantity").notNull(),
    note: text("note"),
    // When the service happens (session start) or is due (in-room delivery).
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    // Rentals: first and last hotel-local day out (both included).
    startDay: date("start_day", { mode: "string" }),
    endDay: date("end_day", { mode: "string" }),
    // Who takes part: adults and the ages of the children (for age-band prices and run sheets).
    participants: jsonb("participants").$type<Participants>(),
    // Item bookings made together by booking a whole package share a bundle id.
    bundleId: uuid("bundle_id"),
    packageId: uuid("package_id").references(() => packages.id),
    assignedTo: uuid("assigned_to").references(() => staffUsers.id),
    // An unanswered request expires at this instant (e.g. the session's start).
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    currency: text("currency").notNull(),
    priceLines: jsonb("price_lines").$type<PriceLine[]>().notNull(),
    totalMinor: integer("total_minor").notNull(),
    taxMinor: integer("tax_minor").notNull(),
    // What it costs the hotel (unit cost × units × days), fixed when booked like the price: the reports'
    // margins do not move when the catalogue's cost changes later.
    costMinor: integer("cost_minor").notNull().default(0),
    // The answer time promised when it was asked for ("usually within N minutes": the department's target
    // then). Reports and late-answer credits measure against it, so a later change of the target does not
    // rewrite history; the live queue times open requests against the department's current target.
    responseTargetMinutes: integer("response_target_minutes").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    // Hash of the request body: the same key with another body is refused.
    requestHash: text("request_hash").notNull(),
    declineReason: text("decline_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    fulfilledAt: timestamp("fulfilled_at", { withTimezone: true }),
    // The staff queue's sort keys (issue 11.5, 13.4), kept on the row so that one index gives the queue's order.
    // Kept in step by the database in the same transaction as the change (triggers of migration 0011):
    // the stay's VIP flag, copied when booked and whenever the stay's flag changes;
    vip: boolean("vip").notNull().default(false),
    // when an unanswered request becomes overdue: made + its department's current response target (the live queue's
    // timer); set when booked or handed over, moved for requested ones when the department's target changes;
    responseDueAt: timestamp("response_due_at", { withTimezone: true }),
    // when the guest wrote the last message on the request's thread (internal notes do not count); null once staff answered.
    guestWroteAt: timestamp("guest_wrote_at", { withTimezone: true }),
    // Derived by PostgreSQL itself: 0 awaiting an answer (requested), 1 open and the guest wrote last, 2 other open,
    // 3 closed; and since when it waits in its group (the guest's message for group 1, otherwise when it was made).
    queueRank: smallint("queue_rank").generatedAlwaysAs(
      sql`CASE WHEN status = 'requested' THEN 0 WHEN status IN ('confirmed', 'in_progress') AND guest_wrote_at IS NOT NULL THEN 1 WHEN status IN ('confirmed', 'in_progress') THEN 2 ELSE 3 END`,
    ),
    queueAt: timestamp("queue_at", { withTimezone: true }).generatedAlwaysAs(
      sql`CASE WHEN status IN ('confirmed', 'in_progress') AND guest_wrote_at IS NOT NULL THEN guest_wrote_at ELSE created_at END`,
    ),
  },
  (t) => [
    // The queue in its order: group, VIP first, longest waiting first (server/requests/queue.ts).
    index("bookings_queue_idx").on(t.propertyId, t.queueRank, t.vip.desc(), t.queueAt, t.id),
    // Unanswered requests by deadline: the few not yet overdue are a short range of it.
    index("bookings_requested_due_idx").on(t.propertyId, t.responseDueAt).where(sql`${t.status} = 'requested'`),
    uniqueIndex("bookings_stay_idempotency_uq").on(t.stayId, t.idempotencyKey),
    index("bookings_stay_created_idx").on(t.stayId, t.createdAt),
    index("bookings_property_status_created_idx").on(t.propertyId, t.status, t.createdAt),
    index("bookings_department_status_created_idx").on(t.departmentId, t.status, t.createdAt),
    index("bookings_session_idx").on(t.sessionId),
    index("bookings_bundle_idx").on(t.bundleId),
    index("bookings_expires_idx").on(t.expiresAt).where(sql`${t.status} = 'requested'`),
    // The back office's day filter, one index per way a request falls on a day: scheduled then,
    // a rental out that day, or an "as soon as possible" request made that day.
    index("bookings_property_scheduled_idx").on(t.propertyId, t.scheduledAt),
    index("bookings_property_rental_end_idx").on(t.propertyId, t.endDay).where(sql`${t.startDay} IS NOT NULL`),
    index("bookings_property_asap_created_idx").on(t.propertyId, t.createdAt).where(sql`${t.scheduledAt} IS NULL`),
    index("bookings_assigned_idx").on(t.assignedTo).where(sql`${t.assignedTo} IS NOT NULL`),
    check("bookings_days_ck", sql`${t.startDay} IS NULL OR ${t.endDay} >= ${t.startDay}`),
    check("bookings_quantity_ck", sql`${t.quantity} >= 1`),
    check("bookings_total_ck", sql`${t.totalMinor} >= 0 AND ${t.taxMinor} >= 0`),
    check("bookings_cost_ck", sql`${t.costMinor} >= 0`),
  ],
);

/** Audit trail of a booking: nothing is deleted, every change is a row. */
export const bookingEvents = pgTable(
  "booking_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorKind: actorKind("actor_kind").notNull(),
    // Staff user id or stay id, by actor kind; null for the system.
    actorId: uuid("actor_id"),
    actorName: text("actor_name"),
    fromStatus: bookingStatus("from_status"),
    toStatus: bookingStatus("to_status"),
    // What staff did when the status may not change: "assign", "reschedule", "hand_over"; or the status action
    // ("confirm", "decline", …). Null for events written before it existed and for the guest's own booking.
    action: text("action"),
    note: text("note"),
    // What a change was, for the guest's timeline in the guest's language (the note is staff's English text).
    details: jsonb("details").$type<BookingEventDetails>(),
  },
  (t) => [index("booking_events_booking_at_idx").on(t.bookingId, t.at)],
);

/** Stock of a rental service on one hotel-local day; `booked` never exceeds `capacity`. */
export const rentalDays = pgTable(
  "rental_days",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    day: date("day", { mode: "string" }).notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.day] }),
    check("rental_days_capacity_ck", sql`${t.booked} >= 0 AND ${t.booked} <= ${t.capacity}`),
  ],
);

/** Messages on a request between guest and staff, and staff-only internal notes. */
export const bookingMessages = pgTable(
  "booking_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    authorKind: actorKind("author_kind").notNull(),
    authorId: uuid("author_id"),
    authorName: text("author_name"),
    body: text("body").notNull(),
    // Internal notes are never shown to the guest.
    internal: boolean("internal").notNull().default(false),
  },
  (t) => [index("booking_messages_booking_at_idx").on(t.bookingId, t.at)],
);

/** A place in line for a full session or sold-out rental days; the first in line is offered a freed place. */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => stays.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    sessionId: uuid("session_id").references(() => serviceSessions.id),
    startDay: date("start_day", { mode: "string" }),
    endDay: date("end_day", { mode: "string" }),
    quantity: integer("quantity").notNull(),
    status: waitlistStatus("status").notNull().default("waiting"),
    offeredUntil: timestamp("offered_until", { withTimezone: true }),
    bookingId: uuid("booking_id").references(() => bookings.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("waitlist_session_status_idx").on(t.sessionId, t.status, t.createdAt),
    index("waitlist_service_status_idx").on(t.serviceId, t.status, t.createdAt),
    index("waitlist_stay_idx").on(t.stayId),
    check("waitlist_quantity_ck", sql`${t.quantity} >= 1`),
  ],
);

/** Money given back to a stay (an apology credit, say); appears on the folio. */
export const credits = pgTable(
  "credits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => stays.id),
    bookingId: uuid("booking_id").references(() => bookings.id),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    reason: text("reason").notNull(),
    givenBy: uuid("given_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("credits_stay_idx").on(t.stayId),
    index("credits_property_created_idx").on(t.propertyId, t.createdAt),
    check("credits_amount_ck", sql`${t.amountMinor} > 0`),
  ],
);

export type ServiceSession = typeof serviceSessions.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
export type BookingEvent = typeof bookingEvents.$inferSelect;
