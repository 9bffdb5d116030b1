// Auth.js endpoints (sign-in callbacks, session, sign-out).
//
// Each request is handed over at the app's declared address (PUBLIC_URL), or without one at the address the browser
// used (Host), never at the one `next start` gives route handlers (http://localhost:PORT). The sign-in Server Action
// builds the OpenID Connect redirect_uri from the address the browser used, and the callback must send the identical
// one when it redeems the code, or the identity provider answers invalid_grant.
//
// A plain Request, not a NextRequest: in Next.js 16 `new NextRequest(url, request)` keeps the original request's
// http://localhost address whatever `url` says (which is also why Auth.js's AUTH_URL, applied the same way, is not
// used here). Auth.js's core reads only the URL, method, headers and body.
import { handlers } from "@/auth";

function appOrigin(request: Request): string | null {
  if (process.env.PUBLIC_URL) return new URL(process.env.PUBLIC_URL).origin;
  const host = request.headers.get("host");
  if (!host) return null;
  try {
    return new URL(`${new URL(request.url).protocol}//${host}`).origin;
  } catch {
    return null;
  }
}

function asAddressed(request: Request): Request {
  const url = new URL(request.url);
  const origin = appOrigin(request);
  if (!origin || origin === url.origin) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(`${origin}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    ...(hasBody ? { body: request.body, duplex: "half" } : {}),
  } as RequestInit);
}

export async function GET(request: Request): Promise<Response> {
  return handlers.GET(asAddressed(request) as Parameters<typeof handlers.GET>[0]);
}

export async function POST(request: Request): Promise<Response> {
  return handlers.POST(asAddressed(request) as Parameters<typeof handlers.POST>[0]);
}
