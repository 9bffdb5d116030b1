// The manager's webhook endpoints: register one (its secret shown once), change it, resume it after a pause,
// make a new secret, send a delivery again; and the lists the back office and the REST API show. Audited.
import "server-only";
import crypto from "node:crypto";
import { and, count, desc, eq, isNotNull, max, sql } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { checkWebhookUrl, type UrlPolicy } from "@/lib/webhooks/url-rules";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { db, type Tx } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { sendPolicyFromEnv } from "./safe-post";

export type EndpointInput = { url: string; description: string | null; events: WebhookEventType[]; active: boolean };

/** "whsec_" and 32 random bytes in base64, as the Standard Webhooks specification shapes a secret. */
function newSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64")}`;
}

function checkedUrl(url: string, policy: UrlPolicy): string {
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) throw fieldError("url", `staff.webhooks.errors.${checked.problem}`);
  return checked.url.href;
}

/** What the back office and the API show of an endpoint: never its secret. */
const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  active: webhookEndpoints.active,
  pausedAt: webhookEndpoints.pausedAt,
  pauseReason: webhookEndpoints.pauseReason,
  consecutiveFailures: webhookEndpoints.consecutiveFailures,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

export type WebhookEndpointView = { [K in keyof typeof endpointColumns]: (typeof webhookEndpoints.$inferSelect)[K] };

export async function createWebhookEndpoint(
  actor: AdminActor,
  input: EndpointInput,
  policy: UrlPolicy = sendPolicyFromEnv(),
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  const action = "webhook.create";
  await requireManager(actor, action);
  const url = checkedUrl(input.url, policy);
  const secret = newSecret();
  return db().transaction(async (tx) => {
    const [endpoint] = await tx
      .insert(webhookEndpoints)
      .values({ propertyId: actor.propertyId, url, description: input.description, events: [...new Set(input.events)].sort(), active: input.active, secret })
      .returning(endpointColumns);
    // Never the secret in the audit log.
    await auditChange(tx, actor, { action, target: endpoint.id, detail: { url, events: endpoint.events, active: input.active, description: input.description } });
    return { endpoint, secret };
  });
}

async function lockEndpoint(tx: Tx, actor: AdminActor, id: string) {
  const [row] = await tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.propertyId, actor.propertyId)))
    .for("update")
    .limit(1);
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

/** Changes what is given (the REST API may send a part); a paused endpoint stays paused until resumed. */
export async function updateWebhookEndpoint(
  actor: AdminActor,
  id: string,
  input: Partial<EndpointInput>,
  policy: UrlPolicy = sendPolicyFromEnv(),
): Promise<{ endpoint: WebhookEndpointView; changed: string[] }> {
  const action = "webhook.update";
  await requireManager(actor, action, id);
  const next = {
    ...(input.url !== undefined ? { url: checkedUrl(input.url, policy) } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.events !== undefined ? { events: [...new Set(input.events)].sort() } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
  return db().transaction(async (tx) => {
    const before = await lockEndpoint(tx, actor, id);
    const changes = changedFields({ url: before.url, description: before.description, events: [...before.events].sort(), active: before.active }, next);
    if (Object.keys(changes).length) {
      await tx
        .update(webhookEndpoints)
        .set({ ...next, updatedAt: new Date() })
        .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.propertyId, actor.propertyId)));
      await auditChange(tx, actor, { action, target: id, detail: { changes } });
    }
    const [endpoint] = await tx.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    return { endpoint, changed: Object.keys(changes) };
  });
}

/**
 * Resumes a paused endpoint: its failure count starts again, and the events kept while it was paused are due
 * at once (in order), rather than after the long waits their last failures had earned.
 */
