// The message thread between a guest and staff on one booking: reading it (never internal notes), and writing to it
// from either side; staff's internal notes are written here too.
import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db, type Db, type Tx } from "@/db/client";
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

type Author = { propertyId: string; kind: "guest" | "staff"; id: string; name: string | null };

/**
 * Writes a message on a booking the author may see (`scope`; otherwise not_found, named `noun`): to the other side, or
 * `internal`, a note only staff read. Every message of the thread and every internal note is written here.
 */
async function writeMessage(
  exec: Db | Tx,
  author: Author,
  scope: SQL,
  bookingId: string,
  message: { body: string; internal: boolean },
  noun: "request" | "booking",
): Promise<{ id: string; departmentId: string }> {
  const [booking] = await exec
    .select({ id: bookings.id, departmentId: bookings.departmentId })
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), scope))
    .limit(1);
  if (!booking) throw new AppError("not_found", `This ${noun} does not exist.`);
  const [row] = await exec
    .insert(bookingMessages)
    .values({
      propertyId: author.propertyId,
      bookingId: booking.id,
      authorKind: author.kind,
      authorId: author.id,
      authorName: author.name,
      body: message.body.trim(),
      internal: message.internal,
    })
    .returning({ id: bookingMessages.id });
  return { id: row.id, departmentId: booking.departmentId };
}

const staffAuthor = (staff: StaffRef): Author => ({ propertyId: staff.propertyId, kind: "staff", id: staff.staffId, name: staff.name });

/** The guest writes to staff about their own booking. */
export async function postGuestMessage(guest: GuestRef & { guestName?: string }, bookingId: string, body: string): Promise<{ id: string }> {
  const author: Author = { propertyId: guest.propertyId, kind: "guest", id: guest.stayId, name: guest.guestName ?? null };
  const ownBooking = and(eq(bookings.stayId, guest.stayId), eq(bookings.propertyId, guest.propertyId))!;
  const message = await writeMessage(db(), author, ownBooking, bookingId, { body, internal: false }, "booking");
  await publishBookingChange({ propertyId: guest.propertyId, departmentId: message.departmentId, bookingId, kind: "message" });
  return { id: message.id };
}

/** Staff write to the guest (shown on the guest's page and sent by email, in one transaction). */
export async function postStaffMessage(staff: StaffRef, bookingId: string, body: string): Promise<{ id: string }> {
  const message = await db().transaction(async (tx) => {
    const written = await writeMessage(tx, staffAuthor(staff), scopeOf(staff), bookingId, { body, internal: false }, "request");
    await notifyGuestOfMessage(tx, bookingId, written.id, body.trim());
    return written;
  });
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: message.departmentId, bookingId, kind: "message" });
  return { id: message.id };
}

/** A staff-only note on a request, in any status; never shown to the guest. */
export async function addInternalNote(staff: StaffRef, bookingId: string, body: string): Promise<{ id: string }> {
  const note = await writeMessage(db(), staffAuthor(staff), scopeOf(staff), bookingId, { body, internal: true }, "request");
  await publishBookingChange({ propertyId: staff.propertyId, departmentId: note.departmentId, bookingId, kind: "note" });
  return { id: note.id };
}
