// Integration tests of the manager's reports: a small hand-made hotel whose figures are known exactly.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookings, departments, ratings, services, type Booking } from "@/db/schema";
import { createDepartment, createOnRequestService, createPackage, createProperty, createRentalService, createStay } from "@/tests/factories";
import { insertBooking, insertCredit } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";
import { loadReports, reportCredits, reportRatings, reportRevenueByPackage, reportRevenueByService, reportTiming, reportUptake } from "./reports";

useTestDatabase();

/** June 2026 at the given day, hour and minute, UTC (the hotel is in Berlin: all well inside June there). */
const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 5, day, hour, minute));
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

async function inPackage(booking: Booking, packageId: string) {
  await db().update(bookings).set({ packageId }).where(eq(bookings.id, booking.id));
}

async function rate(booking: Booking, score: number, createdAt: Date, complaint = false) {
  await db().insert(ratings).values({
    propertyId: booking.propertyId,
    bookingId: booking.id,
    stayId: booking.stayId,
    serviceId: booking.serviceId,
    score,
    complaint,
    comment: complaint ? "Cold food" : null,
    createdAt,
  });
}

async function hotel() {
  const property = await createProperty();
  const kitchen = await createDepartment(property, { name: "Kitchen", responseTargetMinutes: 15 });
  const activities = await createDepartment(property, { name: "Activities", responseTargetMinutes: 30 });
  const roomService = await createOnRequestService(kitchen, { costMinor: 400, name: { en: "Room service" } });
  const bikes = await createRentalService(activities, { costMinor: 200, name: { en: "Bikes" } });
  const crib = await createOnRequestService(kitchen, { costMinor: 300, complimentary: true, priceMinor: 0, name: { en: "Crib" } });
  const family = await createPackage(property, [bikes, crib], { name: { en: "Family" } });
  const gourmet = await createPackage(property, [roomService], { name: { en: "Gourmet" } });

  const s1 = await createStay(property, { checkIn: "2026-06-05", checkOut: "2026-06-09", childrenAges: [] });
  const s2 = await createStay(property, { checkIn: "2026-06-10", checkOut: "2026-06-14", childrenAges: [5] });
  const s3 = await createStay(property, { checkIn: "2026-06-20", checkOut: "2026-06-25", childrenAges: [2, 8] });
  const s4 = await createStay(property, { checkIn: "2026-05-01", checkOut: "2026-05-05", childrenAges: [4] });
  const s5 = await createStay(property, { checkIn: "2026-06-28", checkOut: "2026-07-03", childrenAges: [] });

  const c1 = at(6, 10);
  const b1 = await insertBooking(s1, roomService, {
    status: "fulfilled", quantity: 2, totalMinor: 3000, taxMinor: 479, createdAt: c1, respondedAt: plus(c1, 10), fulfilledAt: plus(c1, 40),
  });
  const c2 = at(11, 12);
  const b2 = await insertBooking(s2, roomService, { status: "confirmed", quantity: 1, totalMinor: 1500, taxMinor: 240, createdAt: c2, respondedAt: plus(c2, 20) });
  const c3 = at(10, 9);
  const b3 = await insertBooking(s2, bikes, {
    status: "fulfilled", quantity: 2, totalMinor: 4800, taxMinor: 766, startDay: "2026-06-11", endDay: "2026-06-13",
    createdAt: c3, respondedAt: plus(c3, 5), fulfilledAt: plus(c3, 30),
  });
  await inPackage(b3, family.id);
  const c4 = at(20, 15);
  const b4 = await insertBooking(s3, crib, { status: "fulfilled", quantity: 1, totalMinor: 0, taxMinor: 0, createdAt: c4, respondedAt: plus(c4, 40), fulfilledAt: plus(c4, 100) });
  await inPackage(b4, family.id);
  const c5 = at(7, 18);
  await insertBooking(s1, roomService, { status: "declined", totalMinor: 1500, taxMinor: 240, createdAt: c5, respondedAt: plus(c5, 5) });
  const c6 = new Date(Date.UTC(2026, 4, 3, 12));
  const b6 = await insertBooking(s4, roomService, { status: "fulfilled", totalMinor: 1500, taxMinor: 240, createdAt: c6, respondedAt: plus(c6, 1), fulfilledAt: plus(c6, 2) });
  const c7 = at(29, 8);
  await insertBooking(s5, roomService, { status: "no_show", totalMinor: 1500, taxMinor: 240, createdAt: c7, respondedAt: plus(c7, 15) });
  await insertBooking(s3, roomService, { status: "requested", totalMinor: 1500, taxMinor: 240, createdAt: at(21, 9) });
  await insertBooking(s5, roomService, { status: "cancelled", totalMinor: 1500, taxMinor: 240, createdAt: new Date(Date.UTC(2026, 6, 2, 9)) });

  await rate(b1, 2, at(7, 9), true);
  await rate(b2, 5, at(12, 9));
  await rate(b3, 4, at(14, 9));
  await rate(b4, 5, at(21, 9));
  await rate(b6, 1, new Date(Date.UTC(2026, 4, 4, 9)), true);

  await insertCredit(s1, 500, { reason: "Late room service", createdAt: at(6, 12) });
  await insertCredit(s2, 300, { reason: "Late room service ", createdAt: at(11, 14) });
  await insertCredit(s3, 1000, { reason: "Crib broken", createdAt: at(21, 10) });
  await insertCredit(s4, 700, { reason: "Crib broken", createdAt: new Date(Date.UTC(2026, 4, 4, 10)) });

  // Another hotel's booking in the same period never shows.
  const other = await createProperty();
  const otherKitchen = await createDepartment(other, { responseTargetMinutes: 15 });
  const otherService = await createOnRequestService(otherKitchen, { costMinor: 100 });
  const otherStay = await createStay(other, { checkIn: "2026-06-05", checkOut: "2026-06-09" });
  await insertBooking(otherStay, otherService, { status: "fulfilled", totalMinor: 9999, createdAt: at(6, 10), respondedAt: at(6, 11) });
  await insertCredit(otherStay, 999, { reason: "Late room service", createdAt: at(6, 12) });

  const scope = { propertyId: property.id, timeZone: property.timeZone, period: { from: "2026-06-01", to: "2026-06-30" } };
  return { scope, kitchen, activities, roomService, bikes, crib, family, gourmet };
}

