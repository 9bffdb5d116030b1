// Which webhook URLs and addresses may be called: https only in production, no credentials in the URL, and no
// private, loopback or link-local address unless the operator allows it. Pure: the sender applies the address
// rule again to every address the name resolves to when it connects (DNS rebinding).
import ipaddr from "ipaddr.js";
import { WEBHOOK_URL_MAX } from "./limits";

export type UrlPolicy = {
  /** Plain http to any host (otherwise only to localhost outside production). */
  allowHttp: boolean;
  /** Private, loopback, link-local and other non-public addresses (WEBHOOKS_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  production: boolean;
};

export { WEBHOOK_URL_MAX };

/** Why a URL is refused; each is a message key the back office explains. */
export type UrlProblem = "invalid" | "scheme" | "https_required" | "credentials" | "private_address";

/**
 * True for an address anyone on the internet could have: ipaddr.js's "unicast" range. Everything else —
 * private, loopback, link-local, unique-local, carrier-grade NAT, unspecified, multicast, reserved, and
 * IPv6 forms that embed an IPv4 address (6to4, NAT64, Teredo) — is refused. IPv4-mapped IPv6 counts as its IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/** The host of a URL as an address, if it is one ("[::1]" → "::1"). */
function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}

function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host === "localhost" || host.endsWith(".localhost");
}

/** Localhost by name or loopback by address: what http is allowed for in development. */
function isLocalHost(hostname: string): boolean {
  const ip = ipLiteral(hostname);
  return ip ? ipaddr.process(ip).range() === "loopback" : isLocalhostName(hostname);
}

/** Checks a URL as typed; the address rule is checked again on the resolved addresses when sending. */
export function checkWebhookUrl(text: string, policy: UrlPolicy): { ok: true; url: URL } | { ok: false; problem: UrlProblem } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "scheme" };
  if (text.length > WEBHOOK_URL_MAX || !url.hostname) return { ok: false, problem: "invalid" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if (url.protocol === "http:" && !policy.allowHttp && (policy.production || !isLocalHost(url.hostname))) {
    return { ok: false, problem: "https_required" };
  }
  if (!policy.allowPrivate) {
    const ip = ipLiteral(url.hostname);
    if ((ip && !isPublicAddress(ip)) || isLocalhostName(url.hostname)) return { ok: false, problem: "private_address" };
  }
  return { ok: true, url };
}
