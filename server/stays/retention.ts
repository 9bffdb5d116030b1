// Guest data retention: stays whose retention period after check-out has passed lose their personal data.
// Bookings, amounts, costs and times stay (the reports read them); names, codes, emails, notes, messages and comments go.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  auditLog,
  authFailures,
  authSessions,
  bookingEvents,
  bookingMessages,
  bookings,
  credits,
  emailOutbox,
  properties,
  ratings,
  stays,
  webhookDeliveries,
} from "@/db/schema";
import { isRetentionOver, redactText, scrubJson, secretsOf } from "@/lib/retention";
import { addDays, hotelToday } from "@/lib/time";

/** Stays looked at per batch: a pass never holds many rows at once. */
export const RETENTION_BATCH = 50;

/** What an anonymised stay is called everywhere staff see its name (never empty: a link needs a text). */
export const ANONYMISED_NAME = "—";

/** A reservation code no guest can type: lower case and a colon never survive the sign-in form's normalising. */
function placeholderCode(): string {
  return `anonymised:${randomBytes(16).toString("hex")}`;
}

/**
 * Anonymises every stay whose retention period has passed (hotel-local day in the property's time zone), in
 * batches of `batchSize`, each stay in its own transaction. Idempotent: a stay already anonymised is never touched
 * again. Returns the number of stays anonymised by this pass. `propertyId` narrows the pass to one hotel (tests on a
 * shared database).
 */
export async function anonymiseExpiredStays(
  now: Date = new Date(),
  options: { batchSize?: number; maxBatches?: number; propertyId?: string } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? RETENTION_BATCH;
  const maxBatches = options.maxBatches ?? 20;
  // No hotel's today is later than the UTC day after: the database narrows, lib/retention decides per time zone.
  const latestToday = addDays(hotelToday("UTC", now), 1);
  let done = 0;
  const skipped = new Set<string>();
  for (let batch = 0; batch < maxBatches; batch++) {
    const candidates = await db()
      .select({ id: stays.id, checkOut: stays.checkOut, retentionDays: properties.retentionDays, timeZone: properties.timeZone })
      .from(stays)
      .innerJoin(properties, eq(properties.id, stays.propertyId))
      .where(
        and(
          isNull(stays.anonymisedAt),
          sql`${stays.checkOut} + ${properties.retentionDays} < ${latestToday}::date`,
          options.propertyId ? eq(stays.propertyId, options.propertyId) : undefined,
        ),
      )
      .orderBy(asc(sql`${stays.checkOut} + ${properties.retentionDays}`), asc(stays.id))
      .limit(batchSize + skipped.size);
    const due = candidates.filter(
      (c) => !skipped.has(c.id) && isRetentionOver(c.checkOut, c.retentionDays, hotelToday(c.timeZone, now)),
    );
    for (const c of candidates) if (!due.includes(c)) skipped.add(c.id);
    if (due.length === 0) break;
    for (const stay of due.slice(0, batchSize)) {
      if (await anonymiseStay(stay.id, now)) done++;
      // Done by another pass meanwhile, or locked by a change in progress: the next pass takes it.
      else skipped.add(stay.id);
    }
    if (candidates.length < batchSize + skipped.size) break;
  }
  return done;
}

