// The id that ties a request's log lines together. A reverse proxy the operator declared (TRUST_PROXY) may hand one in as
// X-Request-Id, so its access log and ours share it; from anyone else the header is ignored and a fresh one is made.
import crypto from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a proxy may pass: an opaque token (nginx's $request_id is 32 hex digits, a UUID fits too). */
const ACCEPTED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(header: string | string[] | null | undefined, trustProxy: boolean): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (trustProxy && value && ACCEPTED.test(value)) return value;
  return crypto.randomUUID();
}
