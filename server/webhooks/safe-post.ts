// POSTs one webhook delivery without letting it become a server-side request forgery: the URL rules again at send
// time, every address the host name resolves to checked at connect time (so DNS rebinding cannot slip a private
// address in after the URL was accepted), no redirects followed, and a short timeout for the whole attempt.
import "server-only";
import dns from "node:dns";
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from "node:dns";
import { Agent, fetch } from "undici";
import { env } from "@/lib/env";
import { ATTEMPT_TIMEOUT_MS } from "@/lib/webhooks/retry-policy";
import { checkWebhookUrl, isPublicAddress, type UrlPolicy } from "@/lib/webhooks/url-rules";

/** dns.lookup's shape with `all: true`; tests may pass their own resolver to stand for DNS. */
export type Resolver = (hostname: string, options: LookupAllOptions, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export type SendPolicy = UrlPolicy & { timeoutMs?: number; resolve?: Resolver };

export class RefusedAddressError extends Error {
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, a private or reserved address (set WEBHOOKS_ALLOW_PRIVATE=1 to allow it)`);
    this.name = "RefusedAddressError";
  }
}

/** The operator's policy from the environment. */
export function sendPolicyFromEnv(): UrlPolicy {
  const e = env();
  return { allowHttp: e.WEBHOOKS_ALLOW_HTTP, allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE, production: e.NODE_ENV === "production" };
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net/tls.connect that resolves every address and refuses the connection if any is not public. */
export function guardedLookup(allowPrivate: boolean, resolve: Resolver = dns.lookup as unknown as Resolver) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new RefusedAddressError(hostname, refused.address), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

const agents = new Map<string, Agent>();

function agentFor(policy: SendPolicy, timeoutMs: number): Agent {
  const make = () =>
    new Agent({
      connect: { lookup: guardedLookup(policy.allowPrivate, policy.resolve), timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  // A resolver given by a test gets an agent of its own; the operator's two policies share pooled ones.
  if (policy.resolve) return make();
  const key = String(policy.allowPrivate);
  let agent = agents.get(key);
  if (!agent) agents.set(key, (agent = make()));
  return agent;
}

export type PostOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** The innermost cause of a fetch failure ("fetch failed" says nothing), as the delivery log shows it. */
function describe(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause) e = e.cause;
  if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return "No answer within the time limit";
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown })?.code;
  return (typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 500);
}

/** Sends one signed body; any 2xx is an acknowledgement, anything else (a redirect included) a failed attempt. */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, policy: SendPolicy): Promise<PostOutcome> {
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) return { ok: false, status: null, error: `URL refused: ${checked.problem.replace("_", " ")}` };
  const timeoutMs = policy.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const dispatcher = agentFor(policy, timeoutMs);
  try {
    const res = await fetch(checked.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "GuestServices-Webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      dispatcher,
    });
    // The answer's body is not needed; dropping it frees the connection for the next delivery.
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    if (res.status >= 300 && res.status < 400) return { ok: false, status: res.status, error: `Redirect to ${res.headers.get("location") ?? "?"} not followed` };
    return { ok: false, status: res.status, error: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}` };
  } catch (err) {
    return { ok: false, status: null, error: describe(err) };
  } finally {
    if (policy.resolve) await dispatcher.close().catch(() => undefined);
  }
}