describe("reports", () => {
  it("computes revenue, cost and margin per service and per package, complimentary items as cost", async () => {
    const h = await hotel();
    const byService = await reportRevenueByService(h.scope);
    expect(byService.map((r) => [r.id, r.bookings, r.units, r.grossMinor, r.taxMinor, r.netMinor, r.costMinor, r.marginMinor, r.complimentary])).toEqual([
      [h.roomService.id, 3, 4, 6000, 959, 5041, 1600, 3441, false],
      [h.bikes.id, 1, 2, 4800, 766, 4034, 1200, 2834, false],
      [h.crib.id, 1, 1, 0, 0, 0, 300, -300, true],
    ]);
    const byPackage = await reportRevenueByPackage(h.scope);
    expect(byPackage.map((r) => [r.id, r.bookings, r.units, r.grossMinor, r.taxMinor, r.netMinor, r.costMinor, r.marginMinor])).toEqual([
      [h.family.id, 2, 3, 4800, 766, 4034, 1500, 2534],
    ]);
  });

  it("keeps past margins when the catalogue's cost changes later: each booking's cost was fixed when it was made", async () => {
    const h = await hotel();
    const before = await reportRevenueByService(h.scope);
    await db().update(services).set({ costMinor: 9_999 }).where(eq(services.id, h.roomService.id));
    await db().update(services).set({ costMinor: 1 }).where(eq(services.id, h.bikes.id));
    expect(await reportRevenueByService(h.scope)).toEqual(before);
    expect(before.find((r) => r.id === h.roomService.id)).toMatchObject({ costMinor: 1600, marginMinor: 3441 });
  });

  it("loads every report of the page at once, each as its own query gives it, or just the one asked for", async () => {
    const h = await hotel();
    const all = await loadReports(h.scope);
    expect(all).toEqual({
      services: await reportRevenueByService(h.scope),
      packages: await reportRevenueByPackage(h.scope),
      uptake: await reportUptake(h.scope),
      timing: await reportTiming(h.scope),
      ratings: await reportRatings(h.scope),
      credits: await reportCredits(h.scope),
    });
    const onlyCredits = await loadReports(h.scope, "credits");
    expect(onlyCredits.credits).toEqual(all.credits);
    expect([onlyCredits.services, onlyCredits.packages, onlyCredits.timing, onlyCredits.ratings]).toEqual([[], [], [], []]);
  });

  it("keeps past on-time shares when a department's target changes later: each request keeps the target it was promised", async () => {
    const h = await hotel();
    const before = await reportTiming(h.scope);
    await db().update(departments).set({ responseTargetMinutes: 5 }).where(eq(departments.id, h.kitchen.id));
    const after = await reportTiming(h.scope);
    const pick = (rows: typeof before) => rows.map((r) => [r.id, r.responseOnTime, r.fulfilmentOnTime]);
    expect(pick(after)).toEqual(pick(before));
    // The table's target column is the department's target now.
    expect(after.find((r) => r.id === h.kitchen.id)?.targetMinutes).toBe(5);
  });

  it("computes uptake among the stays present and, per package, among the stays with children", async () => {
    const h = await hotel();
    const uptake = await reportUptake(h.scope);
    expect(uptake.staysPresent).toBe(4);
    expect(uptake.staysWithChildren).toBe(2);
    expect(uptake.services).toHaveLength(3);
    expect([uptake.services[0].id, uptake.services[0].stays, uptake.services[0].share]).toEqual([h.roomService.id, 3, 0.75]);
    const rest = new Map(uptake.services.map((r) => [r.id, [r.stays, r.share]]));
    expect(rest.get(h.bikes.id)).toEqual([1, 0.25]);
    expect(rest.get(h.crib.id)).toEqual([1, 0.25]);
    expect(uptake.familyPackages.map((r) => [r.id, r.stays, r.share])).toEqual([
      [h.family.id, 2, 1],
      [h.gourmet.id, 1, 0.5],
    ]);
  });

  it("computes response and fulfilment times per department: median, 90th percentile, share on time", async () => {
    const h = await hotel();
    const timing = new Map((await reportTiming(h.scope)).map((r) => [r.id, r]));
    expect(timing.size).toBe(2);
    const kitchen = timing.get(h.kitchen.id)!;
    // Responses 5, 10, 15, 20, 40 minutes against 15; fulfilment of ASAP requests 40 and 100 against 15 + 60.
    expect([kitchen.targetMinutes, kitchen.responded, kitchen.responseMedian, kitchen.responseOnTime]).toEqual([15, 5, 15, 0.6]);
    expect(kitchen.responseP90).toBeCloseTo(32, 9);
    expect([kitchen.fulfilled, kitchen.fulfilmentMedian, kitchen.fulfilmentOnTime]).toEqual([2, 70, 0.5]);
    expect(kitchen.fulfilmentP90).toBeCloseTo(94, 9);
    const activities = timing.get(h.activities.id)!;
    expect([activities.responded, activities.responseMedian, activities.responseP90, activities.responseOnTime]).toEqual([1, 5, 5, 1]);
    // The bikes are a rental: "fulfilled" when returned, so not timed as a fulfilment.
    expect([activities.fulfilled, activities.fulfilmentMedian, activities.fulfilmentP90, activities.fulfilmentOnTime]).toEqual([0, null, null, null]);
  });

  it("computes ratings and complaints per service, and credits by reason", async () => {
    const h = await hotel();
    const rated = await reportRatings(h.scope);
    expect(rated.map((r) => [r.id, r.count, r.average, r.low, r.complaints])).toEqual([
      [h.roomService.id, 2, 3.5, 1, 1],
      [h.bikes.id, 1, 4, 0, 0],
      [h.crib.id, 1, 5, 0, 0],
    ]);
    const given = await reportCredits(h.scope);
    expect(given).toEqual({
      count: 3,
      amountMinor: 1800,
      reasons: [
        { reason: "Crib broken", count: 1, amountMinor: 1000 },
        { reason: "Late room service", count: 2, amountMinor: 800 },
      ],
    });
  });
});
