// Webhook endpoints through the REST API (the manager's): register, read, change, resume, new secret, the
// delivery log and "send again". Reading also works with a manager's API token; changing where the hotel's
// events go takes a signed-in manager (a leaked token must not be able to redirect them).
import { z } from "zod";
import { defineOperation } from "@/lib/openapi";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { WEBHOOK_URL_MAX } from "@/lib/webhooks/url-rules";
import { idParams } from "./shared";

const TAGS = ["Webhooks"];
const READ = { kind: "staff", roles: ["manager"] } as const;
const WRITE = { kind: "staff", roles: ["manager"], sessionOnly: true } as const;

const eventType = z.enum(WEBHOOK_EVENT_TYPES);

const endpoint = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(eventType),
  active: z.boolean().describe("An inactive endpoint gets no new events."),
  pausedAt: z.date().nullable().describe("Set when it was paused after failing again and again; its events wait until it is resumed."),
  pauseReason: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const delivery = z.object({
  id: z.uuid(),
  eventId: z.uuid().describe("The webhook-id header of every attempt."),
  eventType,
  status: z.enum(["pending", "delivered", "failed"]).describe("failed: given up after the last attempt (send it again to retry)."),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.date().nullable(),
  nextAttemptAt: z.date().describe("When a pending delivery is tried next."),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});

const fields = {
  url: z.string().trim().min(1).max(WEBHOOK_URL_MAX).describe("https (in production); no credentials; a public address unless the operator allows private ones."),
  description: z.string().trim().max(WEBHOOK_DESCRIPTION_MAX).nullable().describe("What receives it, e.g. the PMS."),
  events: z.array(eventType).min(1).max(WEBHOOK_EVENT_TYPES.length).describe("The events to send (see `webhooks`)."),
  active: z.boolean(),
};

export const createWebhookBody = z.strictObject({
  url: fields.url,
  description: fields.description.optional(),
  events: fields.events,
  active: fields.active.optional().describe("Default true."),
});

export const updateWebhookBody = z
  .strictObject({ url: fields.url.optional(), description: fields.description.optional(), events: fields.events.optional(), active: fields.active.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { path: ["_form"], error: "validation.required" });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: "validation.invalid" })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const listWebhookEndpointsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/staff/webhooks",
  operationId: "listWebhookEndpoints",
  summary: "The hotel's webhook endpoints (never their secrets)",
  tags: TAGS,
  access: READ,
  responses: {
    200: {
      description: "Endpoints, newest first, with their queue at a glance.",
      schema: z.object({
        endpoints: z.array(endpoint.extend({ pending: z.number().int(), failed: z.number().int(), lastDeliveredAt: z.date().nullable() })),
      }),
    },
  },
  problems: [],
});

export const createWebhookEndpointOperation = defineOperation({
  method: "POST",
  path: "/api/v1/staff/webhooks",
  operationId: "createWebhookEndpoint",
  summary: "Register a webhook endpoint",
  description: 'The secret ("whsec_" + base64) is in this answer only; verify every delivery with it (Standard Webhooks).',
  tags: TAGS,
  access: WRITE,
  body: createWebhookBody,
  responses: { 201: { description: "The endpoint and its secret, shown once.", schema: z.object({ endpoint, secret: z.string() }) } },
  problems: [],
});

export const getWebhookEndpointOperation = defineOperation({
  method: "GET",
  path: "/api/v1/staff/webhooks/{id}",
  operationId: "getWebhookEndpoint",
  summary: "One webhook endpoint",
  tags: TAGS,
  access: READ,
  params: idParams,
  responses: { 200: { description: "The endpoint.", schema: z.object({ endpoint }) } },
  problems: ["not_found"],
});

export const updateWebhookEndpointOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/staff/webhooks/{id}",
  operationId: "updateWebhookEndpoint",
  summary: "Change a webhook endpoint",
  description: "Only the fields sent change. A paused endpoint stays paused until it is resumed.",
  tags: TAGS,
  access: WRITE,
  params: idParams,
  body: updateWebhookBody,
  responses: { 200: { description: "The endpoint as it is now, and what changed.", schema: z.object({ endpoint, changed: z.array(z.string()) }) } },
  problems: ["not_found"],
});

export const resumeWebhookEndpointOperation = defineOperation({
  method: "POST",
  path: "/api/v1/staff/webhooks/{id}/resume",
  operationId: "resumeWebhookEndpoint",
  summary: "Resume a paused webhook endpoint",
  description: "The events kept while it was paused are sent at once, in order. Resuming one that is not paused changes nothing.",
  tags: TAGS,
  access: WRITE,
  params: idParams,
  responses: { 200: { description: "Whether it was paused, and how many deliveries are now due.", schema: z.object({ resumed: z.boolean(), pending: z.number().int() }) } },
  problems: ["not_found"],
});

export const rotateWebhookSecretOperation = defineOperation({
  method: "POST",
  path: "/api/v1/staff/webhooks/{id}/secret",
  operationId: "rotateWebhookSecret",
  summary: "Make a new signing secret",
  description: "The old secret stops signing at once; the new one is in this answer only.",
  tags: TAGS,
  access: WRITE,
  params: idParams,
  responses: { 200: { description: "The new secret, shown once.", schema: z.object({ secret: z.string() }) } },
  problems: ["not_found"],
});

export const listWebhookDeliveriesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/staff/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "An endpoint's delivery log",
  tags: TAGS,
  access: READ,
  params: idParams,
  query: z.strictObject({ limit: wholeNumber(1, 100).optional().describe("At most 100; default 50."), offset: wholeNumber(0, 100_000).optional() }),
  responses: { 200: { description: "Deliveries, newest first.", schema: z.object({ deliveries: z.array(delivery), limit: z.number().int(), offset: z.number().int() }) } },
  problems: ["not_found"],
});

export const resendWebhookDeliveryOperation = defineOperation({
  method: "POST",
  path: "/api/v1/staff/webhooks/{id}/deliveries/{deliveryId}/resend",
  operationId: "resendWebhookDelivery",
  summary: "Send a delivery again",
  description: "Due at once, with the same webhook-id; a delivered or given-up delivery goes back to pending.",
  tags: TAGS,
  access: WRITE,
  params: z.strictObject({ id: z.uuid(), deliveryId: z.uuid() }),
  responses: { 200: { description: "Queued again.", schema: z.object({ delivery: z.object({ id: z.uuid(), status: z.literal("pending") }) }) } },
  problems: ["not_found"],
});

export const WEBHOOK_OPERATIONS = [
  listWebhookEndpointsOperation,
  createWebhookEndpointOperation,
  getWebhookEndpointOperation,
  updateWebhookEndpointOperation,
  resumeWebhookEndpointOperation,
  rotateWebhookSecretOperation,
  listWebhookDeliveriesOperation,
  resendWebhookDeliveryOperation,
] as const;
