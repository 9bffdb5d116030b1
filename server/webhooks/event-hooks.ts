// One call per event for the code that makes the change: each loads what its payload needs (only when an
// endpoint listens) and queues it in the caller's transaction.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import { orderingKey, statusEventOf, type WebhookEventType } from "@/lib/webhooks/events";
import type { Tx } from "@/db/client";
import { bookings, services, stays } from "@/db/schema";
import { enqueueWebhookEvents, type WebhookEvent } from "./outbox";

type BookingEventType = Extract<WebhookEventType, `booking.${string}`>;

/** The bookings as the `booking` object of a payload, in one query. */
async function loadBookings(tx: Tx, propertyId: string, ids: string[]) {
  const rows = await tx
    .select({
      id: bookings.id,
      stayId: bookings.stayId,
      status: bookings.status,
      serviceId: services.id,
      serviceSlug: services.slug,
      serviceName: services.name,
      departmentId: bookings.departmentId,
      quantity: bookings.quantity,
      note: bookings.note,
      scheduledAt: bookings.scheduledAt,
      startDay: bookings.startDay,
      endDay: bookings.endDay,
      totalMinor: bookings.totalMinor,
      taxMinor: bookings.taxMinor,
      currency: bookings.currency,
      bundleId: bookings.bundleId,
      packageId: bookings.packageId,
      declineReason: bookings.declineReason,
      createdAt: bookings.createdAt,
      updatedAt: bookings.updatedAt,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .where(and(eq(bookings.propertyId, propertyId), inArray(bookings.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  // In the order asked for: a package's items are announced in the order they were booked.
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { serviceId, serviceSlug, serviceName, ...rest } = r;
    return [{ ...rest, service: { id: serviceId, slug: serviceSlug, name: serviceName as Record<string, string> } }];
  });
}

/** A booking was made (one event per booking: a package's items each get one). */
export async function webhookBookingsCreated(tx: Tx, propertyId: string, bookingIds: string[]): Promise<void> {
  await enqueueBookingEvents(tx, propertyId, "booking.created", bookingIds, () => ({}));
}

/** A booking's status changed; only the statuses the webhook events name are sent (lib/webhooks/events.ts). */
export async function webhookBookingStatusChanged(
  tx: Tx,
  change: { propertyId: string; bookingId: string; from: BookingStatus; to: BookingStatus; actor: "guest" | "staff" | "system" },
): Promise<void> {
  const type = statusEventOf(change.to);
  if (!type) return;
  await enqueueBookingEvents(tx, change.propertyId, type, [change.bookingId], () => ({ previousStatus: change.from, actor: change.actor }));
}

/** Staff moved a timed booking; `previous` is the time it had. */
export async function webhookBookingRescheduled(tx: Tx, propertyId: string, bookingId: string, previous: Date | null): Promise<void> {
  await enqueueBookingEvents(tx, propertyId, "booking.rescheduled", [bookingId], () => ({ previousScheduledAt: previous }));
}

async function enqueueBookingEvents(
  tx: Tx,
  propertyId: string,
  type: BookingEventType,
  ids: string[],
  extra: () => Record<string, unknown>,
): Promise<void> {
  if (!ids.length) return;
  await enqueueWebhookEvents(tx, propertyId, [type], async () =>
    (await loadBookings(tx, propertyId, ids)).map(
      (booking) => ({ type, orderingKey: orderingKey({ bookingId: booking.id }), data: { propertyId, booking, ...extra() } }) as WebhookEvent,
    ),
  );
}

/** A credit was given to a stay (for one of its bookings, or not). */
export async function webhookCreditGiven(
  tx: Tx,
  credit: { id: string; propertyId: string; stayId: string; bookingId: string | null; amountMinor: number; currency: string; reason: string; createdAt: Date },
): Promise<void> {
  const { propertyId, ...fields } = credit;
  await enqueueWebhookEvents(tx, propertyId, ["credit.given"], () => [
    { type: "credit.given", orderingKey: orderingKey(credit), data: { propertyId, credit: fields } },
  ]);
}

/** A guest rated a fulfilled booking: sent after the booking's earlier events. */
export async function webhookRatingReceived(
  tx: Tx,
  rating: {
    id: string;
    propertyId: string;
    bookingId: string;
    stayId: string;
    serviceId: string;
    score: number;
    comment: string | null;
    complaint: boolean;
    createdAt: Date;
  },
): Promise<void> {
  const { propertyId, ...fields } = rating;
  await enqueueWebhookEvents(tx, propertyId, ["rating.received"], () => [
    { type: "rating.received", orderingKey: orderingKey({ bookingId: rating.bookingId }), data: { propertyId, rating: fields } },
  ]);
}

/** Stays created or changed (by hand or by a CSV import): one event each, the stay as it is now. */
export async function webhookStaysChanged(tx: Tx, propertyId: string, changes: { id: string; created: boolean }[]): Promise<void> {
  if (!changes.length) return;
  const types = [...new Set(changes.map((c) => (c.created ? "stay.created" : "stay.updated")))] as WebhookEventType[];
  await enqueueWebhookEvents(tx, propertyId, types, async () => {
    const rows = await tx
      .select({
        id: stays.id,
        reservationCode: stays.reservationCode,
        guestName: stays.guestName,
        surname: stays.surname,
        room: stays.room,
        checkIn: stays.checkIn,
        checkOut: stays.checkOut,
        adults: stays.adults,
        childrenAges: stays.childrenAges,
        vip: stays.vip,
        locale: stays.locale,
      })
      .from(stays)
      .where(and(eq(stays.propertyId, propertyId), inArray(stays.id, changes.map((c) => c.id))));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return changes.flatMap((c) => {
      const stay = byId.get(c.id);
      return stay ? [{ type: c.created ? "stay.created" : "stay.updated", orderingKey: orderingKey({ stayId: c.id }), data: { propertyId, stay } } as WebhookEvent] : [];
    });
  });
}