/** Removes one stay's personal data; false when another pass did it first. */
export async function anonymiseStay(stayId: string, now: Date = new Date()): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [stay] = await tx
      .select()
      .from(stays)
      .where(and(eq(stays.id, stayId), isNull(stays.anonymisedAt)))
      .for("update", { skipLocked: true });
    if (!stay) return false;
    const propertyId = stay.propertyId;
    const stayBookings = await tx
      .select({ id: bookings.id, note: bookings.note, declineReason: bookings.declineReason })
      .from(bookings)
      .where(and(eq(bookings.propertyId, propertyId), eq(bookings.stayId, stay.id)));
    const bookingIds = stayBookings.map((b) => b.id);
    const messages = bookingIds.length
      ? await tx.select({ body: bookingMessages.body }).from(bookingMessages).where(and(eq(bookingMessages.propertyId, propertyId), inArray(bookingMessages.bookingId, bookingIds)))
      : [];
    const eventNotes = bookingIds.length
      ? await tx.select({ note: bookingEvents.note }).from(bookingEvents).where(and(eq(bookingEvents.propertyId, propertyId), inArray(bookingEvents.bookingId, bookingIds)))
      : [];
    const comments = await tx.select({ comment: ratings.comment }).from(ratings).where(and(eq(ratings.propertyId, propertyId), eq(ratings.stayId, stay.id)));
    // Everything the guest wrote or was written to them, as text to look for in stored documents.
    const secrets = secretsOf([
      stay.guestName,
      stay.surname,
      stay.reservationCode,
      stay.email,
      stay.notes,
      ...stayBookings.flatMap((b) => [b.note, b.declineReason]),
      ...messages.map((m) => m.body),
      ...eventNotes.map((e) => e.note),
      ...comments.map((c) => c.comment),
    ]);

    await tx
      .update(stays)
      .set({ reservationCode: placeholderCode(), guestName: ANONYMISED_NAME, surname: ANONYMISED_NAME, email: null, room: null, notes: null, anonymisedAt: now })
      .where(and(eq(stays.propertyId, propertyId), eq(stays.id, stay.id)));
    // The guest's own sessions end (they had ended with the stay already; this makes it certain).
    await tx.update(authSessions).set({ revokedAt: now }).where(and(eq(authSessions.subjectKind, "guest"), eq(authSessions.subjectId, stay.id), isNull(authSessions.revokedAt)));
    await tx.update(ratings).set({ comment: null }).where(and(eq(ratings.propertyId, propertyId), eq(ratings.stayId, stay.id)));
    await scrubCredits(tx, propertyId, stay.id, secrets);
    if (bookingIds.length) await scrubBookings(tx, propertyId, bookingIds, secrets);
    await scrubOutbox(tx, propertyId, stay.id, bookingIds, secrets);
    await scrubWebhookPayloads(tx, propertyId, stay.id, secrets);
    await scrubAuditDetails(tx, propertyId, [stay.id, ...bookingIds], secrets);
    // Throttle rows keyed by the code or surname (old failed attempts) would still name them. Only rows long past the
    // throttle's window go: another guest of that surname signing in now is still counted.
    await tx
      .delete(authFailures)
      .where(
        and(
          inArray(authFailures.key, [`code:${stay.reservationCode}`, `surname:${stay.surname.toLowerCase()}`]),
          lt(authFailures.at, new Date(now.getTime() - 86_400_000)),
        ),
      );

    // The audit row names the stay by id only: nothing personal in it.
    await tx.insert(auditLog).values({
      propertyId,
      actorKind: "system",
      action: "stay.anonymise",
      target: stay.id,
      outcome: "ok",
      detail: { bookings: bookingIds.length, checkOut: stay.checkOut },
    });
    return true;
  });
}

async function scrubBookings(tx: Tx, propertyId: string, bookingIds: string[], secrets: string[]): Promise<void> {
  await tx.update(bookings).set({ note: null, declineReason: null }).where(and(eq(bookings.propertyId, propertyId), inArray(bookings.id, bookingIds)));
  // The thread: the guest's and staff's messages are emptied (kept as rows: the response times stay); the guest's name goes.
  await tx
    .update(bookingMessages)
    .set({ body: "", authorName: sql`case when ${bookingMessages.authorKind} = 'guest' then null else ${bookingMessages.authorName} end` })
    .where(and(eq(bookingMessages.propertyId, propertyId), inArray(bookingMessages.bookingId, bookingIds)));
  const ofTheseBookings = and(eq(bookingEvents.propertyId, propertyId), inArray(bookingEvents.bookingId, bookingIds));
  await tx
    .update(bookingEvents)
    .set({ note: null, actorName: sql`case when ${bookingEvents.actorKind} = 'guest' then null else ${bookingEvents.actorName} end` })
    .where(ofTheseBookings);
  // Details are scrubbed in JavaScript, one row each: only the events that have some.
  const events = await tx
    .select({ id: bookingEvents.id, details: bookingEvents.details })
    .from(bookingEvents)
    .where(and(ofTheseBookings, isNotNull(bookingEvents.details)));
  for (const e of events) {
    await tx
      .update(bookingEvents)
      .set({ details: scrubJson(e.details, secrets) as typeof e.details })
      .where(and(eq(bookingEvents.propertyId, propertyId), eq(bookingEvents.id, e.id)));
  }
}

