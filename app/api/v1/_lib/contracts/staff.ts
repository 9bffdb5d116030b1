// Staff REST operations: the request queue, one request, status changes, and the manager's API tokens.
import { z } from "zod";
import { REASON_MAX } from "@/lib/form-limits";
import { BOOKING_STATUSES } from "@/lib/booking-status";
import { defineOperation, type StaffRoleName } from "@/lib/openapi";
import { isDay } from "@/lib/time";
import { bookingStatus, idParams, localizedText, priceLine } from "./shared";

const ALL_STAFF: readonly StaffRoleName[] = ["manager", "reception", "department"];

const STAFF_ACTIONS = ["confirm", "decline", "start", "fulfil", "no_show", "cancel"] as const;

/** A query value that must be a whole number in [min, max], written plainly ("10", not "1e1" or " 10"). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: "validation.invalid" })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const queueQuery = z.strictObject({
  status: z
    .string()
    .max(200)
    .transform((v) => v.split(","))
    .pipe(z.array(z.enum(BOOKING_STATUSES)).min(1).max(BOOKING_STATUSES.length))
    .optional()
    .describe(`Comma-separated statuses (${BOOKING_STATUSES.join(", ")}); default: requested, confirmed, in_progress.`),
  departmentId: z.uuid().optional(),
  day: z.string().refine(isDay, { error: "validation.invalid" }).optional().describe("Hotel-local day the request is for, YYYY-MM-DD."),
  search: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[\p{L}\p{N} .'-]+$/u, { error: "validation.invalid" })
    .optional()
    .describe("Prefix of the room or of the guest's surname (letters, digits, space, . ' -)."),
  limit: wholeNumber(1, 100).optional().describe("At most 100; default 50."),
  offset: wholeNumber(0, 100_000).optional(),
});

const requestSummary = z.object({
  id: z.uuid(),
  status: bookingStatus,
  quantity: z.number().int(),
  note: z.string().nullable(),
  scheduledAt: z.date().nullable(),
  startDay: z.string().nullable(),
  endDay: z.string().nullable(),
  createdAt: z.date(),
  totalMinor: z.number().int(),
  currency: z.string(),
  serviceName: localizedText,
  departmentId: z.uuid(),
  departmentName: z.string(),
  responseTargetMinutes: z.number().int(),
  guestName: z.string(),
  room: z.string().nullable(),
  vip: z.boolean(),
  assignedTo: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
});

export const listRequests = defineOperation({
  method: "GET",
  path: "/api/v1/staff/requests",
  operationId: "listRequests",
  summary: "The request queue",
  description: "Requests in the caller's scope, what needs action first: overdue, then awaiting an answer, then the guest wrote last, then the rest (closed last); VIP stays first within each, then the longest-waiting.",
  tags: ["Staff"],
  access: { kind: "staff", roles: ALL_STAFF },
  query: queueQuery,
  responses: {
    200: {
      description: "One page of the queue.",
      schema: z.object({
        requests: z.array(
          requestSummary.extend({
            respondedAt: z.date().nullable(),
            awaitingReply: z.boolean().describe("The guest wrote last on the request's message thread: a message waits for an answer."),
          }),
        ),
        limit: z.number().int(),
        offset: z.number().int(),
      }),
    },
  },
  problems: [],
});

const trailEntry = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("event"),
    id: z.uuid(),
    at: z.date(),
    actorKind: z.enum(["guest", "staff", "system"]),
    actorName: z.string().nullable(),
    action: z.string().nullable(),
    fromStatus: bookingStatus.nullable(),
    toStatus: bookingStatus.nullable(),
    note: z.string().nullable(),
  }),
  z.object({
    type: z.literal("note"),
    id: z.uuid(),
    at: z.date(),
    actorKind: z.enum(["guest", "staff", "system"]),
    actorName: z.string().nullable(),
    body: z.string(),
  }),
]);

export const getRequest = defineOperation({
  method: "GET",
  path: "/api/v1/staff/requests/{id}",
  operationId: "getRequest",
  summary: "One request with its trail and the actions open to it",
  description: "A request outside the caller's scope answers exactly like one that does not exist (404).",
  tags: ["Staff"],
  access: { kind: "staff", roles: ALL_STAFF },
  params: idParams,
  responses: {
    200: {
      description: "The request.",
      schema: z.object({
        request: requestSummary.extend({
          serviceId: z.uuid(),
          sessionId: z.uuid().nullable(),
          priceLines: z.array(priceLine),
          declineReason: z.string().nullable(),
          adults: z.number().int(),
          childrenAges: z.array(z.number().int()),
          checkIn: z.string(),
          checkOut: z.string(),
          trail: z.array(trailEntry),
          actions: z.array(z.enum(STAFF_ACTIONS)),
        }),
      }),
    },
  },
  problems: ["not_found"],
});

export const requestStatusBody = z
  .strictObject({
    action: z.enum(STAFF_ACTIONS),
    reason: z.string().trim().min(1).max(REASON_MAX).optional().describe("Required to decline (the guest is told why); otherwise kept in the request's trail."),
  })
  .refine((b) => b.action !== "decline" || !!b.reason, { path: ["reason"], error: "validation.required" });

export const changeRequestStatus = defineOperation({
  method: "POST",
  path: "/api/v1/staff/requests/{id}/status",
  operationId: "changeRequestStatus",
  summary: "Move a request to its next status",
  description:
    "confirm and decline answer a request; start, fulfil and no_show follow a confirmed one; cancel ends an open one. " +
    "When two desks act at once, the second is told (409 booking:conflict).",
  tags: ["Staff"],
  access: { kind: "staff", roles: ALL_STAFF },
  params: idParams,
  body: requestStatusBody,
  responses: {
    200: { description: "The new status.", schema: z.object({ request: z.object({ id: z.uuid(), status: bookingStatus }) }) },
  },
  problems: ["not_found", "booking:conflict"],
});

const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  staffId: z.uuid(),
  staffName: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable().describe("Updated at most once a minute."),
  revokedAt: z.date().nullable(),
});

export const listApiTokensOperation = defineOperation({
  method: "GET",
  path: "/api/v1/staff/api-tokens",
  operationId: "listApiTokens",
  summary: "The hotel's API tokens (never their secrets)",
  tags: ["API tokens"],
  access: { kind: "staff", roles: ["manager"], sessionOnly: true },
  responses: { 200: { description: "Tokens, newest first.", schema: z.object({ tokens: z.array(apiToken) }) } },
  problems: [],
});

export const createApiTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(80).describe("What the token is for, e.g. the integration's name."),
  staffId: z.uuid().optional().describe("The active staff member the token acts as; default: you."),
});

export const createApiTokenOperation = defineOperation({
  method: "POST",
  path: "/api/v1/staff/api-tokens",
  operationId: "createApiToken",
  summary: "Make an API token",
  description: "The token is in this answer only; the hotel keeps just its hash. Send it as `Authorization: Bearer <token>`.",
  tags: ["API tokens"],
  access: { kind: "staff", roles: ["manager"], sessionOnly: true },
  body: createApiTokenBody,
  responses: {
    201: {
      description: "The new token, shown once.",
      schema: z.object({ token: apiToken.omit({ lastUsedAt: true, revokedAt: true }).extend({ token: z.string().describe("The secret.") }) }),
    },
  },
  problems: ["not_found"],
});

export const revokeApiTokenOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/staff/api-tokens/{id}",
  operationId: "revokeApiToken",
  summary: "Revoke an API token",
  description: "From the next request on, the token is refused (401). Revoking it again changes nothing.",
  tags: ["API tokens"],
  access: { kind: "staff", roles: ["manager"], sessionOnly: true },
  params: idParams,
  responses: { 204: { description: "Revoked." } },
  problems: ["not_found"],
});

export const getMe = defineOperation({
  method: "GET",
  path: "/api/v1/staff/me",
  operationId: "getMe",
  summary: "Who the caller is",
  description: "The staff member a session or token acts as, with role and departments as they are now; lets an integration check its token.",
  tags: ["Staff"],
  access: { kind: "staff", roles: ALL_STAFF },
  responses: {
    200: {
      description: "The caller.",
      schema: z.object({
        staff: z.object({
          staffId: z.uuid(),
          name: z.string(),
          role: z.enum(["manager", "reception", "department"]),
          departmentIds: z.array(z.uuid()),
          via: z.enum(["session", "token"]),
        }),
      }),
    },
  },
  problems: [],
});
