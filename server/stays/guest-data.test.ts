// "Your data": the guest's export holds their own stay only, says until when it is kept, and is gone once anonymised;
// the manager's retention setting refuses out-of-range values with a field error and audits a change.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, properties } from "@/db/schema";
import { addDays } from "@/lib/time";
import { getRetentionDays, setRetentionDays } from "@/server/property/retention-setting";
import { updateStay } from "@/server/stays/manage-stays";
import { createDepartment, createOnRequestService, createProperty, createStaff, createStay, guestOf } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { exportGuestData, getGuestRetention } from "./guest-data";
import { anonymiseStay } from "./retention";

useTestDatabase();

describe("the guest's data export", () => {
  it("holds the guest's own stay and bookings, not another stay's, with the day it is kept until", async () => {
    const property = await createProperty({ retentionDays: 45 });
    const service = await createOnRequestService(await createDepartment(property, { name: "Kitchen" }));
    const mine = await createStay(property, { surname: "Mineworth", notes: "Late arrival" });
    const theirs = await createStay(property, { surname: "Otherby" });
    const booking = await insertBooking(mine, service, { note: "No nuts please", totalMinor: 2500 });
    await insertBooking(theirs, service, { note: "Their note" });

    const data = await exportGuestData(guestOf(mine));
    expect(data?.stay).toMatchObject({ surname: "Mineworth", reservationCode: mine.reservationCode, notes: "Late arrival" });
    expect(data?.bookings.map((b) => [b.id, b.note, b.totalMinor])).toEqual([[booking.id, "No nuts please", 2500]]);
    expect(JSON.stringify(data)).not.toContain("Otherby");
    expect(JSON.stringify(data)).not.toContain("Their note");
    expect(data?.keptUntil).toBe(addDays(mine.checkOut, 45));
    expect(await getGuestRetention(guestOf(mine))).toEqual({ checkOut: mine.checkOut, retentionDays: 45, keptUntil: addDays(mine.checkOut, 45) });

    // Another hotel's guest naming this stay gets nothing.
    const elsewhere = await createProperty();
    expect(await exportGuestData({ stayId: mine.id, propertyId: elsewhere.id })).toBeNull();
    // Once anonymised there is nothing personal left to give, and the desk cannot fill the stay in again.
    await anonymiseStay(mine.id);
    expect(await exportGuestData(guestOf(mine))).toBeNull();
    const reception = await createStaff(property, { role: "reception" });
    const write = { reservationCode: "BACK-1", surname: "Mineworth", guestName: "M", email: null, room: null, checkIn: mine.checkIn, checkOut: mine.checkOut, adults: 2, childrenAges: [], vip: false, locale: null };
    await expectAppError(updateStay(reception, mine.id, write), "not_found");
  });
});

describe("the manager's retention period", () => {
  it("is set by the manager within 7..3650 days and audited; out of range is a field error and changes nothing", async () => {
    const property = await createProperty();
    const manager = await createStaff(property, { role: "manager" });
    expect(await getRetentionDays(property.id)).toBe(90);
    expect(await setRetentionDays(manager, 30)).toEqual({ changed: true, retentionDays: 30 });
    expect(await setRetentionDays(manager, 30)).toEqual({ changed: false, retentionDays: 30 });
    for (const bad of [6, 3651, 0, -1, 1.5, Number.NaN]) {
      const err = await expectAppError(setRetentionDays(manager, bad), "input:invalid");
      expect(err.fieldErrors).toEqual({ retentionDays: ["staff.retention.outOfRange"] });
    }
    expect(await getRetentionDays(property.id)).toBe(30);
    const audits = await db().select().from(auditLog).where(eq(auditLog.target, property.id));
    expect(audits.map((a) => [a.action, a.outcome, a.detail])).toEqual([
      ["property.retention", "ok", { changes: { retentionDays: { from: 90, to: 30 } } }],
    ]);
  });

  it("refuses reception and leaves the period as it was", async () => {
    const property = await createProperty();
    const reception = await createStaff(property, { role: "reception" });
    await expectAppError(setRetentionDays(reception, 30), "auth:forbidden");
    const [row] = await db().select({ days: properties.retentionDays }).from(properties).where(eq(properties.id, property.id));
    expect(row.days).toBe(90);
  });
});
