// Auth.js endpoints (sign-in callbacks, session, sign-out).
//
// Each request is handed over at the address the browser used (Host / X-Forwarded-*, which proxy.ts leaves only for a
// declared proxy), not at the one `next start` gives route handlers (http://localhost:PORT). The sign-in Server Action
// builds the OpenID Connect redirect_uri from that same address, and the callback must send the identical one when it
// redeems the code, or the identity provider answers invalid_grant.
import { NextRequest } from "next/server";
import { handlers } from "@/auth";

function asAddressed(request: Request): NextRequest {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const protocol = (request.headers.get("x-forwarded-proto") ?? url.protocol).replace(/:$/, "");
  if (host && (protocol === "http" || protocol === "https")) {
    try {
      const origin = new URL(`${protocol}://${host}`).origin;
      return new NextRequest(`${origin}${url.pathname}${url.search}`, request);
    } catch {
      // Not a host: keep the request as it came.
    }
  }
  return new NextRequest(request.url, request);
}

export async function GET(request: Request): Promise<Response> {
  return handlers.GET(asAddressed(request));
}

export async function POST(request: Request): Promise<Response> {
  return handlers.POST(asAddressed(request));
}
