// Who is asking: the signed-in guest or staff member, re-read from the database on every request.
import "server-only";
import { cache } from "react";
import { readSessionToken, type SessionToken } from "@/app/_server/session-token";
import { loadGuestSession, loadStaffSession, GUEST_GRACE_DAYS } from "@/server/auth/sessions";
import type { GuestStay } from "@/server/stays/guest-stay";
import { AppError } from "@/lib/errors";
import { addDays, hotelToday } from "@/lib/time";

export type GuestSession = { kind: "guest"; stayId: string; propertyId: string; guestName: string; timeZone: string };

export type StaffRole = "manager" | "reception" | "department";

export type StaffSession = {
  kind: "staff";
  staffId: string;
  propertyId: string;
  name: string;
  email: string;
  role: StaffRole;
  departmentIds: string[];
  // Works as a manager in every property of the group, creates properties, sees group-wide reports.
  groupAdmin: boolean;
  // The back-office language stored on the account (null: the browser's).
  locale: string | null;
  // The sign-in session (switching property moves it).
  sessionId: string;
};

const readToken = cache(async (): Promise<SessionToken | null> => readSessionToken());

/** The signed-in guest's stay, read once per request with the session itself (null: no live guest session). */
export const currentGuestStay = cache(async (): Promise<GuestStay | null> => {
  const token = await readToken();
  if (token?.kind !== "guest") return null;
  const stay = await loadGuestSession(token.sid, token.subjectId);
  // A guest's access ends a grace period after check-out.
  return stay && hotelToday(stay.timeZone) <= addDays(stay.checkOut, GUEST_GRACE_DAYS) ? stay : null;
});

export const currentGuest = cache(async (): Promise<GuestSession | null> => {
  const stay = await currentGuestStay();
  return stay && { kind: "guest", stayId: stay.id, propertyId: stay.propertyId, guestName: stay.guestName, timeZone: stay.timeZone };
});

export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const token = await readToken();
  if (token?.kind !== "staff") return null;
  const row = await loadStaffSession(token.sid, token.subjectId);
  return row ? { kind: "staff", ...row, sessionId: token.sid } : null;
});

export async function requireGuest(): Promise<GuestSession> {
  const guest = await currentGuest();
  if (guest) return guest;
  // Signed-in staff are known but not allowed; anyone else (or a guest whose access ended) signs in.
  const token = await readToken();
  throw token?.kind === "staff" ? new AppError("auth:forbidden", "Guests only.") : new AppError("auth:unauthenticated", "Please sign in.");
}

export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) {
    // A signed-in guest is known but not allowed; nobody signed in — or a staff session
    // that was revoked or whose account was disabled — is asked to sign in.
    const token = await readToken();
    throw new AppError(token?.kind === "guest" ? "auth:forbidden" : "auth:unauthenticated", "Staff only.");
  }
  if (roles && !roles.includes(staff.role)) throw new AppError("auth:forbidden", "Your role may not do this.");
  return staff;
}
