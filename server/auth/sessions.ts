// Revocable sign-in sessions: created at sign-in, re-read on every request (so revoking one signs out at once).
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authSessions, properties, staffDepartments, staffUsers, stays } from "@/db/schema";

/** A guest may still sign in this many days after check-out (to see the folio). */
export const GUEST_GRACE_DAYS = 2;

export async function createAuthSession(subjectKind: "guest" | "staff", subjectId: string): Promise<string> {
  const [row] = await db().insert(authSessions).values({ subjectKind, subjectId }).returning({ id: authSessions.id });
  return row.id;
}

export async function revokeAuthSession(sid: string): Promise<void> {
  await db()
    .update(authSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(authSessions.id, sid), isNull(authSessions.revokedAt)));
}

/** The signed-in guest's stay, if the sign-in session is live and the stay not over (plus grace). */
export async function loadGuestSession(sid: string, stayId: string) {
  const [row] = await db()
    .select({
      stayId: stays.id,
      propertyId: stays.propertyId,
      guestName: stays.guestName,
      checkOut: stays.checkOut,
      timeZone: properties.timeZone,
    })
    .from(authSessions)
    .innerJoin(stays, eq(stays.id, authSessions.subjectId))
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(
      and(
        eq(authSessions.id, sid),
        eq(authSessions.subjectKind, "guest"),
        eq(authSessions.subjectId, stayId),
        isNull(authSessions.revokedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The signed-in staff member as the database has them now: role and departments take effect at once. */
export async function loadStaffSession(sid: string, staffId: string) {
  const [row] = await db()
    .select({
      staffId: staffUsers.id,
      propertyId: staffUsers.propertyId,
      name: staffUsers.name,
      email: staffUsers.email,
      role: staffUsers.role,
      departmentIds: sql<string[]>`coalesce(array_agg(${staffDepartments.departmentId}::text) filter (where ${staffDepartments.departmentId} is not null), '{}')`,
    })
    .from(authSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, authSessions.subjectId))
    .leftJoin(staffDepartments, eq(staffDepartments.staffId, staffUsers.id))
    .where(
      and(
        eq(authSessions.id, sid),
        eq(authSessions.subjectKind, "staff"),
        eq(authSessions.subjectId, staffId),
        isNull(authSessions.revokedAt),
        eq(staffUsers.active, true),
      ),
    )
    .groupBy(staffUsers.id)
    .limit(1);
  return row ?? null;
}
