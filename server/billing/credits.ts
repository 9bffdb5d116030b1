// Apology credits: giving one within the limit rule (audited either way), and the credits the app proposes for late requests.
import "server-only";
import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { latenessOf, mayGiveCredit, proposedCreditMinor, type Lateness } from "@/lib/credit-proposal";
import { AppError } from "@/lib/errors";
import type { LocalizedText } from "@/db/schema/catalogue";
import { db } from "@/db/client";
import { auditLog, bookings, credits, properties, services, stays } from "@/db/schema";
import type { StaffRef } from "@/server/requests/scope";
import { webhookCreditGiven } from "@/server/webhooks/event-hooks";

export type GiveCreditInput = { stayId: string; amountMinor: number; reason: string; bookingId?: string | null };

/** The property's credit limit and currency, for the form's hint and the proposals. */
export async function getCreditPolicy(propertyId: string) {
  const [row] = await db()
    .select({ limitMinor: properties.creditLimitMinor, currency: properties.currency })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  if (!row) throw new AppError("not_found", "Property not found.");
  return row;
}

/**
 * Gives a credit to a stay of the staff member's property. Reception may give up to the
 * property's limit, a manager any amount; a refusal is audited too.
 */
export async function giveCredit(staff: StaffRef, input: GiveCreditInput): Promise<{ id: string; amountMinor: number; currency: string }> {
  const [stay] = await db()
    .select({ id: stays.id, limitMinor: properties.creditLimitMinor, currency: properties.currency })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.id, input.stayId), eq(stays.propertyId, staff.propertyId)))
    .limit(1);
  if (!stay) throw new AppError("not_found", "This stay does not exist.");
  if (input.bookingId) {
    const [booking] = await db()
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.id, input.bookingId), eq(bookings.stayId, stay.id), eq(bookings.propertyId, staff.propertyId)))
      .limit(1);
    if (!booking) throw new AppError("input:invalid", "This booking is not one of the stay's.", { bookingId: ["validation.booking_not_of_stay"] });
  }
  const entry = {
    propertyId: staff.propertyId,
    actorKind: "staff" as const,
    actorId: staff.staffId,
    role: staff.role,
    action: "credit.give",
    target: stay.id,
  };
  if (!mayGiveCredit(staff.role, input.amountMinor, stay.limitMinor)) {
    await db()
      .insert(auditLog)
      .values({ ...entry, outcome: "denied", detail: { amountMinor: input.amountMinor, limitMinor: stay.limitMinor } });
    throw new AppError("auth:forbidden", "Above the credit limit: a manager must give this credit.", {
      amount: [`validation.above_credit_limit:${stay.limitMinor}`],
    });
  }
  // The credit and its audit row are written together or not at all.
  return db().transaction(async (tx) => {
    const [credit] = await tx
      .insert(credits)
      .values({
        propertyId: staff.propertyId,
        stayId: stay.id,
        bookingId: input.bookingId ?? null,
        amountMinor: input.amountMinor,
        currency: stay.currency,
        reason: input.reason,
        givenBy: staff.staffId,
      })
      .returning({ id: credits.id, createdAt: credits.createdAt });
    await tx.insert(auditLog).values({
      ...entry,
      outcome: "ok",
      detail: { creditId: credit.id, amountMinor: input.amountMinor, currency: stay.currency, bookingId: input.bookingId ?? null, reason: input.reason },
    });
    await webhookCreditGiven(tx, {
      id: credit.id,
      propertyId: staff.propertyId,
      stayId: stay.id,
      bookingId: input.bookingId ?? null,
      amountMinor: input.amountMinor,
      currency: stay.currency,
      reason: input.reason,
      createdAt: credit.createdAt,
    });
    return { id: credit.id, amountMinor: input.amountMinor, currency: stay.currency };
  });
}

export type CreditProposal = Lateness & {
  bookingId: string;
  serviceName: LocalizedText;
  totalMinor: number;
  proposedMinor: number;
  currency: string;
};

/**
 * Bookings of the stay that were answered, or delivered, later than their department's
 * response target and have no credit yet, each with a proposed amount. One query.
 */
export async function listCreditProposals(propertyId: string, stayId: string): Promise<CreditProposal[]> {
  const rows = await db()
    .select({
      bookingId: bookings.id,
      mode: services.mode,
      serviceName: services.name,
      totalMinor: bookings.totalMinor,
      currency: bookings.currency,
      createdAt: bookings.createdAt,
      respondedAt: bookings.respondedAt,
      fulfilledAt: bookings.fulfilledAt,
      scheduledAt: bookings.scheduledAt,
      // The answer time promised when the request was made, not the department's target today.
      target: bookings.responseTargetMinutes,
      limitMinor: properties.creditLimitMinor,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(properties, eq(properties.id, bookings.propertyId))
    .leftJoin(credits, and(eq(credits.bookingId, bookings.id), eq(credits.propertyId, bookings.propertyId)))
    .where(
      and(
        eq(bookings.propertyId, propertyId),
        eq(bookings.stayId, stayId),
        isNull(credits.id),
        or(isNotNull(bookings.respondedAt), isNotNull(bookings.fulfilledAt)),
      ),
    )
    // Oldest first; the id settles ties, so that the list does not reorder between two loads.
    .orderBy(asc(bookings.createdAt), asc(bookings.id));
  return rows.flatMap((row) => {
    const late = latenessOf(row, row.target);
    if (!late) return [];
    return [
      {
        ...late,
        bookingId: row.bookingId,
        serviceName: row.serviceName,
        totalMinor: row.totalMinor,
        currency: row.currency,
        proposedMinor: proposedCreditMinor(row.totalMinor, row.currency, row.limitMinor),
      },
    ];
  });
}

/** The stay's bookings a credit can refer to, newest first. */
export async function listCreditableBookings(propertyId: string, stayId: string) {
  return db()
    .select({ id: bookings.id, serviceName: services.name, createdAt: bookings.createdAt, status: bookings.status })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(and(eq(bookings.propertyId, propertyId), eq(bookings.stayId, stayId)))
    .orderBy(asc(bookings.createdAt));
}
