// The guest's REST operations: catalogue, availability, bookings, whole packages and the waiting list.
import { z } from "zod";
import { bookingInput } from "@/lib/booking-input";
import { defineOperation } from "@/lib/openapi";
import { isDay } from "@/lib/time";
import { bookResult, guestBooking, idParams, localizedText, priceUnit, serviceMode, slugParams } from "./shared";

const day = z.string().refine(isDay, { error: "validation.invalid" }).describe("A hotel-local day, YYYY-MM-DD.");

const catalogueItem = z.object({
  slug: z.string(),
  name: localizedText,
  description: localizedText,
  mode: serviceMode,
  priceMinor: z.number().int().describe("List price in minor units, tax included."),
  priceUnit,
  complimentary: z.boolean(),
  durationMinutes: z.number().int().nullable(),
});

export const getCatalogue = defineOperation({
  method: "GET",
  path: "/api/v1/catalogue",
  operationId: "getCatalogue",
  summary: "The hotel's packages and their bookable items",
  tags: ["Catalogue"],
  access: { kind: "guest_or_staff" },
  responses: {
    200: {
      description: "Active packages in display order, each with its active items.",
      schema: z.object({
        currency: z.string(),
        packages: z.array(
          z.object({
            slug: z.string(),
            name: localizedText,
            description: localizedText,
            bundlePriceMinor: z.number().int().nullable().describe("Price for booking the whole package; null when it cannot be."),
            items: z.array(catalogueItem),
          }),
        ),
      }),
    },
  },
  problems: [],
});

export const getAvailability = defineOperation({
  method: "GET",
  path: "/api/v1/services/{slug}/availability",
  operationId: "getAvailability",
  summary: "A timed service's sessions on one day",
  description: "Each session with the places left and, when it cannot be booked, why (past, lead_time, full, outside_stay, inactive, closed).",
  tags: ["Catalogue"],
  access: { kind: "guest" },
  params: slugParams,
  query: z.strictObject({ day }),
  responses: {
    200: {
      description: "The day's sessions.",
      schema: z.object({
        day: z.string(),
        sessions: z.array(
          z.object({
            id: z.uuid(),
            startsAt: z.date(),
            endsAt: z.date(),
            capacity: z.number().int(),
            booked: z.number().int(),
            remaining: z.number().int(),
            closed: z.boolean(),
            reason: z.enum(["past", "lead_time", "full", "outside_stay", "inactive", "closed"]).nullable(),
          }),
        ),
      }),
    },
  },
  problems: [],
});

export const listBookings = defineOperation({
  method: "GET",
  path: "/api/v1/bookings",
  operationId: "listBookings",
  summary: "The guest's own bookings, newest first",
  tags: ["Bookings"],
  access: { kind: "guest" },
  responses: { 200: { description: "The stay's bookings.", schema: z.object({ bookings: z.array(guestBooking) }) } },
  problems: [],
});

export const createBooking = defineOperation({
  method: "POST",
  path: "/api/v1/bookings",
  operationId: "createBooking",
  summary: "Book a service",
  description:
    "Timed services and tickets need `sessionId`; rentals `startDay` and `endDay` (both included); in-room requests may give `dueAt` " +
    "(hotel-local YYYY-MM-DDTHH:MM). The price is worked out by the hotel, never sent. Idempotent per Idempotency-Key.",
  tags: ["Bookings"],
  access: { kind: "guest" },
  body: bookingInput,
  idempotencyKey: true,
  responses: {
    201: { description: "Booked (confirmed, or requested when the service needs staff approval).", schema: z.object({ booking: bookResult }) },
    200: { description: "This key was used before for the same request: the first answer again.", schema: z.object({ booking: bookResult }) },
  },
  problems: ["not_found", "booking:full", "booking:not_bookable", "booking:min_age", "idempotency:mismatch"],
});

export const getBooking = defineOperation({
  method: "GET",
  path: "/api/v1/bookings/{id}",
  operationId: "getBooking",
  summary: "One of the guest's bookings",
  description: "Another stay's booking answers exactly like one that does not exist (404).",
  tags: ["Bookings"],
  access: { kind: "guest" },
  params: idParams,
  responses: { 200: { description: "The booking.", schema: z.object({ booking: guestBooking }) } },
  problems: ["not_found"],
});

export const cancelBooking = defineOperation({
  method: "POST",
  path: "/api/v1/bookings/{id}/cancel",
  operationId: "cancelBooking",
  summary: "Cancel one of the guest's bookings",
  description: "Allowed while requested or confirmed and before the service's cancellation cutoff; after it, only staff can (409 booking:too_late).",
  tags: ["Bookings"],
  access: { kind: "guest" },
  params: idParams,
  responses: {
    200: { description: "Cancelled; its places are given back.", schema: z.object({ booking: z.object({ id: z.uuid(), status: z.literal("cancelled") }) }) },
  },
  problems: ["not_found", "booking:conflict", "booking:too_late"],
});

const bundleResult = z.object({
  bundleId: z.uuid(),
  bookingIds: z.array(z.uuid()),
  totalMinor: z.number().int().describe("What the stay pays for the package: the items' own prices less the saving."),
  savingMinor: z.number().int().describe("The bundle saving against the items' own prices, a line of its own on the dearest bookings (0 on a replay)."),
  replayed: z.boolean(),
});

