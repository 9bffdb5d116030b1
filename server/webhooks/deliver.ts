// The webhook outbox, sending side (run by the housekeeping pass): claim a due delivery, sign it, POST it, record
// the outcome; retry with backoff, keep each booking's events in order, and pause an endpoint that keeps failing.
import "server-only";
import { and, eq, isNull, lt, lte, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Webhook } from "standardwebhooks";
import { backoffSeconds, MAX_ATTEMPTS, SEND_LEASE_SECONDS, shouldPause } from "@/lib/webhooks/retry-policy";
import { db, type Tx } from "@/db/client";
import { auditLog, properties, staffMemberships, staffUsers, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/server/notifications/outbox";
import { postWebhook, sendPolicyFromEnv, type PostOutcome, type SendPolicy } from "./safe-post";

const BATCH = 20;
/** A pass stops claiming after this long, so a row of slow receivers cannot hold up the rest of housekeeping. */
const PASS_BUDGET_MS = 20_000;

const d = webhookDeliveries;
const earlier = alias(webhookDeliveries, "earlier");

/**
 * Claims the next due delivery in one statement, as the email outbox does: the oldest due row of an active,
 * unpaused endpoint whose booking (or stay) has no earlier event still pending for that endpoint, locked with
 * SKIP LOCKED and its next attempt moved past the lease, so no two passes (or instances) send it at once.
 * An earlier event waiting for its retry therefore holds back the later ones of the same booking.
 */
async function claimNext(now: Date, propertyId?: string) {
  const due = db()
    .select({ id: d.id })
    .from(d)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, d.endpointId))
    .where(
      and(
        eq(d.status, "pending"),
        lte(d.nextAttemptAt, now),
        propertyId ? eq(d.propertyId, propertyId) : undefined,
        eq(webhookEndpoints.active, true),
        isNull(webhookEndpoints.pausedAt),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(earlier)
            .where(and(eq(earlier.endpointId, d.endpointId), eq(earlier.orderingKey, d.orderingKey), eq(earlier.status, "pending"), lt(earlier.seq, d.seq))),
        ),
      ),
    )
    .orderBy(d.nextAttemptAt, d.seq)
    .limit(1)
    .for("update", { of: d, skipLocked: true });
  const [row] = await db()
    .update(d)
    .set({ nextAttemptAt: new Date(now.getTime() + SEND_LEASE_SECONDS * 1000) })
    // `= (subquery)`, not IN: the scalar subquery runs once, so exactly one row is claimed (see the email outbox).
    .where(and(sql`${d.id} = (${due})`, eq(d.status, "pending")))
    .returning({ id: d.id, endpointId: d.endpointId, eventId: d.eventId, payload: d.payload, attempts: d.attempts });
  return row ?? null;
}

/** The Standard Webhooks headers of one attempt, signed now (receivers refuse timestamps far from their clock). */
export function signDelivery(secret: string, eventId: string, body: string, at: Date = new Date()): Record<string, string> {
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, at, body),
  };
}

type Claimed = NonNullable<Awaited<ReturnType<typeof claimNext>>>;

async function recordDelivered(row: Claimed, status: number, now: Date): Promise<void> {
  await db().transaction(async (tx) => {
    await tx
      .update(d)
      .set({ status: "delivered", attempts: row.attempts + 1, deliveredAt: now, lastAttemptAt: now, lastStatusCode: status, lastError: null })
      .where(eq(d.id, row.id));
    await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0, failingSince: null })
      .where(and(eq(webhookEndpoints.id, row.endpointId), sql`${webhookEndpoints.consecutiveFailures} > 0`));
  });
}

/**
 * A failed attempt: back off (or give up after MAX_ATTEMPTS), count it against the endpoint, and pause the
 * endpoint when the rule says so — once, whichever instance gets there first — telling its managers.
 */
