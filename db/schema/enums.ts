// Postgres enums shared by the tables: roles, booking modes, price units and statuses.
import { pgEnum } from "drizzle-orm/pg-core";
import { BOOKING_STATUSES } from "../../lib/booking-status";

export const staffRole = pgEnum("staff_role", ["manager", "reception", "department"]);

export const bookingMode = pgEnum("booking_mode", ["timed", "rental", "on_request", "ticket"]);

export const priceUnit = pgEnum("price_unit", [
  "per_booking",
  "per_person",
  "per_child",
  "per_night",
  "per_day",
  "per_hour",
]);

export const confirmationPolicy = pgEnum("confirmation_policy", ["instant", "approval"]);

export const bookingStatus = pgEnum("booking_status", BOOKING_STATUSES);

export const actorKind = pgEnum("actor_kind", ["guest", "staff", "system"]);

export const priceRuleKind = pgEnum("price_rule_kind", ["age_band", "family_discount"]);

export const waitlistStatus = pgEnum("waitlist_status", ["waiting", "offered", "accepted", "expired", "cancelled"]);

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);
