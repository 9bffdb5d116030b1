// Revocable sign-in sessions: created at sign-in, re-read on every request (so revoking one signs out at once).
import "server-only";
import { and, asc, eq, isNotNull, isNull, or, sql, type SQLWrapper } from "drizzle-orm";
import { db } from "@/db/client";
import { authSessions, departments, properties, staffDepartments, staffMemberships, staffUsers, stays } from "@/db/schema";
import { guestStayColumns } from "@/server/stays/guest-stay";

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

/** The sign-in session `sid` of this subject, not revoked. */
function liveSession(sid: string, kind: "guest" | "staff", subjectId: string) {
  return and(eq(authSessions.id, sid), eq(authSessions.subjectKind, kind), eq(authSessions.subjectId, subjectId), isNull(authSessions.revokedAt));
}

/** A staff member's departments in one property (their departments elsewhere are that property's), sorted. */
export function departmentIdsAt(staffId: SQLWrapper, propertyId: SQLWrapper) {
  return sql<string[]>`array(
    select ${staffDepartments.departmentId}::text from ${staffDepartments}
    join ${departments} on ${departments.id} = ${staffDepartments.departmentId}
    where ${staffDepartments.staffId} = ${staffId} and ${departments.propertyId} = ${propertyId}
    order by 1)`;
}

/**
 * The signed-in guest's stay, if the sign-in session is live and the stay not over (plus grace): the whole stay as the
 * guest side reads it (getStayForGuest's columns), so that a guest page need not read it a second time.
 */
export async function loadGuestSession(sid: string, stayId: string) {
  const [row] = await db()
    .select(guestStayColumns)
    .from(authSessions)
    .innerJoin(stays, eq(stays.id, authSessions.subjectId))
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(
      liveSession(sid, "guest", stayId),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The signed-in staff member as the database has them now, in the property the session works in (the home property
 * until they switch): the role is their membership there — a group administrator works as a manager everywhere — and
 * the departments are theirs in that property. Role, departments and `active` take effect at once; a session whose
 * membership was removed ends. This is where a staff member's property scope comes from: every staff query is
 * scoped by the `propertyId` returned here.
 */
export async function loadStaffSession(sid: string, staffId: string) {
  const [row] = await db()
    .select({
      staffId: staffUsers.id,
      propertyId: properties.id,
      name: staffUsers.name,
      email: staffUsers.email,
      role: sql<StaffRole>`case when ${staffUsers.groupAdmin} then 'manager' else ${staffMemberships.role} end`,
      groupAdmin: staffUsers.groupAdmin,
      // The back office's language (null: the browser's), read here so a page asks the database once.
      locale: staffUsers.locale,
      departmentIds: departmentIdsAt(staffUsers.id, properties.id),
    })
    .from(authSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, authSessions.subjectId))
    .innerJoin(properties, eq(properties.id, sql`coalesce(${authSessions.propertyId}, ${staffUsers.propertyId})`))
    .leftJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, properties.id)))
    .where(
      and(
        liveSession(sid, "staff", staffId),
        eq(staffUsers.active, true),
        or(isNotNull(staffMemberships.role), eq(staffUsers.groupAdmin, true)),
      ),
    )
    .limit(1);
  return row ?? null;
}

type StaffRole = (typeof staffMemberships.$inferSelect)["role"];

/** The properties a staff member may work in (a group administrator: all), for the switcher. */
export async function workplacesOf(staffId: string): Promise<{ id: string; name: string; role: StaffRole }[]> {
  return db()
    .select({ id: properties.id, name: properties.name, role: sql<StaffRole>`coalesce(${staffMemberships.role}, 'manager')` })
    .from(properties)
    .innerJoin(staffUsers, eq(staffUsers.id, staffId))
    .leftJoin(staffMemberships, and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.propertyId, properties.id)))
    .where(or(isNotNull(staffMemberships.role), eq(staffUsers.groupAdmin, true)))
    .orderBy(asc(properties.name));
}

/**
 * Moves a staff session to another property. Refused (false) — and nothing changes — unless the staff member works
 * there (or is a group administrator); the caller answers 404 so a property's existence is not revealed.
 */
export async function switchSessionProperty(sid: string, staffId: string, propertyId: string): Promise<boolean> {
  const moved = await db()
    .update(authSessions)
    .set({ propertyId })
    .where(
      and(
        liveSession(sid, "staff", staffId),
        sql`exists (select 1 from ${properties} where ${properties.id} = ${propertyId})`,
        sql`(exists (select 1 from ${staffMemberships} where ${staffMemberships.staffId} = ${staffId} and ${staffMemberships.propertyId} = ${propertyId})
          or exists (select 1 from ${staffUsers} where ${staffUsers.id} = ${staffId} and ${staffUsers.groupAdmin} and ${staffUsers.active}))`,
      ),
    )
    .returning({ id: authSessions.id });
  return moved.length === 1;
}
