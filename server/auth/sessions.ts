// Sign-in look-ups, revocable sign-in sessions, failure throttling and the audit log.
import "server-only";
import { and, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, authFailures, authSessions, departments, staffDepartments, staffUsers, stays, properties } from "@/db/schema";

export const GUEST_ATTEMPT_LIMIT = 10;
export const STAFF_ATTEMPT_LIMIT = 5;
export const ATTEMPT_WINDOW_MINUTES = 15;
/** A guest may still sign in this many days after check-out (to see the folio). */
export const GUEST_GRACE_DAYS = 2;

export async function findStayByCode(code: string, surname: string) {
  const [row] = await db()
    .select({ id: stays.id, propertyId: stays.propertyId, checkOut: stays.checkOut, timeZone: properties.timeZone })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.reservationCode, code), sql`lower(${stays.surname}) = lower(${surname})`))
    .limit(1);
  return row ?? null;
}

export async function findStaffByEmail(email: string) {
  const [row] = await db()
    .select({
      id: staffUsers.id,
      propertyId: staffUsers.propertyId,
      passwordHash: staffUsers.passwordHash,
      active: staffUsers.active,
      role: staffUsers.role,
    })
    .from(staffUsers)
    .where(eq(staffUsers.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Failures recorded for any of these keys within the window; the largest count wins. */
export async function recentFailures(keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const since = new Date(Date.now() - ATTEMPT_WINDOW_MINUTES * 60_000);
  const rows = await db()
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, keys), gt(authFailures.at, since)))
    .groupBy(authFailures.key);
  return rows.reduce((max, r) => Math.max(max, Number(r.n)), 0);
}

export async function recordFailure(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db()
    .insert(authFailures)
    .values(keys.map((key) => ({ key })));
}

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

export async function listDepartmentNames(propertyId: string) {
  return db()
    .select({ id: departments.id, name: departments.name, slug: departments.slug })
    .from(departments)
    .where(eq(departments.propertyId, propertyId))
    .orderBy(departments.name);
}

export type AuditEntry = {
  propertyId?: string | null;
  actorKind: "guest" | "staff" | "system";
  actorId?: string | null;
  role?: string | null;
  action: string;
  target?: string | null;
  outcome: "ok" | "denied" | "failed" | "throttled";
  detail?: Record<string, unknown>;
};

export async function writeAudit(entry: AuditEntry): Promise<void> {
  await db().insert(auditLog).values(entry);
}
