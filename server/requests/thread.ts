// The message thread between a guest and staff on one booking (never internal notes): reading it, and writing to it
// from either side.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db } from "@/db/client";
import { bookingMessages, bookings } from "@/db/schema";
import type { GuestRef } from "@/server/stays/guest-stay";
import { publishBookingChange } from "@/server/live";
import { notifyGuestOfMessage } from "@/server/notifications/guest-emails";
import { scopeOf, type StaffRef } from "./scope";

/** Messages between guest and staff on a booking, oldest first; internal notes are never included. */
export async function listGuestThread(propertyId: string, bookingId: string) {
  return db()
    .select({ id: bookingMessages.id, at: bookingMessages.at, authorKind: bookingMessages.authorKind, authorName: bookingMessages.authorName, body: bookingMessages.body })
    .from(bookingMessages)
    .where(and(eq(bookingMessages.bookingId, bookingId), eq(bookingMessages.propertyId, propertyId), eq(bookingMessages.internal, false)))
    .orderBy(asc(bookingMessages.at), asc(bookingMessages.id));
}

/** The guest writes to staff about their own booking. */
export async function postGuestMessage(guest: GuestRef & { guestName?: string }, bookingId: string, body: string): Promise<{ id: string }> {
  const [booking] = await db()
    .select({ id: bookings.id, departmentId: bookings.departmentId })
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId)))
    .limit(1);
  if (!booking) throw new AppError("not_found", "This booking does not exist.");
  const [message] = await db()
    .insert(bookingMessages)
    .values({
      propertyId: guest.propertyId,
      bookingId: booking.id,
      authorKind: "guest",
      authorId: guest.stayId,
      authorName: guest.guestName ?? null,
      body: body.trim(),
      internal: false,
    })
    .returning({ id: bookingMessages.id });
  await publishBookingChange({ propertyId: guest.propertyId, departmentId: booking.departmentId, bookingId, kind: "message" });
  return message;
}

/** Staff write to the guest (shown on the guest's page and sent by email, in one transaction). */
export async function postStaffMessage(staff: StaffRef, bookingId: string, body: string): Promise<{ id: string }> {
  const result = await db().transaction(async (tx) => {
    const [booking] = await tx
      .select({ id: bookings.id, departmentId: bookings.departmentId })
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), scopeOf(staff)))
      .limit(1);
    if (!booking) throw new AppError("not_found", "This request does not exist.");
    const [message] = await tx
      .insert(bookingMessages)
      .values({
        propertyId: staff.propertyId,
        bookingId: booking.id,
        authorKind: "staff",
        authorId: staff.staffId,
        authorName: staff.name,
        body: body.trim(),
        internal: false,
      })
      .returning({ id: bookingMessages.id });
    await notifyGuestOfMessage(tx, booking.id, message.id, body.trim());
    return { id: message.id, departmentId: booking.departmentId };
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: result.departmentId, bookingId, kind: "message" });
  return { id: result.id };
}
