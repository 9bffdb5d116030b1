// Guest data retention (issue 12 §5): after the period, no column of any table holds the stay's personal data, while
// another stay's data, the bookings and the reports' totals stay as they were; a second pass changes nothing.
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, authFailures, emailOutbox, stays } from "@/db/schema";
import { addDays, hotelToday } from "@/lib/time";
import { findStayByCode } from "@/server/auth/sign-in-lookup";
import { giveCredit } from "@/server/billing/credits";
import { rateBooking } from "@/server/feedback/ratings";
import { runHousekeeping } from "@/server/housekeeping";
import { loadReports } from "@/server/reports/reports";
import { addInternalNote, postGuestMessage, postStaffMessage } from "@/server/requests/thread";
import { applyStaffAction } from "@/server/requests/transitions";
import { createStay as createStayAsStaff, updateStay } from "@/server/stays/manage-stays";
import { enqueueEmail } from "@/server/notifications/outbox";
import { createDepartment, createOnRequestService, createProperty, createStaff, createStay, guestOf, uniqueId } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { registerEndpoint } from "@/tests/factories-webhooks";
import { useTestDatabase } from "@/tests/migrate";
import { anonymiseExpiredStays } from "./retention";

useTestDatabase();

/** Rows of a raw query: postgres.js answers an array, PGlite an object with `rows`. */
async function query<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db().execute(q)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Every text-like column of every table in the schema, found from the catalogue: a new column is covered by itself. */
async function textColumns(): Promise<{ table: string; column: string }[]> {
  const rows = await query<{ table_name: string; column_name: string }>(sql`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public'
      and (c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json') or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
    order by 1, 2`);
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** Where (table.column) any of `needles` still occurs, case-insensitively. */
async function findAnywhere(needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const { table, column } of await textColumns()) {
    for (const needle of needles) {
      const [row] = await query<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)}::text ilike ${`%${needle}%`}`,
      );
      if (Number(row.n) > 0) hits.push(`${table}.${column} ∋ ${needle}`);
    }
  }
  return hits;
}

/** A stay with everything a guest leaves behind: thread, notes, a rating, a credit, emails, webhook payloads, audit rows. */
async function guestWithHistory(h: Awaited<ReturnType<typeof hotel>>, checkOut: string, tag: string) {
  const p = {
    code: `RT${tag}${uniqueId("").slice(-6)}`.toUpperCase(),
    surname: `Zyxwald${tag}`,
    guestName: `Quenbury${tag}`,
    email: `mail-${tag.toLowerCase()}@guest-retention.test`,
    notes: `Allergic to hazelnuts ${tag}`,
    bookingNote: `Pram for twins ${tag}`,
    guestMessage: `Could we come at noon ${tag}`,
    staffMessage: `Of course, see you then ${tag}`,
    internalNote: `Guest sounded upset ${tag}`,
    declineReason: `No guide left for you ${tag}`,
    comment: `Loved the pony ${tag}`,
  };
  const { id } = await createStayAsStaff(h.reception, {
    reservationCode: p.code, surname: p.surname, guestName: p.guestName, email: p.email, room: "714",
    checkIn: addDays(checkOut, -4), checkOut, adults: 2, childrenAges: [6], vip: false, locale: "en", notes: p.notes,
  });
  await updateStayAsIs(h, id, p);
  const stay = { id, propertyId: h.property.id };
  const fulfilled = await insertBooking(stay, h.service, { status: "requested", note: p.bookingNote, totalMinor: 4200, costMinor: 900 });
  await applyStaffAction(h.reception, fulfilled.id, "confirm");
  await postGuestMessage({ ...guestOf(stay), guestName: p.guestName }, fulfilled.id, p.guestMessage);
  await postStaffMessage(h.reception, fulfilled.id, p.staffMessage);
  await addInternalNote(h.reception, fulfilled.id, p.internalNote);
  await applyStaffAction(h.reception, fulfilled.id, "fulfil");
  await rateBooking(guestOf(stay), fulfilled.id, { score: 2, comment: p.comment, complaint: true });
  const declined = await insertBooking(stay, h.service, { status: "requested", totalMinor: 1300 });
  await applyStaffAction(h.reception, declined.id, "decline", p.declineReason);
  await giveCredit(h.manager, { stayId: id, amountMinor: 500, reason: `Sorry, ${p.surname}`, bookingId: fulfilled.id });
  // Failed sign-in attempts on the code and surname, long ago (the throttle keys its rows by them).
  const longAgo = new Date(Date.now() - 40 * 86_400_000);
  await db().insert(authFailures).values([{ key: `code:${p.code}`, at: longAgo }, { key: `surname:${p.surname.toLowerCase()}`, at: longAgo }]);
  return { id, p, needles: Object.values(p) };
}

async function updateStayAsIs(h: Awaited<ReturnType<typeof hotel>>, id: string, p: { code: string; surname: string; guestName: string; email: string; notes: string }) {
  const [s] = await db().select().from(stays).where(eq(stays.id, id));
  await updateStay(h.reception, id, {
    reservationCode: p.code, surname: p.surname, guestName: p.guestName, email: p.email, room: "715",
    checkIn: s.checkIn, checkOut: s.checkOut, adults: 2, childrenAges: [6], vip: true, locale: "en", notes: p.notes,
  });
}

async function hotel() {
  const property = await createProperty({ name: "Hotel Retention", retentionDays: 30, timeZone: "Pacific/Kiritimati" });
  const dept = await createDepartment(property, { name: "Stables" });
  const service = await createOnRequestService(dept, { costMinor: 900 });
  const reception = await createStaff(property, { role: "reception" });
  const manager = await createStaff(property, { role: "manager" });
  // Every event's payload is written to the webhook outbox.
  await registerEndpoint(manager, "http://127.0.0.1:9/retention");
  return { property, service, reception, manager };
}

describe("anonymising stays after the retention period", () => {
  it("leaves none of the stay's personal data in any column, keeps another stay's and the reports' totals", async () => {
    const now = new Date();
    const h = await hotel();
    // Hotel-local today in UTC+14: a period that ended yesterday there may not have ended yet in UTC.
    const today = hotelToday(h.property.timeZone, now);
    const expired = await guestWithHistory(h, addDays(today, -31), "Old");
    const boundary = await guestWithHistory(h, addDays(today, -30), "Edge");
    const current = await guestWithHistory(h, addDays(today, -10), "Now");
    const scope = { propertyId: h.property.id, timeZone: h.property.timeZone, period: { from: addDays(today, -400), to: addDays(today, 1) } };
    const before = await loadReports(scope);

    const spread = await findAnywhere(expired.needles);
    // Each piece of personal data is somewhere before the pass (else the scan below would prove nothing).
    for (const needle of expired.needles) expect(spread.some((hit) => hit.endsWith(`∋ ${needle}`))).toBe(true);
    // Embedded: this file's own database, through the whole housekeeping pass. PostgreSQL is shared with the other
    // test files running at the same time: the retention step alone, on this hotel, leaves their stays alone.
    if (process.env.DATABASE_URL) expect(await anonymiseExpiredStays(now, { propertyId: h.property.id })).toBe(1);
    else expect((await runHousekeeping(now)).staysAnonymised).toBe(1);

    expect(await findAnywhere(expired.needles)).toEqual([]);
    // A stay on its last kept day and one well inside its period keep everything.
    for (const kept of [boundary, current]) expect((await findAnywhere(kept.needles)).length).toBeGreaterThanOrEqual(kept.needles.length);
    const [row] = await db().select().from(stays).where(eq(stays.id, expired.id));
    expect(row.anonymisedAt).not.toBeNull();
    expect(row.reservationCode).toMatch(/^anonymised:[0-9a-f]{32}$/);
    expect(row).toMatchObject({ guestName: "—", surname: "—", email: null, room: null, notes: null, adults: 2, childrenAges: [6] });
    expect(await findStayByCode(row.reservationCode, "")).toBeNull();
    const [untouched] = await db().select().from(stays).where(eq(stays.id, current.id));
    expect(untouched).toMatchObject({ surname: current.p.surname, email: current.p.email, anonymisedAt: null });

    // Reports: every figure the same (a credit's reason lost the name it held; its count and amount stay).
    const after = await loadReports(scope);
    const totals = (r: typeof before) => ({ ...r, credits: { count: r.credits.count, amountMinor: r.credits.amountMinor } });
    expect(totals(after)).toEqual(totals(before));

    // One audit row, with nothing personal in it.
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, "stay.anonymise"), eq(auditLog.target, expired.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: "system", outcome: "ok", propertyId: h.property.id });
    const guestEmails = await db().select().from(emailOutbox).where(eq(emailOutbox.stayId, expired.id));
    expect(guestEmails.length).toBeGreaterThan(0);
    expect(guestEmails.every((e) => e.toAddress === "")).toBe(true);

    // A second pass changes nothing.
    // Every row of the hotel in the tables a pass writes to, as it is.
    const tables = ["stays", "bookings", "booking_events", "booking_messages", "ratings", "credits", "email_outbox", "webhook_deliveries", "audit_log"];
    const everything = () =>
      Promise.all(tables.map((t) => query(sql`select json_agg(r order by r.id) as rows from ${sql.identifier(t)} r where r.property_id = ${h.property.id}`)));
    const snapshot = await everything();
    expect(await anonymiseExpiredStays(now, { propertyId: h.property.id })).toBe(0);
    expect(await everything()).toEqual(snapshot);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, "stay.anonymise"), eq(auditLog.propertyId, h.property.id)))).toHaveLength(1);
  });

  it("keeps the emails of the same guest's later stay (matched by stay, not by address)", async () => {
    const property = await createProperty({ retentionDays: 7 });
    const today = hotelToday(property.timeZone);
    const email = `${uniqueId("again")}@guest.test`;
    const old = await createStay(property, { email, checkIn: addDays(today, -30), checkOut: addDays(today, -20) });
    const now = await createStay(property, { email });
    const queue = (stayId: string) =>
      enqueueEmail(db(), { propertyId: property.id, stayId, to: email, locale: "en", template: "pre_arrival", dedupeKey: uniqueId("d"), payload: { guestName: "Again" } });
    await queue(old.id);
    await queue(now.id);
    expect(await anonymiseExpiredStays(new Date(), { propertyId: property.id })).toBe(1);
    const rows = await db().select().from(emailOutbox).where(eq(emailOutbox.propertyId, property.id));
    expect(rows.find((r) => r.stayId === now.id)).toMatchObject({ toAddress: email, status: "pending", payload: { guestName: "Again" } });
    expect(rows.find((r) => r.stayId === old.id)).toMatchObject({ toAddress: "", status: "failed", payload: { guestName: "" } });
  });

  it("works in bounded batches until every expired stay is done", async () => {
    const property = await createProperty({ retentionDays: 7 });
    const today = hotelToday(property.timeZone);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const [s] = await db()
        .insert(stays)
        .values({ propertyId: property.id, reservationCode: uniqueId("B").toUpperCase(), surname: "Batch", guestName: "B", checkIn: addDays(today, -30), checkOut: addDays(today, -20 + i) })
        .returning({ id: stays.id });
      ids.push(s.id);
    }
    expect(await anonymiseExpiredStays(new Date(), { batchSize: 2, propertyId: property.id })).toBe(5);
    const left = await db().select().from(stays).where(and(eq(stays.propertyId, property.id), sql`${stays.anonymisedAt} is null`));
    expect(left).toEqual([]);
  });
});
