// The all-or-nothing import of a PMS export: every line checked, what would change previewed, then written in one transaction.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import { parseStaysCsv, type CsvLineError, type CsvStayRow } from "@/lib/csv-stays";
import { AppError, isAppError } from "@/lib/errors";
import { db } from "@/db/client";
import { auditLog, stays } from "@/db/schema";
import type { StaffRef } from "@/server/requests/scope";
import { webhookStaysChanged } from "@/server/webhooks/event-hooks";
import { stayAuditRow } from "./manage-stays";

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
        .returning({ id: stays.id, code: stays.reservationCode, inserted: sql<boolean>`(xmax = 0)` });
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
      await webhookStaysChanged(tx, staff.propertyId, written.map((w) => ({ id: w.id, created: w.inserted })));
    }
    await tx.insert(auditLog).values(stayAuditRow(staff, "stay.import", null, { created, updated, rows: rows.length }));
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
