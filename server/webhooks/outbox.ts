// The webhook outbox, writing side: an event becomes one delivery row per endpoint that wants it, in the
// transaction of the change it announces (so it exists if and only if the change does).
import "server-only";
import crypto from "node:crypto";
import { and, arrayOverlaps, eq } from "drizzle-orm";
import { buildWebhookBody, type WebhookEventData, type WebhookEventType } from "@/lib/webhooks/events";
import type { Db, Tx } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";

export type WebhookEvent<T extends WebhookEventType = WebhookEventType> = {
  type: T;
  /** Events of one key reach an endpoint in order (lib/webhooks/events.ts orderingKey). */
  orderingKey: string;
  data: WebhookEventData<T>;
};

const INSERT_CHUNK = 500;

/**
 * Queues events for the property's active endpoints that subscribe to them. `build` is called only when at
 * least one endpoint wants one of `types`, so a hotel without webhooks pays one indexed look-up per change.
 * Each body is parsed by its event's zod schema (the one the OpenAPI document shows) before it is stored.
 */
export async function enqueueWebhookEvents(
  exec: Db | Tx,
  propertyId: string,
  types: readonly WebhookEventType[],
  build: () => Promise<WebhookEvent[]> | WebhookEvent[],
  now: Date = new Date(),
): Promise<number> {
  const endpoints = await exec
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.propertyId, propertyId), eq(webhookEndpoints.active, true), arrayOverlaps(webhookEndpoints.events, [...types])));
  if (!endpoints.length) return 0;
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const event of await build()) {
    const payload = buildWebhookBody(event.type, event.data, now);
    const eventId = crypto.randomUUID();
    for (const endpoint of endpoints) {
      if (!endpoint.events.includes(event.type)) continue;
      rows.push({ propertyId, endpointId: endpoint.id, eventId, eventType: event.type, orderingKey: event.orderingKey, payload });
    }
  }
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await exec.insert(webhookDeliveries).values(rows.slice(i, i + INSERT_CHUNK));
  return rows.length;
}
