// Where a request may come from and who sent it, depending on whether the operator declared a reverse proxy (TRUST_PROXY).
// Pure: headers in, answers out. proxy.ts, the REST wrapper and the sign-in throttle share it.

/** PUBLIC_URL and TRUST_PROXY, as lib/env.ts parsed them. */
export type ProxyTrust = { trustProxy: boolean; publicUrl: string };

/**
 * Headers by which a client can claim to be a proxy, or speak for one. Any client can send them, so proxy.ts drops them
 * unless TRUST_PROXY is set; Next.js then fills in x-forwarded-host / -proto / -port / -for from the connection itself.
 */
export const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto", "x-real-ip"] as const;

type HeaderReader = { get(name: string): string | null };

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    // Opaque origins (a sandboxed frame's "null", data: URLs) are never the app.
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * PUBLIC_URL's origin, and when that is a loopback address (the default, http://localhost:PORT) its other loopback
 * names too: `npm start` opened at http://127.0.0.1:3000 is the same app on the same machine.
 */
export function publicOrigins(publicUrl: string): string[] {
  const origin = originOf(publicUrl);
  if (origin === null) return [];
  const url = new URL(origin);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [origin];
  const port = url.port ? `:${url.port}` : "";
  return [origin, ...LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${port}`).filter((o) => o !== origin)];
}

/**
 * The origins the app is served at for this request: PUBLIC_URL's (with its loopback aliases), and behind a declared proxy also the one that proxy
 * forwarded (X-Forwarded-Proto :// X-Forwarded-Host), so one installation can answer under more than one name.
 */
export function appOrigins(headers: HeaderReader, trust: ProxyTrust): string[] {
  const origins = publicOrigins(trust.publicUrl);
  if (trust.trustProxy) {
    const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
    const proto = first(headers.get("x-forwarded-proto"))?.toLowerCase();
    const forwarded = host && (proto === "http" || proto === "https") ? originOf(`${proto}://${host}`) : null;
    if (forwarded && !origins.includes(forwarded)) origins.push(forwarded);
  }
  return origins;
}

/** Whether an Origin header names the app itself. (A request without one is not a browser's cross-site request.) */
export function isAppOrigin(origin: string, headers: HeaderReader, trust: ProxyTrust): boolean {
  const normalized = originOf(origin);
  return normalized !== null && appOrigins(headers, trust).includes(normalized);
}

/**
 * The client's address: the last X-Forwarded-For entry, which is what the nearest proxy saw — or, with no proxy declared,
 * what Next.js wrote there from the socket after proxy.ts dropped the client's own. X-Real-IP only counts behind a proxy.
 */
export function clientAddress(headers: HeaderReader, trust: Pick<ProxyTrust, "trustProxy">): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (forwarded) return forwarded;
  return (trust.trustProxy && headers.get("x-real-ip")?.trim()) || null;
}
