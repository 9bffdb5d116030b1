// Stays for the back office: search and paging, create and edit (a reservation code is unique).
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, like, or, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { StayInput } from "@/lib/stay-input";
import { db } from "@/db/client";
import { auditLog, properties, stays } from "@/db/schema";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import type { StaffRef } from "@/server/requests/scope";
import { webhookStaysChanged } from "@/server/webhooks/event-hooks";

export const STAYS_PAGE_SIZE = 25;

const listColumns = {
  id: stays.id,
  reservationCode: stays.reservationCode,
  surname: stays.surname,
  guestName: stays.guestName,
  room: stays.room,
  checkIn: stays.checkIn,
  checkOut: stays.checkOut,
  adults: stays.adults,
  childrenAges: stays.childrenAges,
  vip: stays.vip,
};

export type StayListItem = { [K in keyof typeof listColumns]: (typeof stays.$inferSelect)[K] };

/** `%` and `_` typed by a user are letters, not wildcards. */
function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Surname or room from the start (any case; the prefix indexes on lower(surname) and lower(room)
 * serve it), or a reservation code from the start.
 */
function searchCondition(q: string): SQL | undefined {
  const term = q.trim();
  if (!term) return undefined;
  const prefix = `${likeEscape(term.toLowerCase())}%`;
  return or(
    sql`lower(${stays.surname}) like ${prefix}`,
    sql`lower(${stays.room}) like ${prefix}`,
    like(stays.reservationCode, `${likeEscape(term.toUpperCase())}%`),
  );
}

/** One page of the property's stays, latest check-in first. */
export async function listStays(propertyId: string, options: { q?: string; page?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const where = and(eq(stays.propertyId, propertyId), searchCondition(options.q ?? ""));
  const [rows, [{ total }]] = await Promise.all([
    db()
      .select(listColumns)
      .from(stays)
      .where(where)
      .orderBy(desc(stays.checkIn), asc(stays.surname), asc(stays.id))
      .limit(STAYS_PAGE_SIZE)
      .offset((page - 1) * STAYS_PAGE_SIZE),
    db().select({ total: count() }).from(stays).where(where),
  ]);
  return { rows, total: Number(total), page, pageCount: Math.max(1, Math.ceil(Number(total) / STAYS_PAGE_SIZE)) };
}

export async function getStay(propertyId: string, stayId: string) {
  const [row] = await db()
    .select({ ...listColumns, email: stays.email, locale: stays.locale, notes: stays.notes, createdAt: stays.createdAt })
    .from(stays)
    .where(and(eq(stays.id, stayId), eq(stays.propertyId, propertyId)))
    .limit(1);
  return row ?? null;
}

export type StayDetails = NonNullable<Awaited<ReturnType<typeof getStay>>>;

/** Several stays by id (room cards), in the order asked for; other properties' ids are ignored. */
export async function listStaysByIds(propertyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db()
    .select(listColumns)
    .from(stays)
    .where(and(eq(stays.propertyId, propertyId), inArray(stays.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The hotel's name, printed on room cards. */
export async function getPropertyName(propertyId: string): Promise<string> {
  const [row] = await db().select({ name: properties.name }).from(properties).where(eq(properties.id, propertyId)).limit(1);
  return row?.name ?? "";
}

type StayWrite = StayInput & { notes?: string | null };

function codeTaken(err: unknown): never {
  if (sqlState(err) === UNIQUE_VIOLATION) {
    throw new AppError("input:invalid", "This reservation code is already in use.", { reservationCode: ["validation.code_taken"] });
  }
  throw err;
}

/** The audit row of a change to stays made by a staff member. */
export function stayAuditRow(staff: StaffRef, action: string, target: string | null, detail: Record<string, unknown>) {
  return {
    propertyId: staff.propertyId,
    actorKind: "staff" as const,
    actorId: staff.staffId,
    role: staff.role,
    action,
    target,
    outcome: "ok",
    detail,
  };
}

export async function createStay(staff: StaffRef, input: StayWrite): Promise<{ id: string }> {
  try {
    return await db().transaction(async (tx) => {
      const [row] = await tx
        .insert(stays)
        .values({ ...input, propertyId: staff.propertyId })
        .returning({ id: stays.id });
      await tx.insert(auditLog).values(stayAuditRow(staff, "stay.create", row.id, { reservationCode: input.reservationCode }));
      await webhookStaysChanged(tx, staff.propertyId, [{ id: row.id, created: true }]);
      return row;
    });
  } catch (err) {
    codeTaken(err);
  }
}

export async function updateStay(staff: StaffRef, stayId: string, input: StayWrite): Promise<{ id: string }> {
  try {
    return await db().transaction(async (tx) => {
      const [row] = await tx
        .update(stays)
        .set(input)
        // An anonymised stay (server/stays/retention.ts) is not filled in again.
        .where(and(eq(stays.id, stayId), eq(stays.propertyId, staff.propertyId), isNull(stays.anonymisedAt)))
        .returning({ id: stays.id });
      if (!row) throw new AppError("not_found", "This stay does not exist.");
      await tx.insert(auditLog).values(stayAuditRow(staff, "stay.update", row.id, { reservationCode: input.reservationCode }));
      await webhookStaysChanged(tx, staff.propertyId, [{ id: row.id, created: false }]);
      return row;
    });
  } catch (err) {
    codeTaken(err);
  }
}