const packageItemChoice = z
  .strictObject({
    sessionId: z.uuid().optional().describe("Timed services and tickets: the session (time or event) chosen."),
    startDay: day.optional().describe("Rentals: the first day."),
    endDay: day.optional().describe("Rentals: the last day (included)."),
  })
  .refine((c) => !c.startDay || !c.endDay || c.startDay <= c.endDay, { path: ["endDay"], error: "validation.end_before_start" });

export const bookPackageBody = z.strictObject({
  items: z
    .record(z.string().min(1).max(100), packageItemChoice)
    .optional()
    .describe("The guest's choice per item, by the item's service slug. Items that need none (on request) may be left out."),
});

export const bookPackageOperation = defineOperation({
  method: "POST",
  path: "/api/v1/packages/{slug}/bookings",
  operationId: "bookPackage",
  summary: "Book a whole package, every item or none",
  description: [
    "Creates one booking per active item, each routed to its department, in one transaction: if one item cannot be booked, none is.",
    "Each booking is priced as the item on its own; what the bundle saves against those prices is one `bundle_saving` line, taken off the dearest bookings first.",
    "Timed services and tickets need `items.<slug>.sessionId`, rentals `items.<slug>.startDay` and `endDay`: nothing is booked for the guest at a time they did not choose.",
    "A missing choice answers 422 `input:invalid` with one field error per item that needs it (`items.<slug>.sessionId`, `items.<slug>.startDay`); an item the stay cannot take (no children for a children's item, too young, no time left) answers 422 `booking:not_bookable` naming it.",
    "The body may be left out for a package whose items need no choice. Idempotent per Idempotency-Key; the same key with other choices is refused.",
  ].join(" "),
  tags: ["Bookings"],
  access: { kind: "guest" },
  params: slugParams,
  body: bookPackageBody,
  bodyOptional: true,
  idempotencyKey: true,
  responses: {
    201: { description: "The package's bookings.", schema: z.object({ bundle: bundleResult }) },
    200: { description: "This key was used before for the same choices: the first answer again.", schema: z.object({ bundle: bundleResult }) },
  },
  problems: ["not_found", "booking:full", "booking:not_bookable", "booking:min_age", "idempotency:mismatch"],
});

const waitlistEntry = z.object({
  id: z.uuid(),
  status: z.enum(["waiting", "offered", "accepted", "expired", "cancelled"]),
  quantity: z.number().int(),
  offeredUntil: z.date().nullable().describe("When offered: take the place before this instant."),
  startDay: z.string().nullable(),
  endDay: z.string().nullable(),
  startsAt: z.date().nullable(),
  serviceName: localizedText,
  serviceSlug: z.string(),
  sessionId: z.uuid().nullable(),
  createdAt: z.date(),
});

export const listWaitlist = defineOperation({
  method: "GET",
  path: "/api/v1/waitlist",
  operationId: "listWaitlist",
  summary: "The guest's places on waiting lists",
  tags: ["Waiting list"],
  access: { kind: "guest" },
  responses: { 200: { description: "Entries, oldest first.", schema: z.object({ entries: z.array(waitlistEntry) }) } },
  problems: [],
});

export const joinWaitlistBody = z
  .strictObject({
    serviceSlug: z.string().min(1).max(100),
    sessionId: z.uuid().optional().describe("For timed services and tickets: the full session."),
    startDay: day.optional().describe("For rentals: the first day wanted."),
    endDay: day.optional().describe("For rentals: the last day wanted (included)."),
    quantity: z.number().int().min(1).max(50),
  })
  .refine((b) => (b.sessionId ? !b.startDay && !b.endDay : !!b.startDay && !!b.endDay), {
    path: ["sessionId"],
    error: "validation.session_or_days",
  })
  .refine((b) => !b.startDay || !b.endDay || b.startDay <= b.endDay, { path: ["endDay"], error: "validation.end_before_start" });

export const joinWaitlistOperation = defineOperation({
  method: "POST",
  path: "/api/v1/waitlist",
  operationId: "joinWaitlist",
  summary: "Join the waiting list of a session or of rental days",
  description: "Give either `sessionId`, or `startDay` and `endDay`. When a place frees up it is held for the first in line, who is told.",
  tags: ["Waiting list"],
  access: { kind: "guest" },
  body: joinWaitlistBody,
  responses: {
    201: { description: "On the list.", schema: z.object({ entry: z.object({ id: z.uuid(), status: z.literal("waiting") }) }) },
  },
  problems: ["not_found", "booking:not_bookable"],
});

export const acceptWaitlistOfferOperation = defineOperation({
  method: "POST",
  path: "/api/v1/waitlist/{id}/accept",
  operationId: "acceptWaitlistOffer",
  summary: "Take a place the waiting list offered",
  tags: ["Waiting list"],
  access: { kind: "guest" },
  params: idParams,
  idempotencyKey: true,
  responses: {
    201: { description: "Booked with the place that was held.", schema: z.object({ booking: bookResult }) },
    200: { description: "This key was used before: the first answer again.", schema: z.object({ booking: bookResult }) },
  },
  problems: ["not_found", "booking:conflict", "idempotency:mismatch"],
});

export const leaveWaitlistOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/waitlist/{id}",
  operationId: "leaveWaitlist",
  summary: "Leave a waiting list",
  description: "A place already offered is given to the next in line.",
  tags: ["Waiting list"],
  access: { kind: "guest" },
  params: idParams,
  responses: { 204: { description: "Left the list." } },
  problems: ["not_found"],
});
