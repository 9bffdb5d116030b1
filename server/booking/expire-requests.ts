// Requests nobody answered in time expire: their seats go back (to the waiting list first) and the guest is told.
import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { bookingEvents, bookings } from "@/db/schema";
import { EXPIRED_NOTE } from "@/lib/booking-event-notes";
import { publishBookingChange } from "@/server/live";
import { notifyGuestOfChange } from "@/server/notifications/guest-emails";
import { heldColumns, releaseAndOffer } from "./release-and-offer";

/** Requests nobody answered in time become expired; their seats go back (and to the waiting list). */
export async function expireUnansweredRequests(now: Date = new Date()): Promise<number> {
  const expired = await db().transaction(async (tx) => {
    const rows = await tx
      .update(bookings)
      .set({ status: "expired", updatedAt: now })
      .where(and(eq(bookings.status, "requested"), lte(bookings.expiresAt, now)))
      .returning(heldColumns);
    for (const row of rows) await releaseAndOffer(tx, row, now);
    if (rows.length) {
      await tx.insert(bookingEvents).values(
        rows.map((r) => ({
          propertyId: r.propertyId,
          bookingId: r.id,
          actorKind: "system" as const,
          actorName: "Guest Services",
          fromStatus: "requested" as const,
          toStatus: "expired" as const,
          note: EXPIRED_NOTE,
        })),
      );
    }
    for (const r of rows) await notifyGuestOfChange(tx, r.id, "expired");
    return rows;
  });
  for (const r of expired) await publishBookingChange({ propertyId: r.propertyId, departmentId: r.departmentId, bookingId: r.id, kind: "expire" });
  return expired.length;
}
