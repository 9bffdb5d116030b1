// Stays for the back office: search and paging, create, edit, and the all-or-nothing import of a PMS export.
import "server-only";
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { parseStaysCsv, type CsvLineError, type CsvStayRow } from "@/lib/csv-stays";
import { AppError, isAppError } from "@/lib/errors";
import type { StayInput } from "@/lib/stay-input";
import { db } from "@/db/client";
import { auditLog, properties, stays } from "@/db/schema";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import type { StaffRef } from "@/server/requests/queue";

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

function audit(staff: StaffRef, action: string, target: string | null, detail: Record<string, unknown>) {
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
      await tx.insert(auditLog).values(audit(staff, "stay.create", row.id, { reservationCode: input.reservationCode }));
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
        .where(and(eq(stays.id, stayId), eq(stays.propertyId, staff.propertyId)))
        .returning({ id: stays.id });
      if (!row) throw new AppError("not_found", "This stay does not exist.");
      await tx.insert(auditLog).values(audit(staff, "stay.update", row.id, { reservationCode: input.reservationCode }));
      return row;
    });
  } catch (err) {
    codeTaken(err);
  }
}

export type ImportPreview = { created: number; updated: number; errors: CsvLineError[] };

/**
 * What importing these rows would do: codes the property already has are updated (a PMS
 * re-export), new ones created; a code that belongs to another property of the installation
 * cannot be taken and is an error on its line.
 */
export async function previewStaysImport(propertyId: string, rows: CsvStayRow[]): Promise<ImportPreview> {
  const codes = rows.map((r) => r.stay.reservationCode);
  const owners = new Map<string, string>();
  // Chunks keep the number of bound parameters far below the protocol's limit.
  for (let i = 0; i < codes.length; i += 1000) {
    const found = await db()
      .select({ code: stays.reservationCode, propertyId: stays.propertyId })
      .from(stays)
      .where(inArray(stays.reservationCode, codes.slice(i, i + 1000)));
    for (const f of found) owners.set(f.code, f.propertyId);
  }
  const preview: ImportPreview = { created: 0, updated: 0, errors: [] };
  for (const { line, stay } of rows) {
    const owner = owners.get(stay.reservationCode);
    if (owner === undefined) preview.created++;
    else if (owner === propertyId) preview.updated++;
    else preview.errors.push({ line, column: "reservation_code", key: "csv.code_elsewhere" });
  }
  return preview;
}

const IMPORT_BATCH = 500;

/**
 * Creates or updates every row in one transaction: any failure (a code another property took
 * meanwhile, a database check) rolls all of it back. Notes typed in the back office are kept.
 */
export async function importStays(staff: StaffRef, rows: CsvStayRow[]): Promise<{ created: number; updated: number }> {
  return db().transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
      const batch = rows.slice(i, i + IMPORT_BATCH);
      const written = await tx
        .insert(stays)
        .values(batch.map((r) => ({ ...r.stay, propertyId: staff.propertyId })))
        .onConflictDoUpdate({
          target: stays.reservationCode,
          set: {
            surname: sql`excluded.surname`,
            guestName: sql`excluded.guest_name`,
            email: sql`excluded.email`,
            room: sql`excluded.room`,
            checkIn: sql`excluded.check_in`,
            checkOut: sql`excluded.check_out`,
            adults: sql`excluded.adults`,
            childrenAges: sql`excluded.children_ages`,
            vip: sql`excluded.vip`,
            locale: sql`excluded.locale`,
          },
          // Never overwrite another property's stay: such a row is simply not written, and counted below.
          setWhere: sql`${stays.propertyId} = excluded.property_id`,
        })
        // xmax is 0 on a freshly inserted row version, the updating transaction's id otherwise.
        .returning({ code: stays.reservationCode, inserted: sql<boolean>`(xmax = 0)` });
      if (written.length !== batch.length) {
        // Taken by another property since the preview: the caller previews again to name the lines.
        throw new AppError("input:invalid", "Some reservation codes belong to another property.", {
          reservation_code: ["csv.code_elsewhere"],
        });
      }
      for (const w of written) {
        if (w.inserted) created++;
        else updated++;
      }
    }
    await tx.insert(auditLog).values(audit(staff, "stay.import", null, { created, updated, rows: rows.length }));
    return { created, updated };
  });
}

export type ImportOutcome = { imported: boolean; rows: number; created: number; updated: number; errors: CsvLineError[] };

const byLine = (a: CsvLineError, b: CsvLineError) => (a.line ?? 0) - (b.line ?? 0);

/**
 * A PMS export from reading to writing: every row checked, what would change counted, and —
 * only when `commit` is set and no line has a problem — everything written in one transaction.
 * With any problem nothing is written, and every problem is returned with its line.
 */
export async function importStaysCsv(staff: StaffRef, text: string, options: { commit: boolean }): Promise<ImportOutcome> {
  const parsed = parseStaysCsv(text);
  const preview = await previewStaysImport(staff.propertyId, parsed.rows);
  const errors = [...parsed.errors, ...preview.errors].sort(byLine);
  const outcome: ImportOutcome = { imported: false, rows: parsed.rows.length, created: preview.created, updated: preview.updated, errors };
  if (errors.length > 0 || !options.commit) return outcome;
  try {
    return { ...outcome, imported: true, ...(await importStays(staff, parsed.rows)) };
  } catch (err) {
    if (!isAppError(err) || err.code !== "input:invalid") throw err;
    // Another property took a code since the preview: say which lines.
    const again = await previewStaysImport(staff.propertyId, parsed.rows);
    return { ...outcome, created: again.created, updated: again.updated, errors: again.errors };
  }
}
