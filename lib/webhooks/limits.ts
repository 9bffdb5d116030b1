// The webhook events' names and the sizes of an endpoint's fields: no dependencies, so forms can use them too.

export const WEBHOOK_EVENT_TYPES = [
  "booking.created",
  "booking.confirmed",
  "booking.declined",
  "booking.rescheduled",
  "booking.cancelled",
  "booking.fulfilled",
  "credit.given",
  "rating.received",
  "stay.created",
  "stay.updated",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Longest endpoint URL accepted. */
export const WEBHOOK_URL_MAX = 2000;

/** How long an endpoint's description may be ("PMS", "Messaging tool"). */
export const WEBHOOK_DESCRIPTION_MAX = 200;