async function scrubCredits(tx: Tx, propertyId: string, stayId: string, secrets: string[]): Promise<void> {
  const rows = await tx.select({ id: credits.id, reason: credits.reason }).from(credits).where(and(eq(credits.propertyId, propertyId), eq(credits.stayId, stayId)));
  for (const r of rows) {
    const reason = redactText(r.reason, secrets);
    if (reason !== r.reason) await tx.update(credits).set({ reason }).where(and(eq(credits.propertyId, propertyId), eq(credits.id, r.id)));
  }
}

/**
 * The stay's emails (and staff emails about its bookings): no address of the guest, no text of theirs; unsent ones
 * never go. Matched by stay and booking, not by address: the same guest's later stay keeps its emails.
 */
async function scrubOutbox(tx: Tx, propertyId: string, stayId: string, bookingIds: string[], secrets: string[]): Promise<void> {
  const mine = or(eq(emailOutbox.stayId, stayId), bookingIds.length ? inArray(emailOutbox.bookingId, bookingIds) : undefined);
  const rows = await tx
    .select({ id: emailOutbox.id, stayId: emailOutbox.stayId, toAddress: emailOutbox.toAddress, payload: emailOutbox.payload, status: emailOutbox.status })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.propertyId, propertyId), mine));
  for (const r of rows) {
    // Emails to the guest carry the stay; a booking's email without it went to staff (their address stays).
    const guests = r.stayId === stayId;
    await tx
      .update(emailOutbox)
      .set({
        toAddress: guests ? "" : r.toAddress,
        payload: scrubJson(r.payload, secrets) as Record<string, unknown>,
        ...(guests && r.status === "pending" ? { status: "failed" as const, lastError: "guest data anonymised" } : {}),
      })
      .where(and(eq(emailOutbox.propertyId, propertyId), eq(emailOutbox.id, r.id)));
  }
}

/** Webhook deliveries whose payload is about the stay (by its id anywhere in the document). */
async function scrubWebhookPayloads(tx: Tx, propertyId: string, stayId: string, secrets: string[]): Promise<void> {
  const rows = await tx
    .select({ id: webhookDeliveries.id, payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.propertyId, propertyId), sql`${webhookDeliveries.payload}::text like ${`%${stayId}%`}`));
  for (const r of rows) {
    await tx
      .update(webhookDeliveries)
      .set({ payload: scrubJson(r.payload, secrets) as Record<string, unknown> })
      .where(and(eq(webhookDeliveries.propertyId, propertyId), eq(webhookDeliveries.id, r.id)));
  }
}

/** Audit rows about the stay or its bookings keep who did what and when; details naming the guest lose those values. */
async function scrubAuditDetails(tx: Tx, propertyId: string, targets: string[], secrets: string[]): Promise<void> {
  const rows = await tx
    .select({ id: auditLog.id, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.propertyId, propertyId), inArray(auditLog.target, targets), sql`${auditLog.detail} is not null`));
  for (const r of rows) {
    const detail = scrubJson(r.detail, secrets) as Record<string, unknown>;
    if (JSON.stringify(detail) !== JSON.stringify(r.detail)) {
      await tx.update(auditLog).set({ detail }).where(and(eq(auditLog.propertyId, propertyId), eq(auditLog.id, r.id)));
    }
  }
}
