// The security headers every response carries (docs/reliability.md §16a), built per request by proxy.ts around a fresh CSP nonce.
// Pure: the README's "Security headers" section lists what this returns.

export type SecurityHeaderOptions = {
  /** Fresh for every request (base64); Next.js reads it back from the request's CSP and puts it on its own scripts. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval(), and dev styles arrive without a nonce. */
  development: boolean;
  /** PUBLIC_URL is https: browsers may be told to never use plain HTTP for this host again. */
  https: boolean;
};

/**
 * Nonce-based strict CSP, as the Next.js CSP guide builds it: only scripts carrying this response's nonce run, and
 * 'strict-dynamic' lets them load the app's chunks; no 'unsafe-inline' for scripts, no 'unsafe-eval' outside development.
 */
export function contentSecurityPolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // <style> and <link> elements: our stylesheet and Next's nonce-carrying inline styles.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // style="…" attributes cannot carry a nonce, and the report charts (recharts) render sizes and colours into them on
    // the server. An attribute can only restyle the element it sits on — it cannot load or run anything.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only where there is HTTPS to upgrade to: on plain http (a first try on a laptop) it would break every asset.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Powerful features the app never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Two years, subdomains included (the app's own host name only; the hotel's other sites are not subdomains of it). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Every security header for one response, in the order they are listed in the README. */
export function securityHeaders(options: SecurityHeaderOptions): [name: string, value: string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(options)],
    // frame-ancestors does the same for CSP-aware browsers; older ones only know this header.
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ...(options.https ? [["Strict-Transport-Security", HSTS] as [string, string]] : []),
  ];
}
