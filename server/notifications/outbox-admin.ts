// The manager's view of the email outbox: every email of the hotel with its status, attempts and last error
// (newest first, on email_outbox_property_created_idx), and "send again", audited like the other manager changes.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { auditChange, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the hotel's emails, newest first; ask for one more than a page to know whether older ones exist. */
export async function listOutbox(propertyId: string, options: { limit: number; offset: number }) {
  return db()
    .select({
      id: emailOutbox.id,
      createdAt: emailOutbox.createdAt,
      toAddress: emailOutbox.toAddress,
      template: emailOutbox.template,
      locale: emailOutbox.locale,
      bookingId: emailOutbox.bookingId,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.propertyId, propertyId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit)
    .offset(options.offset);
}

export type OutboxListRow = Awaited<ReturnType<typeof listOutbox>>[number];

/**
 * Sends an email again: it goes back to pending, due now, for the next housekeeping pass (a sent one goes out once
 * more, a failed one gets another try). The attempts already made stay counted. Manager only; audited.
 */
export async function resendEmail(actor: AdminActor, emailId: string, now: Date = new Date()): Promise<{ id: string }> {
  const action = "email.resend";
  await requireManager(actor, action, emailId);
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select({ status: emailOutbox.status })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.propertyId, actor.propertyId)))
      .for("update")
      .limit(1);
    if (!before) throw notFound("Email");
    const [row] = await tx
      .update(emailOutbox)
      .set({ status: "pending", nextAttemptAt: now })
      .where(and(eq(emailOutbox.id, emailId), eq(emailOutbox.propertyId, actor.propertyId)))
      .returning({ id: emailOutbox.id, template: emailOutbox.template, toAddress: emailOutbox.toAddress, attempts: emailOutbox.attempts });
    await auditChange(tx, actor, {
      action,
      target: emailId,
      detail: { template: row.template, to: row.toAddress, previousStatus: before.status, attempts: row.attempts },
    });
    return { id: row.id };
  });
}
