// Guest data retention: until which hotel-local day a stay's personal data is kept, and how it is scrubbed from stored text.
import { addDays, type Day } from "./time";

export const RETENTION_MIN_DAYS = 7;
export const RETENTION_MAX_DAYS = 3650;
export const RETENTION_DEFAULT_DAYS = 90;

/** The last hotel-local day the stay's personal data is kept: check-out plus the property's retention period. */
export function retentionKeptUntil(checkOut: Day, retentionDays: number): Day {
  return addDays(checkOut, retentionDays);
}

/** Whether the retention period has passed on `today` (hotel-local): from the day after `retentionKeptUntil`. */
export function isRetentionOver(checkOut: Day, retentionDays: number, today: Day): boolean {
  return today > retentionKeptUntil(checkOut, retentionDays);
}

/** Fields of stored documents (email and webhook payloads, audit details) that hold a guest's own data. */
const PERSONAL_KEYS = new Set([
  "guestName",
  "surname",
  "reservationCode",
  "email",
  "toAddress",
  "room",
  "note",
  "notes",
  "body",
  "message",
  "comment",
  "declineReason",
  "reason",
]);

/** The replacement for a personal string. */
export const REMOVED = "";

function containsAny(text: string, secrets: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return secrets.some((s) => lower.includes(s));
}

/** The secrets a scrub looks for: lower-cased, blanks and very short values (which would match everything) dropped. */
export function secretsOf(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.map((v) => (v ?? "").trim().toLowerCase()).filter((v) => v.length >= 3))];
}

/**
 * A JSON document with the guest's data removed: every string under a personal key, and every string anywhere that
 * contains one of `secrets` (already lower-cased by `secretsOf`), becomes empty. Numbers, ids, dates and amounts stay.
 */
export function scrubJson(value: unknown, secrets: readonly string[], key?: string): unknown {
  if (typeof value === "string") return (key && PERSONAL_KEYS.has(key)) || containsAny(value, secrets) ? REMOVED : value;
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, secrets, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, secrets, k)]));
  }
  return value;
}

/** Free text written by staff (a credit's reason) with the guest's own data cut out of it. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(escaped, "gi"), "…");
  }
  return out;
}
