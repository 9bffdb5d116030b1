// Integration tests of stays: search and paging, create and edit with a unique code, and the all-or-nothing CSV import.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, stays } from "@/db/schema";
import { CSV_MAX_ROWS, parseStaysCsv, STAY_CSV_COLUMNS } from "@/lib/csv-stays";
import type { StayInput } from "@/lib/stay-input";
import { createProperty, createStaff, createStay as insertStay, uniqueId } from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { createStay, getStay, listStays, listStaysByIds, STAYS_PAGE_SIZE, updateStay } from "./manage-stays";
import { importStays, importStaysCsv, previewStaysImport } from "./import-stays";

useTestDatabase();

const HEADER = STAY_CSV_COLUMNS.join(",");

function input(overrides: Partial<StayInput> = {}): StayInput {
  return {
    reservationCode: uniqueId("S").toUpperCase(),
    surname: "Garcia",
    guestName: "Elena Garcia",
    email: null,
    room: "204",
    checkIn: "2026-07-01",
    checkOut: "2026-07-05",
    adults: 2,
    childrenAges: [1, 7],
    vip: false,
    locale: null,
    ...overrides,
  };
}

async function desk() {
  const property = await createProperty();
  const reception = await createStaff(property, { role: "reception" });
  return { property, reception };
}

async function codesOf(propertyId: string) {
  return (await db().select({ code: stays.reservationCode }).from(stays).where(eq(stays.propertyId, propertyId))).map((r) => r.code).sort();
}

describe("listStays", () => {
  it("finds by surname, room or code start, pages, and never shows another property's stays", async () => {
    const { property } = await desk();
    const garcia = await insertStay(property, { surname: "Garcia", room: "204" });
    const novak = await insertStay(property, { surname: "Novak", room: "112" });
    const other = await createProperty();
    await insertStay(other, { surname: "Garcia" });

    expect((await listStays(property.id, { q: "garc" })).rows.map((r) => r.id)).toEqual([garcia.id]);
    expect((await listStays(property.id, { q: "11" })).rows.map((r) => r.id)).toEqual([novak.id]);
    expect((await listStays(property.id, { q: novak.reservationCode.slice(0, 6).toLowerCase() })).rows.map((r) => r.id)).toEqual([novak.id]);
    expect((await listStays(property.id, { q: "%" })).rows).toEqual([]);
    const all = await listStays(property.id);
    expect(all.total).toBe(2);

    for (let i = 0; i < STAYS_PAGE_SIZE; i++) await insertStay(property, { surname: `Paged${i}` });
    const page1 = await listStays(property.id, { page: 1 });
    const page2 = await listStays(property.id, { page: 2 });
    expect(page1.pageCount).toBe(2);
    expect(page1.rows).toHaveLength(STAYS_PAGE_SIZE);
    expect(page2.rows).toHaveLength(2);
    expect(new Set([...page1.rows, ...page2.rows].map((r) => r.id)).size).toBe(STAYS_PAGE_SIZE + 2);
  });
});

describe("createStay and updateStay", () => {
  it("creates and edits a stay, audited, and refuses a code already in use anywhere", async () => {
    const { property, reception } = await desk();
    const code = uniqueId("NEW").toUpperCase();
    const { id } = await createStay(reception, { ...input({ reservationCode: code }), notes: "Late arrival" });
    expect(await getStay(property.id, id)).toMatchObject({ reservationCode: code, childrenAges: [1, 7], notes: "Late arrival" });

    await updateStay(reception, id, { ...input({ reservationCode: code, room: "305", vip: true }), notes: null });
    expect(await getStay(property.id, id)).toMatchObject({ room: "305", vip: true, notes: null });

    const taken = await expectAppError(createStay(reception, input({ reservationCode: code })), "input:invalid");
    expect(taken.fieldErrors).toEqual({ reservationCode: ["validation.code_taken"] });
    const second = await createStay(reception, input());
    await expectAppError(updateStay(reception, second.id, input({ reservationCode: code })), "input:invalid");

    const trail = await db().select().from(auditLog).where(and(eq(auditLog.propertyId, property.id), eq(auditLog.target, id)));
    expect(trail.map((a) => a.action).sort()).toEqual(["stay.create", "stay.update"]);
  });

  it("cannot edit another property's stay", async () => {
    const { reception } = await desk();
    const other = await createProperty();
    const foreign = await insertStay(other);
    await expectAppError(updateStay(reception, foreign.id, input()), "not_found");
    expect(await getStay(reception.propertyId, foreign.id)).toBeNull();
    expect(await listStaysByIds(reception.propertyId, [foreign.id])).toEqual([]);
  });
});

