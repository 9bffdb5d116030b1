// Factories for webhook tests: a hotel with a timed service and staff, an endpoint on a test receiver, its outbox rows.
import { asc, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";
import type { UrlPolicy } from "@/lib/webhooks/url-rules";
import { db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { bookService } from "@/server/booking/book-service";
import { createWebhookEndpoint } from "@/server/webhooks/endpoints";
import { createDepartment, createProperty, createSession, createStaff, createStay, createTimedService, guestOf, uniqueId } from "./factories";
import type { ReceivedHook } from "./webhook-receiver";

/** What the tests run with, as WEBHOOKS_ALLOW_PRIVATE=1 would: receivers listen on 127.0.0.1. */
export const LOCAL_POLICY: UrlPolicy = { allowHttp: true, allowPrivate: true, production: false };

export const HOOK_NOW = new Date("2026-06-15T08:00:00Z");
export const hookHours = (h: number) => new Date(HOOK_NOW.getTime() + h * 3_600_000);
/** Deliveries are due from the database's clock: a pass runs "a little later" than the real now. */
export const soon = (ms = 1_000) => new Date(Date.now() + ms);

export async function webhookHotel() {
  const property = await createProperty({ name: "Hotel Hooks" });
  const stables = await createDepartment(property, { name: "Stables" });
  const riding = await createTimedService(stables, { capacity: 6, name: { en: "Horse riding" } });
  const morning = await createSession(riding, { startsAt: hookHours(4), capacity: 6 });
  const afternoon = await createSession(riding, { startsAt: hookHours(6), capacity: 6 });
  const stay = await createStay(property, { now: HOOK_NOW });
  const reception = await createStaff(property, { role: "reception", name: "Rita Reception" });
  const manager = await createStaff(property, { role: "manager", name: "Max Manager" });
  const bookRide = async () =>
    (await bookService(guestOf(stay), { serviceSlug: riding.slug, sessionId: morning.id, quantity: 1, idempotencyKey: uniqueId("k") }, HOOK_NOW)).bookingId;
  return { property, stables, riding, morning, afternoon, stay, reception, manager, bookRide };
}

/** An active endpoint of the manager's hotel on `url`, for `events` (default: all of them). */
export async function registerEndpoint(
  manager: { staffId: string; propertyId: string; role: "manager" | "reception" | "department" },
  url: string,
  events: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES,
) {
  return createWebhookEndpoint(manager, { url, description: "test receiver", events: [...events], active: true }, LOCAL_POLICY);
}

export async function deliveriesOf(endpointId: string) {
  return db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(asc(webhookDeliveries.seq));
}

/** The body of a received delivery after checking its Standard Webhooks signature (throws if it does not verify). */
export function verified(secret: string, hook: ReceivedHook): { type: string; timestamp: string; data: Record<string, unknown> } {
  const body = new Webhook(secret).verify(hook.body, hook.headers) as { type: string; timestamp: string; data: Record<string, unknown> };
  expect(body.type).toBeTypeOf("string");
  return body;
}