async function recordFailed(row: Claimed, outcome: Extract<PostOutcome, { ok: false }>, now: Date): Promise<boolean> {
  const attempts = row.attempts + 1;
  return db().transaction(async (tx) => {
    await tx
      .update(d)
      .set({
        attempts,
        status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000),
        lastAttemptAt: now,
        lastStatusCode: outcome.status,
        lastError: outcome.error.slice(0, 500),
      })
      .where(eq(d.id, row.id));
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({
        consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
        failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)`,
      })
      .where(eq(webhookEndpoints.id, row.endpointId))
      .returning({
        propertyId: webhookEndpoints.propertyId,
        url: webhookEndpoints.url,
        consecutiveFailures: webhookEndpoints.consecutiveFailures,
        failingSince: webhookEndpoints.failingSince,
        pausedAt: webhookEndpoints.pausedAt,
      });
    if (!endpoint?.failingSince || endpoint.pausedAt || !shouldPause(endpoint.consecutiveFailures, endpoint.failingSince, now)) return false;
    const since = endpoint.failingSince;
    const [paused] = await tx
      .update(webhookEndpoints)
      .set({ pausedAt: now, pauseReason: `${endpoint.consecutiveFailures} failed attempts in a row since ${since.toISOString()}; the last: ${outcome.error.slice(0, 200)}` })
      .where(and(eq(webhookEndpoints.id, row.endpointId), isNull(webhookEndpoints.pausedAt)))
      .returning({ id: webhookEndpoints.id });
    if (!paused) return false;
    await tx.insert(auditLog).values({
      propertyId: endpoint.propertyId,
      actorKind: "system",
      action: "webhook.pause",
      target: row.endpointId,
      outcome: "ok",
      detail: { url: endpoint.url, consecutiveFailures: endpoint.consecutiveFailures, failingSince: since.toISOString(), lastError: outcome.error.slice(0, 200) },
    });
    await tellManagers(tx, { endpointId: row.endpointId, propertyId: endpoint.propertyId, url: endpoint.url, failures: endpoint.consecutiveFailures, failingSince: since, now });
    return true;
  });
}

/** An email to each active manager of the property, through the email outbox, in the transaction that paused it. */
async function tellManagers(
  tx: Tx,
  paused: { endpointId: string; propertyId: string; url: string; failures: number; failingSince: Date; now: Date },
): Promise<void> {
  const managers = await tx
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      locale: staffUsers.locale,
      hotelName: properties.name,
      timeZone: properties.timeZone,
      defaultLocale: properties.defaultLocale,
    })
    .from(staffUsers)
    .innerJoin(staffMemberships, eq(staffMemberships.staffId, staffUsers.id))
    .innerJoin(properties, eq(properties.id, staffMemberships.propertyId))
    .where(and(eq(staffMemberships.propertyId, paused.propertyId), eq(staffMemberships.role, "manager"), eq(staffUsers.active, true)));
  for (const m of managers) {
    await enqueueEmail(tx, {
      propertyId: paused.propertyId,
      to: m.email,
      // The manager's back-office language; without a stored choice (no browser to ask) the hotel's own.
      locale: m.locale ?? m.defaultLocale,
      template: "webhook_paused",
      dedupeKey: `webhook_paused:${paused.endpointId}:${paused.now.getTime()}:${m.id}`,
      payload: {
        staffName: m.name,
        hotelName: m.hotelName,
        endpointUrl: paused.url,
        failures: paused.failures,
        failingSince: paused.failingSince.toISOString(),
        timeZone: m.timeZone,
        link: `${env().PUBLIC_URL.replace(/\/$/, "")}/staff/webhooks/${paused.endpointId}`,
      },
    });
  }
}

export type WebhookPassResult = { delivered: number; failed: number; paused: number };

/**
 * Sends due deliveries one at a time, each outside any transaction (a slow receiver never holds a lock; the
 * embedded database has one connection). The signature's timestamp is the real clock's, whatever `now` says.
 */
export async function sendDueWebhooks(
  now: Date = new Date(),
  options: {
    policy?: SendPolicy;
    budgetMs?: number;
    /** Only this property's deliveries: test files share one PostgreSQL database and must not send each other's. */
    propertyId?: string;
  } = {},
): Promise<WebhookPassResult> {
  const policy = options.policy ?? sendPolicyFromEnv();
  const started = Date.now();
  const endpoints = new Map<string, { url: string; secret: string } | null>();
  const result: WebhookPassResult = { delivered: 0, failed: 0, paused: 0 };
  for (let i = 0; i < BATCH && Date.now() - started < (options.budgetMs ?? PASS_BUDGET_MS); i++) {
    const row = await claimNext(now, options.propertyId);
    if (!row) break;
    if (!endpoints.has(row.endpointId)) {
      const [endpoint] = await db()
        .select({ url: webhookEndpoints.url, secret: webhookEndpoints.secret })
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.id, row.endpointId))
        .limit(1);
      endpoints.set(row.endpointId, endpoint ?? null);
    }
    const endpoint = endpoints.get(row.endpointId);
    if (!endpoint) continue;
    const body = JSON.stringify(row.payload);
    const outcome = await postWebhook(endpoint.url, signDelivery(endpoint.secret, row.eventId, body), body, policy);
    if (outcome.ok) {
      await recordDelivered(row, outcome.status, now);
      result.delivered++;
    } else {
      result.failed++;
      if (await recordFailed(row, outcome, now)) result.paused++;
    }
  }
  return result;
}
