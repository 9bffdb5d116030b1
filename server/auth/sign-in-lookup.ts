// Sign-in look-ups: the stay a reservation code and surname open, and the staff account behind an email.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { properties, staffMemberships, staffUsers, stays } from "@/db/schema";

export async function findStayByCode(code: string, surname: string) {
  const [row] = await db()
    .select({ id: stays.id, propertyId: stays.propertyId, checkOut: stays.checkOut, timeZone: properties.timeZone })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.reservationCode, code), sql`lower(${stays.surname}) = lower(${surname})`, isNull(stays.anonymisedAt)))
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
      // The role at the home property, where a sign-in starts (for the audit row).
      role: staffMemberships.role,
      passwordSignIn: properties.passwordSignIn,
    })
    .from(staffUsers)
    .innerJoin(properties, eq(properties.id, staffUsers.propertyId))
    .leftJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, staffUsers.propertyId)))
    .where(eq(staffUsers.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}