export async function resumeWebhookEndpoint(actor: AdminActor, id: string, now: Date = new Date()): Promise<{ resumed: boolean; pending: number }> {
  const action = "webhook.resume";
  await requireManager(actor, action, id);
  return db().transaction(async (tx) => {
    const before = await lockEndpoint(tx, actor, id);
    if (!before.pausedAt) return { resumed: false, pending: 0 };
    await tx
      .update(webhookEndpoints)
      .set({ pausedAt: null, pauseReason: null, consecutiveFailures: 0, failingSince: null, updatedAt: now })
      .where(eq(webhookEndpoints.id, id));
    const due = await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.status, "pending")))
      .returning({ id: webhookDeliveries.id });
    await auditChange(tx, actor, { action, target: id, detail: { pausedAt: before.pausedAt.toISOString(), pending: due.length } });
    return { resumed: true, pending: due.length };
  });
}

/** A new secret, shown once; the old one stops signing at once. */
export async function rotateWebhookSecret(actor: AdminActor, id: string): Promise<{ secret: string }> {
  const action = "webhook.rotate_secret";
  await requireManager(actor, action, id);
  const secret = newSecret();
  return db().transaction(async (tx) => {
    await lockEndpoint(tx, actor, id);
    await tx.update(webhookEndpoints).set({ secret, updatedAt: new Date() }).where(eq(webhookEndpoints.id, id));
    await auditChange(tx, actor, { action, target: id });
    return { secret };
  });
}

/**
 * Sends a delivery again (the manager's "send again"): due now, with the same webhook-id, so a receiver that
 * already has it can tell. Given-up and delivered ones go back to pending; attempts keep counting.
 */
export async function resendWebhookDelivery(actor: AdminActor, endpointId: string, deliveryId: string, now: Date = new Date()): Promise<{ id: string }> {
  const action = "webhook.resend";
  await requireManager(actor, action, deliveryId);
  return db().transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.propertyId, actor.propertyId)))
      .returning({ id: webhookDeliveries.id, eventType: webhookDeliveries.eventType });
    if (!row) throw notFound("Delivery");
    await auditChange(tx, actor, { action, target: deliveryId, detail: { endpointId, eventType: row.eventType } });
    return { id: row.id };
  });
}

/** The property's endpoints with their queue at a glance (pending, given up, last delivered), in one query. */
export async function listWebhookEndpoints(propertyId: string) {
  const stats = db()
    .select({
      endpointId: webhookDeliveries.endpointId,
      pending: sql<number>`count(*) filter (where ${webhookDeliveries.status} = 'pending')`.mapWith(Number).as("pending"),
      failed: sql<number>`count(*) filter (where ${webhookDeliveries.status} = 'failed')`.mapWith(Number).as("failed"),
      lastDeliveredAt: max(webhookDeliveries.deliveredAt).as("last_delivered_at"),
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.propertyId, propertyId))
    .groupBy(webhookDeliveries.endpointId)
    .as("stats");
  const rows = await db()
    .select({ ...endpointColumns, pending: stats.pending, failed: stats.failed, lastDeliveredAt: stats.lastDeliveredAt })
    .from(webhookEndpoints)
    .leftJoin(stats, eq(stats.endpointId, webhookEndpoints.id))
    .where(eq(webhookEndpoints.propertyId, propertyId))
    .orderBy(desc(webhookEndpoints.createdAt), webhookEndpoints.id);
  return rows.map((r) => ({ ...r, pending: r.pending ?? 0, failed: r.failed ?? 0 }));
}

export async function getWebhookEndpoint(propertyId: string, id: string): Promise<WebhookEndpointView | null> {
  const [row] = await db()
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.propertyId, propertyId)))
    .limit(1);
  return row ?? null;
}

export const DELIVERIES_PAGE_SIZE = 50;

/** The endpoint's delivery log, newest first; another hotel's endpoint has none. */
export async function listWebhookDeliveries(propertyId: string, endpointId: string, options: { limit?: number; offset?: number } = {}) {
  return db()
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.propertyId, propertyId)))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.seq))
    .limit(options.limit ?? DELIVERIES_PAGE_SIZE)
    .offset(options.offset ?? 0);
}

export type WebhookDeliveryView = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

/** Endpoints of the property that were paused after failing: the back office's notice to the manager. */
export async function countPausedWebhookEndpoints(propertyId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.propertyId, propertyId), eq(webhookEndpoints.active, true), isNotNull(webhookEndpoints.pausedAt)));
  return Number(row?.n ?? 0);
}

