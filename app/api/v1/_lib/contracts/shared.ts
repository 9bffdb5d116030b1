// Schemas several REST operations share: path parameters and the shapes of bookings in answers.
import { z } from "zod";
import { BOOKING_STATUSES } from "@/lib/booking-status";

/** A path id: anything but a uuid names no resource (404). */
export const idParams = z.strictObject({ id: z.uuid().describe("The resource's id (uuid).") });

export const slugParams = z.strictObject({
  slug: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe("The URL name, e.g. horse-riding."),
});

export const localizedText = z.record(z.string(), z.string()).describe('Text per locale, at least "en".');

export const bookingStatus = z.enum(BOOKING_STATUSES);

export const serviceMode = z.enum(["timed", "rental", "on_request", "ticket"]);

export const priceUnit = z.enum(["per_booking", "per_person", "per_child", "per_night", "per_day", "per_hour"]);

export const priceLine = z.object({
  label: z.string().describe("Message key of the line's description."),
  quantity: z.number().int(),
  unitMinor: z.number().int(),
  totalMinor: z.number().int(),
  params: z.record(z.string(), z.number()).optional(),
});

/** One of the guest's bookings, as the list and the single read give it. */
export const guestBooking = z.object({
  id: z.uuid(),
  status: bookingStatus,
  quantity: z.number().int(),
  note: z.string().nullable(),
  scheduledAt: z.date().nullable().describe("When it takes place (session start, first rental day, due time)."),
  totalMinor: z.number().int().describe("Total in minor units (cents), tax included."),
  taxMinor: z.number().int(),
  currency: z.string(),
  priceLines: z.array(priceLine),
  declineReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  serviceName: localizedText,
  serviceSlug: z.string(),
  mode: serviceMode,
});

/** The answer to a booking request: the booking, or the first answer again for a repeated Idempotency-Key. */
export const bookResult = z.object({
  bookingId: z.uuid(),
  status: bookingStatus,
  totalMinor: z.number().int(),
  replayed: z.boolean().describe("True when this key was seen before and the first booking is returned."),
});

/** The booking engine reports the status as a plain string; the answer's schema checks it is a known one. */
export function bookingReply(result: { bookingId: string; status: string; totalMinor: number; replayed: boolean }): z.input<typeof bookResult> {
  return { ...result, status: result.status as z.input<typeof bookingStatus> };
}
