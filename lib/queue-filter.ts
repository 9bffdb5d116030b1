// The request queue's URL search parameters: parsed strictly, so a bad or hostile URL is a clear message, never a query.
import { z } from "zod";
import { BOOKING_STATUSES, type BookingStatus } from "./booking-status";
import { isDay } from "./time";

/** "open" (the default) = requested, confirmed or in progress; "all" = every status. */
export const QUEUE_STATUS_FILTERS = ["open", "all", ...BOOKING_STATUSES] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export const SEARCH_MAX = 50;
export const PAGE_MAX = 1000;

export const queueParamsSchema = z.strictObject({
  department: z.uuid().optional(),
  status: z.enum(QUEUE_STATUS_FILTERS).optional(),
  day: z
    .string()
    .refine((v) => isDay(v), { message: "validation.day" })
    .optional(),
  q: z.string().trim().min(1).max(SEARCH_MAX).optional(),
  page: z
    .string()
    .regex(/^\d{1,4}$/, { message: "validation.invalid" })
    .transform(Number)
    .pipe(z.number().int().min(1).max(PAGE_MAX))
    .optional(),
});

export type QueueParams = z.infer<typeof queueParamsSchema>;

export type QueueParamsResult = { ok: true; params: QueueParams } | { ok: false; fields: string[] };

/**
 * Next.js hands search params as strings, arrays (a repeated key) or undefined. Empty values are
 * what a GET form sends for "any", so they count as absent; a repeated key is an error.
 */
export function parseQueueParams(raw: Record<string, string | string[] | undefined>): QueueParamsResult {
  const present: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === "") continue;
    present[key] = value;
  }
  const parsed = queueParamsSchema.safeParse(present);
  if (parsed.success) return { ok: true, params: parsed.data };
  const fields = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") issue.keys.forEach((k) => fields.add(k));
    else fields.add(String(issue.path[0] ?? "_"));
  }
  return { ok: false, fields: [...fields] };
}

/** The statuses a status filter stands for; undefined = the default (open ones). */
export function statusesOf(filter: QueueStatusFilter | undefined): BookingStatus[] | undefined {
  if (!filter || filter === "open") return undefined;
  if (filter === "all") return [...BOOKING_STATUSES];
  return [filter];
}

/** The URL of the queue with these parameters, dropping defaults; for links (pages, clearing a filter). */
export function queueHref(params: QueueParams): string {
  const search = new URLSearchParams();
  if (params.department) search.set("department", params.department);
  if (params.status && params.status !== "open") search.set("status", params.status);
  if (params.day) search.set("day", params.day);
  if (params.q) search.set("q", params.q);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/staff?${query}` : "/staff";
}
