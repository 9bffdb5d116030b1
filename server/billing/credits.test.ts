// Integration tests of apology credits: the limit rule, audit rows, scope, and proposals for late requests.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, credits, departments } from "@/db/schema";
import { createDepartment, createOnRequestService, createProperty, createStaff, createStay, createTimedService } from "@/tests/factories";
import { insertBooking, insertCredit } from "@/tests/factories-stays";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { getFolio } from "./folio";
import { giveCredit, listCreditProposals } from "./credits";

useTestDatabase();

const t = (minutes: number) => new Date(Date.UTC(2026, 5, 15, 8, minutes));

async function hotel() {
  const property = await createProperty({ creditLimitMinor: 5000 });
  const kitchen = await createDepartment(property, { responseTargetMinutes: 15 });
  const roomService = await createOnRequestService(kitchen);
  const riding = await createTimedService(kitchen);
  const stay = await createStay(property);
  const reception = await createStaff(property, { role: "reception" });
  const manager = await createStaff(property, { role: "manager" });
  return { property, kitchen, roomService, riding, stay, reception, manager };
}

async function auditOf(propertyId: string) {
  return db()
    .select({ outcome: auditLog.outcome, role: auditLog.role, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.propertyId, propertyId), eq(auditLog.action, "credit.give")));
}

describe("giveCredit", () => {
  it("lets reception give up to the limit, refuses above it (audited), and lets a manager give more", async () => {
    const h = await hotel();
    const booking = await insertBooking(h.stay, h.roomService, { status: "fulfilled", totalMinor: 1200 });
    await giveCredit(h.reception, { stayId: h.stay.id, amountMinor: 5000, reason: "Late crib", bookingId: booking.id });
    const refused = await expectAppError(giveCredit(h.reception, { stayId: h.stay.id, amountMinor: 5001, reason: "Too much" }), "auth:forbidden");
    expect(refused.fieldErrors).toEqual({ amount: ["validation.above_credit_limit:5000"] });
    await giveCredit(h.manager, { stayId: h.stay.id, amountMinor: 20_000, reason: "Flooded room" });

    const rows = await db().select().from(credits).where(eq(credits.stayId, h.stay.id));
    expect(rows.map((c) => c.amountMinor).sort((a, b) => a - b)).toEqual([5000, 20_000]);
    expect(rows.find((c) => c.amountMinor === 5000)).toMatchObject({ bookingId: booking.id, givenBy: h.reception.staffId, currency: "EUR" });
    const audit = await auditOf(h.property.id);
    expect(audit.map((a) => `${a.role}:${a.outcome}`).sort()).toEqual(["manager:ok", "reception:denied", "reception:ok"]);

    const folio = (await getFolio(h.property.id, h.stay.id))!;
    expect(folio.totals).toMatchObject({ chargesMinor: 1200, creditsMinor: 25_000, balanceMinor: -23_800 });
  });

  it("refuses department staff, another property's stay, and a booking of another stay", async () => {
    const h = await hotel();
    const dept = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    await expectAppError(giveCredit(dept, { stayId: h.stay.id, amountMinor: 100, reason: "x" }), "auth:forbidden");
    const other = await hotel();
    await expectAppError(giveCredit(h.reception, { stayId: other.stay.id, amountMinor: 100, reason: "x" }), "not_found");
    const neighbour = await createStay(h.property);
    const theirs = await insertBooking(neighbour, h.roomService);
    const wrong = await expectAppError(giveCredit(h.reception, { stayId: h.stay.id, amountMinor: 100, reason: "x", bookingId: theirs.id }), "input:invalid");
    expect(wrong.fieldErrors).toEqual({ bookingId: ["validation.booking_not_of_stay"] });
    expect(await db().select().from(credits).where(eq(credits.propertyId, h.property.id))).toEqual([]);
  });
});

describe("listCreditProposals", () => {
  it("proposes a credit for requests answered or delivered after the target, once, sized by the booking", async () => {
    const h = await hotel();
    const lateAnswer = await insertBooking(h.stay, h.riding, { status: "confirmed", totalMinor: 12_000, createdAt: t(0), respondedAt: t(23), scheduledAt: t(300) });
    // Made a minute after the first, so that the list's order (oldest first) is the test's.
    const lateDelivery = await insertBooking(h.stay, h.roomService, { status: "fulfilled", totalMinor: 1200, createdAt: t(1), respondedAt: t(6), fulfilledAt: t(51) });
    await insertBooking(h.stay, h.riding, { status: "fulfilled", createdAt: t(0), respondedAt: t(10), scheduledAt: t(120), fulfilledAt: t(200) });
    await insertBooking(h.stay, h.roomService, { status: "requested", createdAt: t(0) });
    const alreadyCredited = await insertBooking(h.stay, h.roomService, { status: "declined", createdAt: t(0), respondedAt: t(60) });
    await insertCredit(h.stay, 500, { bookingId: alreadyCredited.id });

    const proposals = await listCreditProposals(h.property.id, h.stay.id);
    expect(proposals.map((p) => [p.bookingId, p.kind, p.minutes, p.target, p.proposedMinor])).toEqual([
      [lateAnswer.id, "answered", 23, 15, 1200],
      [lateDelivery.id, "fulfilled", 50, 15, 500],
    ]);
    expect(await listCreditProposals(h.property.id, (await hotel()).stay.id)).toEqual([]);
  });

  it("measures against the answer time promised when the request was made, not the department's target today", async () => {
    const h = await hotel();
    const answered20 = await insertBooking(h.stay, h.roomService, { status: "confirmed", createdAt: t(0), respondedAt: t(20) });
    // The kitchen's target goes from 15 to 30 minutes afterwards: the request was still answered late.
    await db().update(departments).set({ responseTargetMinutes: 30 }).where(eq(departments.id, h.kitchen.id));
    const proposals = await listCreditProposals(h.property.id, h.stay.id);
    expect(proposals.map((p) => [p.bookingId, p.minutes, p.target])).toEqual([[answered20.id, 20, 15]]);
  });
});
