// Integration tests of the folio: what is charged, what is pending, credits, totals, order and scope.
import { describe, expect, it } from "vitest";
import { createDepartment, createOnRequestService, createProperty, createStay, createTimedService } from "@/tests/factories";
import { insertBooking, insertCredit } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";
import { getFolio, listFolioEntries } from "./folio";

useTestDatabase();

const NOW = new Date("2026-06-15T08:00:00Z");
const at = (iso: string) => new Date(iso);

async function hotel() {
  const property = await createProperty();
  const stables = await createDepartment(property, { name: "Stables" });
  const riding = await createTimedService(stables, { name: { en: "Horse riding", hu: "Lovaglás" } });
  const crib = await createOnRequestService(stables, { name: { en: "Crib" } });
  const stay = await createStay(property, { now: NOW });
  return { property, stables, riding, crib, stay };
}

describe("getFolio", () => {
  it("charges confirmed, started, fulfilled and no-show bookings; shows requested ones apart; leaves the rest out", async () => {
    const h = await hotel();
    const charged = [];
    for (const [status, hour] of [["confirmed", 9], ["in_progress", 10], ["fulfilled", 11], ["no_show", 12]] as const) {
      charged.push(await insertBooking(h.stay, h.riding, { status, totalMinor: 1000, taxMinor: 160, scheduledAt: at(`2026-06-15T${String(hour).padStart(2, "0")}:00:00Z`) }));
    }
    const pending = await insertBooking(h.stay, h.riding, { status: "requested", totalMinor: 7000, taxMinor: 1118, scheduledAt: at("2026-06-16T09:00:00Z") });
    for (const status of ["declined", "cancelled", "expired"] as const) {
      await insertBooking(h.stay, h.riding, { status, totalMinor: 99_999, scheduledAt: at("2026-06-15T13:00:00Z") });
    }

    const folio = await getFolio(h.property.id, h.stay.id);
    expect(folio).not.toBeNull();
    expect(folio!.lines.map((l) => l.id)).toEqual(charged.map((b) => b.id));
    expect(folio!.lines.every((l) => l.kind === "charge")).toBe(true);
    expect(folio!.pending.map((l) => [l.id, l.kind, l.status])).toEqual([[pending.id, "pending", "requested"]]);
    expect(folio!.totals).toEqual({ chargesMinor: 4000, creditsMinor: 0, taxMinor: 640, balanceMinor: 4000, pendingMinor: 7000 });
    expect(folio!.currency).toBe("EUR");
    expect(folio!.lines[0].serviceName).toEqual({ en: "Horse riding", hu: "Lovaglás" });
  });

  it("subtracts credits, names the booking a credit is for, and keeps everything in time order", async () => {
    const h = await hotel();
    const late = await insertBooking(h.stay, h.crib, { status: "fulfilled", totalMinor: 1200, taxMinor: 79, createdAt: at("2026-06-14T18:00:00Z") });
    const ride = await insertBooking(h.stay, h.riding, { status: "confirmed", totalMinor: 7000, taxMinor: 1118, scheduledAt: at("2026-06-16T07:00:00Z") });
    const credit = await insertCredit(h.stay, 500, { bookingId: late.id, reason: "Crib came late", createdAt: at("2026-06-15T09:00:00Z") });
    const goodwill = await insertCredit(h.stay, 250, { createdAt: at("2026-06-17T09:00:00Z") });

    const folio = (await getFolio(h.property.id, h.stay.id))!;
    expect(folio.lines.map((l) => [l.kind, l.id])).toEqual([
      ["charge", late.id],
      ["credit", credit.id],
      ["charge", ride.id],
      ["credit", goodwill.id],
    ]);
    const creditLine = folio.lines[1];
    expect(creditLine).toMatchObject({ amountMinor: -500, taxMinor: 0, reason: "Crib came late", bookingId: late.id, serviceName: { en: "Crib" } });
    expect(creditLine.day).toBe("2026-06-15");
    expect(folio.lines[3].serviceName).toBeNull();
    expect(folio.totals).toEqual({ chargesMinor: 8200, creditsMinor: 750, taxMinor: 1197, balanceMinor: 7450, pendingMinor: 0 });
  });

  it("posts rentals on their first day and sessions on their hotel-local day", async () => {
    const h = await hotel();
    const rental = await insertBooking(h.stay, h.crib, { startDay: "2026-06-16", endDay: "2026-06-18", createdAt: at("2026-06-15T08:00:00Z") });
    // 23:30 UTC on the 15th is 01:30 on the 16th in Berlin.
    const night = await insertBooking(h.stay, h.riding, { scheduledAt: at("2026-06-15T23:30:00Z") });
    const folio = (await getFolio(h.property.id, h.stay.id))!;
    const byId = new Map(folio.lines.map((l) => [l.id, l]));
    expect(byId.get(rental.id)).toMatchObject({ day: "2026-06-16", endDay: "2026-06-18" });
    expect(byId.get(night.id)!.day).toBe("2026-06-16");
  });

  it("is empty for a stay with nothing booked, and null for another property's stay", async () => {
    const h = await hotel();
    const other = await hotel();
    await insertBooking(other.stay, other.riding, { status: "confirmed" });
    const empty = (await getFolio(h.property.id, h.stay.id))!;
    expect(empty.lines).toEqual([]);
    expect(empty.totals.balanceMinor).toBe(0);
    expect(await getFolio(h.property.id, other.stay.id)).toBeNull();
  });
});

describe("listFolioEntries", () => {
  it("lists posted charges and credits of a day range with their stays, never pending ones or another property's", async () => {
    const h = await hotel();
    const second = await createStay(h.property, { now: NOW, room: "777" });
    const inRange = await insertBooking(h.stay, h.riding, { status: "fulfilled", scheduledAt: at("2026-06-15T09:00:00Z") });
    const credit = await insertCredit(second, 700, { createdAt: at("2026-06-16T10:00:00Z") });
    await insertBooking(h.stay, h.riding, { status: "requested", scheduledAt: at("2026-06-15T10:00:00Z") });
    await insertBooking(h.stay, h.riding, { status: "confirmed", scheduledAt: at("2026-06-18T09:00:00Z") });
    const other = await hotel();
    await insertBooking(other.stay, other.riding, { status: "confirmed", scheduledAt: at("2026-06-15T09:00:00Z") });

    const rows = await listFolioEntries(h.property.id, { from: "2026-06-15", to: "2026-06-16" });
    expect(rows.map((r) => [r.id, r.kind, r.reservationCode, r.room])).toEqual([
      [inRange.id, "charge", h.stay.reservationCode, h.stay.room],
      [credit.id, "credit", second.reservationCode, "777"],
    ]);
    expect((await listFolioEntries(h.property.id, { stayId: second.id })).map((r) => r.id)).toEqual([credit.id]);
    expect(await listFolioEntries(h.property.id, { stayId: other.stay.id })).toEqual([]);
  });
});
