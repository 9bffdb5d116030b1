// Redirects only: sends visitors without a session cookie to the right sign-in page. Never the lock — every page and action checks for itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const { pathname } = request.nextUrl;
  const to = pathname.startsWith("/staff") ? "/staff/signin" : "/signin";
  return NextResponse.redirect(new URL(to, request.url));
}

export const config = {
  matcher: ["/stay/:path*", "/packages/:path*", "/services/:path*", "/requests/:path*", "/folio/:path*", "/staff", "/staff/requests/:path*"],
};
