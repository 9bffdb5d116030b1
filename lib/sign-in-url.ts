// The guest sign-in address printed on room cards: this installation's host, with the reservation code filled in.

const HOST_RE = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * `https://host/signin?code=CODE` from the request's Host (and X-Forwarded-Proto behind a proxy).
 * A malformed Host falls back to a relative address rather than printing something odd.
 */
export function signInUrl(code: string, host: string | null, forwardedProto: string | null): string {
  const path = `/signin?code=${encodeURIComponent(code)}`;
  if (!host || !HOST_RE.test(host)) return path;
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  const proto = first === "https" || first === "http" ? first : "http";
  return `${proto}://${host.toLowerCase()}${path}`;
}

/** The address without the scheme, for reading out on a card ("hotel.example/signin"). */
export function displayHost(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\?.*$/, "");
}