describe("CSV import", () => {
  const line = (code: string, surname = "Garcia", dates = "2026-07-01,2026-07-05") => `${code},${surname},,,101,${dates},2,1;7,no,en`;

  it("previews and imports a good file: new codes created, the property's existing codes updated", async () => {
    const { property, reception } = await desk();
    const existing = await insertStay(property, { surname: "Old", notes: "Keep me" });
    const a = uniqueId("A").toUpperCase();
    const csv = [HEADER, line(a), line(existing.reservationCode, "Updated", "2026-08-01,2026-08-03")].join("\n");
    const parsed = parseStaysCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(await previewStaysImport(property.id, parsed.rows)).toEqual({ created: 1, updated: 1, errors: [] });

    expect(await importStays(reception, parsed.rows)).toEqual({ created: 1, updated: 1 });
    expect(await getStay(property.id, existing.id)).toMatchObject({ surname: "Updated", checkIn: "2026-08-01", childrenAges: [1, 7], notes: "Keep me" });
    expect(await codesOf(property.id)).toEqual([a, existing.reservationCode].sort());
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.propertyId, property.id), eq(auditLog.action, "stay.import")));
    expect(audit.detail).toMatchObject({ created: 1, updated: 1 });
  });

  it("reports bad rows per line and imports nothing, then imports the corrected file", async () => {
    const { property, reception } = await desk();
    const tag = uniqueId("").toUpperCase();
    const line = (code: string, surname = "Garcia", dates = "2026-07-01,2026-07-05") => `${code}${tag},${surname},,,101,${dates},2,1;7,no,en`;
    const csv = [HEADER, line("GOOD-1"), line("BAD-1", "X", "2026-07-05,2026-07-01"), line("GOOD-2")].join("\n");
    const outcome = await importStaysCsv(reception, csv, { commit: true });
    expect(outcome).toEqual({
      imported: false,
      rows: 2,
      created: 2,
      updated: 0,
      errors: [{ line: 3, column: "check_out", key: "validation.check_out_after_check_in" }],
    });
    expect(await codesOf(property.id)).toEqual([]);

    const fixed = csv.replace("2026-07-05,2026-07-01", "2026-07-01,2026-07-05");
    expect(await importStaysCsv(reception, fixed, { commit: false })).toMatchObject({ imported: false, created: 3, errors: [] });
    expect(await codesOf(property.id)).toEqual([]);
    expect(await importStaysCsv(reception, fixed, { commit: true })).toMatchObject({ imported: true, created: 3, updated: 0 });
    expect(await codesOf(property.id)).toEqual([`BAD-1${tag}`, `GOOD-1${tag}`, `GOOD-2${tag}`]);
  });

  it("treats a code of another property as an error on its line, and rolls the whole import back if it slips through", async () => {
    const { property, reception } = await desk();
    const other = await createProperty();
    const foreign = await insertStay(other, { surname: "Foreign" });
    const fresh = uniqueId("F").toUpperCase();
    const parsed = parseStaysCsv([HEADER, line(fresh), line(foreign.reservationCode)].join("\n"));
    expect((await previewStaysImport(property.id, parsed.rows)).errors).toEqual([
      { line: 3, column: "reservation_code", key: "csv.code_elsewhere" },
    ]);
    await expectAppError(importStays(reception, parsed.rows), "input:invalid");
    expect(await codesOf(property.id)).toEqual([]);
    expect(await importStaysCsv(reception, [HEADER, line(fresh), line(foreign.reservationCode)].join("\n"), { commit: true })).toMatchObject({
      imported: false,
      errors: [{ line: 3, column: "reservation_code", key: "csv.code_elsewhere" }],
    });
    expect(await codesOf(property.id)).toEqual([]);
    const [untouched] = await db().select().from(stays).where(eq(stays.id, foreign.id));
    expect(untouched.surname).toBe("Foreign");
  });

  it("refuses a file over the limits without writing anything", async () => {
    const { property, reception } = await desk();
    const prefix = uniqueId("C").toUpperCase();
    const tooMany = [HEADER, ...Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => line(`${prefix}-${i}`))].join("\n");
    expect(await importStaysCsv(reception, tooMany, { commit: true })).toMatchObject({ imported: false, errors: [{ line: null, key: `csv.too_many_rows:${CSV_MAX_ROWS}` }] });
    const tooBig = `${HEADER}\n${line(`${prefix}-X`)},${"x".repeat(2 * 1024 * 1024)}`;
    expect(await importStaysCsv(reception, tooBig, { commit: true })).toMatchObject({ imported: false, errors: [{ line: null, key: "csv.too_large:2" }] });
    expect(await codesOf(property.id)).toEqual([]);
  });

  it("imports the largest allowed file in one go", async () => {
    const { property, reception } = await desk();
    const prefix = uniqueId("B").toUpperCase();
    const csv = [HEADER, ...Array.from({ length: CSV_MAX_ROWS }, (_, i) => line(`${prefix}-${i}`))].join("\n");
    const parsed = parseStaysCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(await importStays(reception, parsed.rows)).toEqual({ created: CSV_MAX_ROWS, updated: 0 });
    expect((await listStays(property.id)).total).toBe(CSV_MAX_ROWS);
  }, 120_000);
});
