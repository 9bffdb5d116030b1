// Every request passes here first (no matcher): security headers with a fresh CSP nonce on every response, forwarded
// headers dropped unless a reverse proxy is declared, Server Action requests from a foreign origin or with a body React
// cannot decode refused with a 4xx, and visitors without a session cookie sent to sign in. Refusals and redirects only —
// never the lock: every page, action and route handler checks the session for itself.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import messages from "@/lib/i18n/messages/en.json";
import { currentRequestId, logger } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";
import { appOrigins, FORWARDING_HEADERS, isAppOrigin } from "@/lib/request-origin";
import { AREA_HEADER, isStaffPath } from "@/lib/i18n/staff-messages";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";
import { actionBodyProblem } from "@/lib/server-action-body";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
/** Pages that only make sense signed in: without a session cookie, straight to the right sign-in page. */
const SIGN_IN_FIRST = /^\/(?:(?:stay|packages|services|requests|folio|your-data)(?:\/.*)?|staff|staff\/requests(?:\/.*)?)$/;

/** As experimental.serverActions.bodySizeLimit in next.config.js (the stays import takes a PMS export of up to 2 MB). */
const ACTION_BODY_LIMIT = 3 * 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(status: 400 | 403 | 413, code: string, title: string): NextResponse {
  return NextResponse.json({ type: `urn:guest-services:problem:${code}`, title, status, code }, { status, headers: { "content-type": "application/problem+json" } });
}

/** The 503 page while the database is down: plain HTML, no script, the texts of the message files. */
function unavailablePage(nonce: string): NextResponse {
  const t = messages.errors;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${t.unavailableTitle}</title><style nonce="${nonce}">body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center}</style></head>` +
    `<body><main id="main"><h1>${t.unavailableTitle}</h1><p>${t.unavailableText}</p><p><a href="">${t.retry}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  });
}

/** For logs: a header value any client chose, kept short and on one line. */
function quoted(value: string): string {
  return JSON.stringify(value.slice(0, 100));
}

/** A Server Action call: a fetch action names itself in a header; a form posted before hydration is multipart to a page. */
function serverActionKind(request: NextRequest): "fetch" | "form" | null {
  if (request.method !== "POST") return null;
  if (request.headers.has("next-action")) return "fetch";
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data");
  return multipart && !request.nextUrl.pathname.startsWith("/api/") ? "form" : null;
}

/** Next.js answers 500 when React cannot decode a Server Action's body; this finds those bodies first. */
async function actionBodyRefusal(request: Request, kind: "fetch" | "form"): Promise<NextResponse | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT) return refuse(413, "input:malformed", "The request is too large.");
  const multipart = request.headers.get("content-type")?.startsWith("multipart/form-data");
  let problem: string | null = null;
  if (multipart) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return refuse(400, "input:malformed", "The form data could not be read.");
    }
    // A form posted before hydration carries React's $ACTION_* fields, which Next.js checks itself.
    if (kind === "fetch") problem = actionBodyProblem({ kind: "form", form });
  } else {
    const text = await request.text();
    if (text.length > ACTION_BODY_LIMIT) return refuse(413, "input:malformed", "The request is too large.");
    problem = actionBodyProblem({ kind: "text", text });
  }
  return problem ? refuse(400, "input:malformed", `The request could not be read: ${problem}.`) : null;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { NODE_ENV, PUBLIC_URL, TRUST_PROXY } = env();
  const trust = { trustProxy: TRUST_PROXY, publicUrl: PUBLIC_URL };
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const options = { nonce, development: NODE_ENV === "development", https: PUBLIC_URL.startsWith("https:") };
  const headers = securityHeaders(options);
  // The request id server/http-observer.ts gave this request (from a declared proxy's X-Request-Id, or a new one); made
  // here when that observer is not running (next dev), and passed on to the app and back to the client.
  const requestId = currentRequestId() ?? requestIdFor(request.headers.get(REQUEST_ID_HEADER), TRUST_PROXY);
  headers.push(["X-Request-Id", requestId]);
  const withHeaders = (response: NextResponse): NextResponse => {
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  };

  // A browser sends Origin with every POST; a foreign one is another site's page posting with our cookies. A Bearer
  // token is a credential no browser attaches by itself, so such calls are the REST wrapper's to judge.
  const origin = request.headers.get("origin");
  if (!SAFE_METHODS.has(request.method) && origin !== null && !request.headers.has("authorization") && !isAppOrigin(origin, request.headers, trust)) {
    logger("proxy").warn(
      { method: request.method, path: request.nextUrl.pathname, origin: quoted(origin), appOrigins: appOrigins(request.headers, trust) },
      "cross-site request refused: the app is at PUBLIC_URL (behind a reverse proxy set TRUST_PROXY=1)",
    );
    return withHeaders(refuse(403, "auth:forbidden", "Cross-site request refused."));
  }

  const action = serverActionKind(request);
  if (action) {
    // A copy: the body still has to reach Next.js.
    const refusal = await actionBodyRefusal(request.clone(), action);
    if (refusal) return withHeaders(refusal);
  }

  const { pathname } = request.nextUrl;
  if (SIGN_IN_FIRST.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return withHeaders(NextResponse.redirect(new URL(pathname.startsWith("/staff") ? "/staff/signin" : "/signin", request.url)));
  }

  // While the database is known to be down (a request failed for want of it and the probe still fails), a page answers
  // 503 with Retry-After at once rather than a 500 after waiting on the pool. Server Actions and the REST API answer
  // their own way (a service:unavailable result, problem+json). The check is a hook server/health.ts leaves on
  // globalThis, so this file stays free of the database; without it (nothing has touched the database yet) it passes.
  if ((request.method === "GET" || request.method === "HEAD") && !action && !pathname.startsWith("/api/")) {
    const databaseDown = (globalThis as { __guestServicesDatabaseDown?: () => Promise<boolean> }).__guestServicesDatabaseDown;
    if (databaseDown && (await databaseDown())) return withHeaders(unavailablePage(nonce));
  }

  const forwarded = new Headers(request.headers);
  // Unless a proxy is declared, X-Forwarded-* came from the client itself: drop them, and Next.js writes in the real
  // host, scheme and socket address — so its own Server Action origin check, Auth.js and the sign-in throttle see those.
  if (!TRUST_PROXY) for (const name of FORWARDING_HEADERS) forwarded.delete(name);
  // Next.js reads the nonce back from the request's CSP and puts it on the scripts and styles it renders.
  forwarded.set("content-security-policy", contentSecurityPolicy(options));
  forwarded.set("x-nonce", nonce);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  // Which side's language the request speaks (app/_server/i18n-request.ts): always set here, never the client's.
  forwarded.set(AREA_HEADER, isStaffPath(pathname) ? "staff" : "guest");
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }));
}
