// Apology credits: who may give how much, and the credit the app proposes when a request was handled late.
import { fractionDigits } from "./money";

/** Reception gives credits up to the property's limit; above it, only a manager. */
export function mayGiveCredit(role: "manager" | "reception" | "department", amountMinor: number, limitMinor: number): boolean {
  if (role === "manager") return true;
  return role === "reception" && amountMinor <= limitMinor;
}

export type Lateness = { kind: "answered" | "fulfilled"; minutes: number; target: number };

/**
 * How late a request was against its department's response target, or null when it was not:
 * answered (confirmed or declined) more than `target` minutes after it was made; or, for an
 * in-room delivery, fulfilled more than `target` minutes after it was due (its due time, or the
 * moment it was asked for when "as soon as possible"). Timed sessions are fulfilled when they are
 * over, so their fulfilment time says nothing about lateness.
 */
export function latenessOf(
  booking: {
    mode: string;
    createdAt: Date;
    respondedAt: Date | null;
    fulfilledAt: Date | null;
    scheduledAt: Date | null;
  },
  targetMinutes: number,
): Lateness | null {
  const minutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 60_000);
  if (booking.respondedAt) {
    const minutes = minutesBetween(booking.createdAt, booking.respondedAt);
    if (minutes > targetMinutes) return { kind: "answered", minutes, target: targetMinutes };
  }
  if (booking.mode === "on_request" && booking.fulfilledAt) {
    const due = booking.scheduledAt ?? booking.createdAt;
    const minutes = minutesBetween(due, booking.fulfilledAt);
    if (minutes > targetMinutes) return { kind: "fulfilled", minutes, target: targetMinutes };
  }
  return null;
}

/** Share of the booking's total proposed as an apology, in basis points. */
export const PROPOSAL_SHARE_BP = 1000;
/** The smallest proposal, in major units of the currency. */
export const PROPOSAL_MIN_MAJOR = 5;

/**
 * The credit proposed for a late request: 10 % of what the booking cost, at least 5.00 (a
 * gesture below that feels like an insult, and a free crib costs nothing), and never more than
 * reception may give alone, so the one-click proposal never needs a manager. Staff can change it.
 */
export function proposedCreditMinor(totalMinor: number, currency: string, limitMinor: number): number {
  const floor = PROPOSAL_MIN_MAJOR * 10 ** fractionDigits(currency);
  const share = Math.round((totalMinor * PROPOSAL_SHARE_BP) / 10_000);
  return Math.max(1, Math.min(Math.max(share, floor), limitMinor));
}
