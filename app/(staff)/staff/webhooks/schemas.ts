// Input of the webhook actions: one strict zod schema per action, for form fields as they arrive (strings).
import { z } from "zod";
import { checkbox, many, optionalText } from "@/lib/form-input";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { WEBHOOK_URL_MAX } from "@/lib/webhooks/url-rules";

const endpointFields = {
  url: z.string().trim().min(1).max(WEBHOOK_URL_MAX),
  description: optionalText(WEBHOOK_DESCRIPTION_MAX),
  events: many(z.enum(WEBHOOK_EVENT_TYPES), WEBHOOK_EVENT_TYPES.length).pipe(z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1)),
  active: checkbox,
};

export const createEndpointSchema = z.strictObject(endpointFields);

export const updateEndpointSchema = z.strictObject({ id: z.uuid(), ...endpointFields });

export const endpointIdSchema = z.strictObject({ id: z.uuid() });

export const resendSchema = z.strictObject({ endpointId: z.uuid(), deliveryId: z.uuid() });
