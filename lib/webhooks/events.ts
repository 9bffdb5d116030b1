// The webhook events: their names, what each payload holds (zod), and the envelope every delivery carries.
// The same schemas shape what is written to the outbox and the OpenAPI document's `webhooks` section.
import { z } from "zod";
import { BOOKING_STATUSES, type BookingStatus } from "../booking-status";
import type { WebhookDoc } from "../openapi";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./limits";
import { ATTEMPT_TIMEOUT_MS, describeBackoff, MAX_ATTEMPTS } from "./retry-policy";

export { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./limits";

const uuid = z.uuid();
const int = z.number().int();
const day = z.string().describe("Hotel-local calendar day, YYYY-MM-DD.");
const status = z.enum(BOOKING_STATUSES);

const booking = z.object({
  id: uuid,
  stayId: uuid,
  status,
  service: z.object({
    id: uuid,
    slug: z.string(),
    name: z.record(z.string(), z.string()).describe('The service\'s name per locale, at least "en".'),
  }),
  departmentId: uuid,
  quantity: int,
  note: z.string().nullable().describe("What the guest wrote with the request (sizes, allergies)."),
  scheduledAt: z.date().nullable().describe("When it takes place (session start) or is due."),
  startDay: day.nullable().describe("Rentals: first day out."),
  endDay: day.nullable().describe("Rentals: last day out (included)."),
  totalMinor: int.describe("Total in minor units of `currency`, tax included."),
  taxMinor: int,
  currency: z.string().describe("ISO 4217."),
  bundleId: uuid.nullable().describe("Shared by the bookings made together by booking a whole package."),
  packageId: uuid.nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const actor = z.enum(["guest", "staff", "system"]).describe("Who made the change.");

const bookingData = z.object({ propertyId: uuid, booking });
const statusChangeData = bookingData.extend({ previousStatus: status, actor });

const stay = z.object({
  id: uuid,
  reservationCode: z.string(),
  guestName: z.string(),
  surname: z.string(),
  room: z.string().nullable(),
  checkIn: day,
  checkOut: day,
  adults: int,
  childrenAges: z.array(int),
  vip: z.boolean(),
  locale: z.string().nullable(),
});

/** Each event: what it means, and its `data`. */
export const WEBHOOK_EVENTS = {
  "booking.created": {
    summary: "A guest booked a service",
    description: "A new booking, requested (waiting for staff) or confirmed at once (services with instant confirmation). A package booking sends one event per item.",
    data: bookingData,
  },
  "booking.confirmed": { summary: "Staff confirmed a request", description: "The booking is now confirmed.", data: statusChangeData },
  "booking.declined": {
    summary: "Staff declined a request",
    description: "`booking.declineReason` holds the reason and the alternative offered, as the guest reads them.",
    data: statusChangeData,
  },
  "booking.rescheduled": {
    summary: "Staff moved a timed booking to another time",
    description: "`booking.scheduledAt` is the new time.",
    data: bookingData.extend({ previousScheduledAt: z.date().nullable() }),
  },
  "booking.cancelled": { summary: "A booking was cancelled", description: "By the guest (before the cutoff) or by staff.", data: statusChangeData },
  "booking.fulfilled": { summary: "Staff marked a booking as provided", description: "The service was delivered.", data: statusChangeData },
  "credit.given": {
    summary: "Staff gave the stay a credit",
    description: "Money given back to the stay (e.g. an apology credit); it appears on the folio.",
    data: z.object({
      propertyId: uuid,
      credit: z.object({
        id: uuid,
        stayId: uuid,
        bookingId: uuid.nullable().describe("The booking it is for, if any."),
        amountMinor: int,
        currency: z.string(),
        reason: z.string(),
        createdAt: z.date(),
      }),
    }),
  },
  "rating.received": {
    summary: "A guest rated a fulfilled booking",
    description: "Scores of 2 or less and complaints are flagged to the manager.",
    data: z.object({
      propertyId: uuid,
      rating: z.object({
        id: uuid,
        bookingId: uuid,
        stayId: uuid,
        serviceId: uuid,
        score: int.min(1).max(5),
        comment: z.string().nullable(),
        complaint: z.boolean(),
        createdAt: z.date(),
      }),
    }),
  },
  "stay.created": {
    summary: "A stay was created",
    description: "In the back office or by a CSV import from the property management system.",
    data: z.object({ propertyId: uuid, stay }),
  },
  "stay.updated": {
    summary: "A stay was changed",
    description: "In the back office or by a CSV import; the stay as it is now.",
    data: z.object({ propertyId: uuid, stay }),
  },
} as const satisfies Record<WebhookEventType, { summary: string; description: string; data: z.ZodType }>;

export type WebhookEventData<T extends WebhookEventType> = z.input<(typeof WEBHOOK_EVENTS)[T]["data"]>;

/** The body of a delivery, as the Standard Webhooks specification suggests it: type, timestamp, data. */
export function webhookEnvelope<T extends WebhookEventType>(type: T) {
  return z.object({
    type: z.literal(type),
    timestamp: z.date().describe("When it happened."),
    data: WEBHOOK_EVENTS[type].data as (typeof WEBHOOK_EVENTS)[T]["data"],
  });
}

/**
 * The checked body of one event, ready to be stored and sent (dates become ISO 8601 strings when serialised).
 * Fields the schema does not name are dropped: only what the document describes leaves the server.
 */
export function buildWebhookBody<T extends WebhookEventType>(type: T, data: WebhookEventData<T>, at: Date): Record<string, unknown> {
  return webhookEnvelope(type).parse({ type, timestamp: at, data }) as Record<string, unknown>;
}

/** The webhook event a status change sends, if any (starting, no-show and expiry send none). */
export function statusEventOf(to: BookingStatus): "booking.confirmed" | "booking.declined" | "booking.cancelled" | "booking.fulfilled" | null {
  switch (to) {
    case "confirmed":
      return "booking.confirmed";
    case "declined":
      return "booking.declined";
    case "cancelled":
      return "booking.cancelled";
    case "fulfilled":
      return "booking.fulfilled";
    default:
      return null;
  }
}

/**
 * Events with the same key reach an endpoint in the order they happened: a booking's events (and its rating,
 * and a credit given for it) by booking, a stay's by stay.
 */
export function orderingKey(of: { bookingId?: string | null; stayId?: string | null }): string {
  if (of.bookingId) return `booking:${of.bookingId}`;
  if (of.stayId) return `stay:${of.stayId}`;
  throw new Error("orderingKey: a booking or a stay is needed");
}

/** Headers of every delivery, as the Standard Webhooks specification names them. */
export const SIGNATURE_HEADERS = {
  "webhook-id": "The event's id: the same on every attempt and on a manual resend, so a receiver can drop repeats.",
  "webhook-timestamp": "Seconds since 1970-01-01 UTC when this attempt was signed; refuse it if far from your clock (replays).",
  "webhook-signature":
    'Space-separated list of "v1,<base64 HMAC-SHA256>" signatures of "<webhook-id>.<webhook-timestamp>.<body>", keyed with the ' +
    "base64-decoded part of the endpoint's secret after \"whsec_\". Verify with any Standard Webhooks library.",
} as const;

/** The events for the OpenAPI document's `webhooks` section: each body is the envelope the sender parses with. */
export function webhookDocs(): WebhookDoc[] {
  return WEBHOOK_EVENT_TYPES.map((type) => ({
    name: type,
    summary: WEBHOOK_EVENTS[type].summary,
    description:
      `${WEBHOOK_EVENTS[type].description}\n\n` +
      "Sent to each active endpoint that subscribes to this event, signed as the Standard Webhooks specification says " +
      "(see the headers). At least once: a receiver may get an event again and should use `webhook-id` to drop repeats. " +
      "A booking's events (and its rating, and a credit given for it) reach an endpoint in the order they happened.",
    body: webhookEnvelope(type),
    headers: SIGNATURE_HEADERS,
    answer:
      `Acknowledged. Any other answer, a redirect (never followed), or none within ${ATTEMPT_TIMEOUT_MS / 1000} seconds is a failed ` +
      `attempt: it is retried after ${describeBackoff()}, and given up after ${MAX_ATTEMPTS} attempts (the manager can send it again).`,
  }));
}
