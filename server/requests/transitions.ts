// Status changes staff make to a request (confirm, decline, start, fulfil, no-show, cancel): locked, audited, told to the guest.
import "server-only";
import { and, eq } from "drizzle-orm";
import { releasesCapacity, staffTransition, type BookingStatus, type StaffAction } from "@/lib/booking-status";
import { db } from "@/db/client";
import { bookingEvents, bookings } from "@/db/schema";
import { lockBooking } from "@/server/booking/lock-booking";
import { releaseAndOffer } from "@/server/booking/release-and-offer";
import { publishBookingChange } from "@/server/live";
import { notifyGuestOfChange } from "@/server/notifications/guest-emails";
import { webhookBookingStatusChanged } from "@/server/webhooks/event-hooks";
import { scopeOf, type StaffRef } from "./scope";

/** What the guest reads as the reason for a decline: the reason, and the alternative offered if any. */
export function declineText(reason: string, alternative?: string | null): string {
  const offer = alternative?.trim();
  return offer ? `${reason.trim()} — ${offer}` : reason.trim();
}

/**
 * Moves a request from one status to the next. The row is locked first, so
 * when two staff act at once the second sees the first one's result and is
 * told, instead of both succeeding. Every open page hears of it once committed.
 */
export async function applyStaffAction(
  staff: StaffRef,
  bookingId: string,
  action: StaffAction,
  reason?: string,
): Promise<{ status: BookingStatus }> {
  const transition = staffTransition(action);
  const result = await db().transaction(async (tx) => {
    const current = await lockBooking(tx, bookingId, scopeOf(staff), (status) => transition.from.includes(status), "request");
    const now = new Date();
    await tx
      .update(bookings)
      .set({
        status: transition.to,
        updatedAt: now,
        ...(current.status === "requested" ? { respondedAt: now } : {}),
        ...(transition.to === "fulfilled" ? { fulfilledAt: now } : {}),
        ...(action === "decline" ? { declineReason: reason ?? null } : {}),
      })
      .where(and(eq(bookings.id, current.id), eq(bookings.status, current.status)));
    // Seats given back go to the waiting list first.
    if (releasesCapacity(current.status, transition.to)) await releaseAndOffer(tx, { ...current, propertyId: staff.propertyId }, now);
    await tx.insert(bookingEvents).values({
      propertyId: staff.propertyId,
      bookingId: current.id,
      actorKind: "staff",
      actorId: staff.staffId,
      actorName: staff.name,
      fromStatus: current.status,
      toStatus: transition.to,
      action,
      note: reason ?? null,
    });
    await notifyGuestOfChange(tx, current.id, transition.to, reason ?? null);
    await webhookBookingStatusChanged(tx, { propertyId: staff.propertyId, bookingId: current.id, from: current.status, to: transition.to, actor: "staff" });
    return { status: transition.to, departmentId: current.departmentId };
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: result.departmentId, bookingId, kind: action });
  return { status: result.status };
}

/** Declines with a reason and, if there is one, an alternative; the guest reads both. */
export function declineRequest(staff: StaffRef, bookingId: string, reason: string, alternative?: string | null) {
  return applyStaffAction(staff, bookingId, "decline", declineText(reason, alternative));
}
