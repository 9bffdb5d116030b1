// Webhook endpoints the manager registers, and the outbox of their deliveries (one row per event and endpoint).
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { WebhookEventType } from "../../lib/webhooks/events";
import { properties } from "./property";

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["pending", "delivered", "failed"]);

/**
 * Where a property's events go. `secret` ("whsec_" + base64) signs every delivery, so it is kept as it is
 * (a hash could not sign); it is shown to the manager once, when made. An inactive endpoint gets no new
 * events; a paused one (after failing on and on) keeps them queued until the manager resumes it.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    url: text("url").notNull(),
    description: text("description"),
    events: text("events").array().$type<WebhookEventType[]>().notNull(),
    secret: text("secret").notNull(),
    active: boolean("active").notNull().default(true),
    // Failed attempts in a row, and when the first of them was: the pause rule (lib/webhooks/retry-policy.ts).
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    failingSince: timestamp("failing_since", { withTimezone: true }),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    pauseReason: text("pause_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_property_idx").on(t.propertyId)],
);

/**
 * The webhook outbox: written in the same transaction as the change it announces, sent by the housekeeping
 * pass with retries. `seq` orders the events of one `ordering_key` (a booking, a stay): a later one is not
 * sent while an earlier one to the same endpoint is still pending. `event_id` is the Standard Webhooks
 * `webhook-id`, the same on every attempt.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").$type<WebhookEventType>().notNull(),
    orderingKey: text("ordering_key").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: smallint("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // "Is an earlier event of this booking still pending for this endpoint?", asked for every claim.
    index("webhook_deliveries_order_idx").on(t.endpointId, t.orderingKey, t.seq).where(sql`${t.status} = 'pending'`),
    index("webhook_deliveries_endpoint_created_idx").on(t.endpointId, t.createdAt),
    check("webhook_deliveries_attempts_ck", sql`${t.attempts} >= 0`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
