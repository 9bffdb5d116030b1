// The email outbox: messages written in the same transaction as the change they announce, sent later with retries.
import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { isStaffEmailTemplate, renderStaffEmail, type StaffEmailPayload, type StaffEmailTemplate } from "@/lib/email/staff-templates";
import { renderEmail, type EmailPayload, type EmailTemplate } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { db, type Db, type Tx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { staffEmailTexts } from "./staff-email-texts";

export type OutboxEmail = {
  propertyId: string;
  stayId?: string | null;
  bookingId?: string | null;
  to: string;
  locale?: string | null;
  template: EmailTemplate | StaffEmailTemplate;
  payload: EmailPayload | StaffEmailPayload;
  /** At most one email per key, ever (e.g. "reminder:<booking id>"). */
  dedupeKey: string;
};

/** Queues an email; a second call with the same dedupe key does nothing. Pass the transaction of the change it announces. */
export async function enqueueEmail(exec: Db | Tx, email: OutboxEmail): Promise<boolean> {
  const rows = await exec
    .insert(emailOutbox)
    .values({
      propertyId: email.propertyId,
      stayId: email.stayId ?? null,
      bookingId: email.bookingId ?? null,
      toAddress: email.to,
      locale: email.locale || "en",
      template: email.template,
      payload: email.payload as Record<string, unknown>,
      dedupeKey: email.dedupeKey,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/** Minutes to wait after the n-th failed attempt (1-based): 1, 5, 15, 60, then every 2 hours. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 120];
/** After this many failed attempts the email is given up on (status failed) — about a day of retrying. */
export const MAX_ATTEMPTS = 15;

export function backoffMinutes(attempts: number): number {
  return BACKOFF_MINUTES[Math.min(Math.max(attempts, 1), BACKOFF_MINUTES.length) - 1];
}

/** What the worker needs of a mail transport (nodemailer's Transporter fits). */
export type MailTransport = Pick<Transporter, "sendMail">;

const BATCH = 20;
/**
 * How long a claimed email is reserved for the pass sending it. Longer than nodemailer's timeouts
 * (below), so a slow send never overlaps another pass; if the process dies mid-send, the email is
 * retried after this (at least once, never lost).
 */
export const SEND_LEASE_MINUTES = 2;

/**
 * Sends the due pending emails, one at a time. Each is claimed by one short statement (the oldest due
 * row, FOR UPDATE SKIP LOCKED, its next attempt moved past the lease), so several instances never send
 * the same email at once; the SMTP conversation happens outside any transaction, so a slow mail server
 * never holds a lock (the embedded database has one connection: a transaction open during a send
 * would stall every page); the outcome is written by a second statement. A failure backs off.
 */
export async function sendDueEmails(
  transport: MailTransport,
  now: Date = new Date(),
  from: string = env().MAIL_FROM,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < BATCH; i++) {
    const due = db()
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(emailOutbox.nextAttemptAt, emailOutbox.id)
      .limit(1)
      .for("update", { skipLocked: true });
    const [row] = await db()
      .update(emailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MINUTES * 60_000) })
      // `= (subquery)`, not IN: an uncorrelated scalar subquery runs once, so exactly one row is claimed
      // (with IN, PostgreSQL may run the LIMIT 1 subquery again per row and claim several).
      .where(and(sql`${emailOutbox.id} = (${due})`, eq(emailOutbox.status, "pending")))
      .returning();
    if (!row) break;
    try {
      const mail = isStaffEmailTemplate(row.template)
        ? renderStaffEmail(row.template, row.payload as StaffEmailPayload, await staffEmailTexts(row.locale))
        : renderEmail(row.template as EmailTemplate, row.locale, row.payload as EmailPayload);
      await transport.sendMail({ from, to: row.toAddress, subject: mail.subject, text: mail.text, html: mail.html });
      await db()
        .update(emailOutbox)
        .set({ status: "sent", sentAt: now, attempts: row.attempts + 1, lastError: null })
        .where(eq(emailOutbox.id, row.id));
      sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      const message = err instanceof Error ? err.message : String(err);
      await db()
        .update(emailOutbox)
        .set({
          attempts,
          lastError: message.slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          nextAttemptAt: new Date(now.getTime() + backoffMinutes(attempts) * 60_000),
        })
        .where(eq(emailOutbox.id, row.id));
      failed++;
    }
  }
  return { sent, failed };
}

const holder = globalThis as unknown as { __guestServicesMail?: MailTransport | null; __guestServicesMailWarned?: boolean };

/** The SMTP transport from SMTP_URL, or null when mail is not configured (emails then wait, pending). */
export async function smtpTransport(): Promise<MailTransport | null> {
  if (holder.__guestServicesMail !== undefined) return holder.__guestServicesMail;
  const url = env().SMTP_URL;
  if (!url) {
    if (!holder.__guestServicesMailWarned) logger("mail").warn("SMTP_URL is not set: emails stay in the outbox (pending) until it is");
    holder.__guestServicesMailWarned = true;
    holder.__guestServicesMail = null;
    return null;
  }
  const nodemailer = await import("nodemailer");
  // Short timeouts: a dead server should fail this attempt quickly, not stall the housekeeping pass.
  holder.__guestServicesMail = nodemailer.createTransport(url, { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 });
  return holder.__guestServicesMail;
}

/** One worker pass with the configured transport; nothing happens without SMTP_URL. */
export async function flushOutbox(now: Date = new Date()): Promise<{ sent: number; failed: number }> {
  const transport = await smtpTransport();
  if (!transport) return { sent: 0, failed: 0 };
  return sendDueEmails(transport, now);
}

/** The outbox rows of a booking (tests and the back office). */
export async function listOutboxForBookings(bookingIds: string[]) {
  if (!bookingIds.length) return [];
  return db().select().from(emailOutbox).where(inArray(emailOutbox.bookingId, bookingIds)).orderBy(emailOutbox.createdAt);
}

