// Integration tests of the booking engine's data layer (embedded PGlite, or PostgreSQL with DATABASE_URL): rentals over
// days against a shared stock — the stock over overlapping ranges, the price per day and per night, and the ranges refused.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { rentalDays } from "@/db/schema";
import { includedTax } from "@/lib/pricing";
import { bookingById, createRentalService } from "@/tests/factories";
import { bookingsOfStay, rentalBooked } from "@/tests/factories-engine";
import { engineWeek } from "@/tests/engine-hotel";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { bookService } from "./book-service";

useTestDatabase();

// Monday 10 March 2025, 10:00 in Berlin (CET). The stays run Sunday 9 to Sunday 16 March; DAY[1] … DAY[5] are Tuesday 11
// … Saturday 15 March.
const { NOW, TODAY, CHECK_IN, CHECK_OUT, DAY, key, hotel, anotherStay } = engineWeek("2025-03-10");

describe("rentals over days", () => {
  async function rentalHotel(overrides: Parameters<typeof createRentalService>[1] = {}) {
    const h = await hotel();
    const stroller = await createRentalService(h.department, { confirmation: "instant", ...overrides });
    const rent = (guest: typeof h.guest, startDay: string, endDay: string, quantity: number) =>
      bookService(guest, { serviceSlug: stroller.slug, startDay, endDay, quantity, idempotencyKey: key() }, NOW);
    return { ...h, stroller, rent };
  }

  it("shares a stock of 3 over overlapping date ranges, never more out on any day", async () => {
    const { property, stroller, guest, rent } = await rentalHotel();
    const b = await anotherStay(property);
    const c = await anotherStay(property);
    const d = await anotherStay(property);
    const days = Object.values(DAY);

    const first = await rent(guest, DAY[1], DAY[3], 2);
    expect(await rentalBooked(stroller.id, days)).toEqual({ [DAY[1]]: 2, [DAY[2]]: 2, [DAY[3]]: 2, [DAY[4]]: 0, [DAY[5]]: 0 });

    await rent(b.guest, DAY[2], DAY[4], 1);
    expect(await rentalBooked(stroller.id, days)).toEqual({ [DAY[1]]: 2, [DAY[2]]: 3, [DAY[3]]: 3, [DAY[4]]: 1, [DAY[5]]: 0 });

    // Day 2 is sold out: refused, and nothing moves on any day.
    await expectAppError(rent(c.guest, DAY[2], DAY[2], 1), "booking:full");
    await expectAppError(rent(c.guest, DAY[1], DAY[2], 1), "booking:full");
    expect(await bookingsOfStay(c.stay.id)).toEqual([]);
    expect(await rentalBooked(stroller.id, days)).toEqual({ [DAY[1]]: 2, [DAY[2]]: 3, [DAY[3]]: 3, [DAY[4]]: 1, [DAY[5]]: 0 });

    // Days 4–5 still have two left.
    await rent(d.guest, DAY[4], DAY[5], 2);
    expect(await rentalBooked(stroller.id, days)).toEqual({ [DAY[1]]: 2, [DAY[2]]: 3, [DAY[3]]: 3, [DAY[4]]: 3, [DAY[5]]: 2 });

    // More than the whole stock is refused as full before touching a row.
    await expectAppError(rent(c.guest, DAY[5], DAY[5], 4), "booking:full");

    const row = await bookingById(first.bookingId);
    expect(row).toMatchObject({ status: "confirmed", quantity: 2, startDay: DAY[1], endDay: DAY[3], sessionId: null });
    // Taken out at the opening time of the first day (09:00 by default), hotel time.
    expect(row.scheduledAt?.toISOString()).toBe("2025-03-11T08:00:00.000Z");
  });

  it("prices per day as units × days, both ends included", async () => {
    const { rent, guest } = await rentalHotel({ priceMinor: 800, priceUnit: "per_day" });
    const row = await bookingById((await rent(guest, DAY[1], DAY[3], 2)).bookingId);
    expect(row.priceLines).toEqual([{ label: "per_day", quantity: 6, unitMinor: 800, totalMinor: 4800, params: { days: 3, units: 2 } }]);
    expect(row.totalMinor).toBe(4800);
    expect(row.taxMinor).toBe(includedTax(4800, 1900));
  });

  it("prices per night by the nights between the first and the last day, with a night's minimum", async () => {
    const { rent, guest, stroller } = await rentalHotel({ priceMinor: 1500, priceUnit: "per_night" });
    const three = await bookingById((await rent(guest, DAY[1], DAY[3], 1)).bookingId);
    expect(three.priceLines).toEqual([{ label: "per_night", quantity: 2, unitMinor: 1500, totalMinor: 3000, params: { days: 2, units: 1 } }]);
    const oneDay = await bookingById((await rent(guest, DAY[5], DAY[5], 1)).bookingId);
    expect(oneDay.totalMinor).toBe(1500);
    // The stock is held on every day the unit is out, nights or not.
    expect(await rentalBooked(stroller.id, [DAY[1], DAY[2], DAY[3], DAY[5]])).toEqual({ [DAY[1]]: 1, [DAY[2]]: 1, [DAY[3]]: 1, [DAY[5]]: 1 });
  });

  it.each([
    ["a first day before check-in", "2025-03-08", DAY[1], 0, "startDay", "availability.outside_stay"],
    ["a last day after check-out", DAY[5], "2025-03-17", 0, "startDay", "availability.outside_stay"],
    ["a first day inside the lead time", TODAY, DAY[1], 24 * 60, "startDay", "availability.lead_time"],
    ["a first day in the past", CHECK_IN, DAY[1], 0, "startDay", "availability.lead_time"],
  ] as const)("refuses %s", async (_label, startDay, endDay, leadTimeMinutes, field, reason) => {
    const { rent, guest, stay, stroller } = await rentalHotel({ leadTimeMinutes });
    const err = await expectAppError(rent(guest, startDay, endDay, 1), "booking:not_bookable");
    expect(err.fieldErrors?.[field]).toEqual([reason]);
    expect(await bookingsOfStay(stay.id)).toEqual([]);
    expect(await db().select().from(rentalDays).where(eq(rentalDays.serviceId, stroller.id))).toEqual([]);
  });

  it("refuses a range that includes a weekday the rental is closed", async () => {
    // Closed on Sundays: 16 March 2025 is a Sunday.
    const { rent, guest, stay, stroller } = await rentalHotel({ openWeekdays: [1, 2, 3, 4, 5, 6] });
    const err = await expectAppError(rent(guest, DAY[5], CHECK_OUT, 1), "booking:not_bookable");
    expect(err.fieldErrors?.startDay).toEqual(["availability.closed"]);
    expect(await bookingsOfStay(stay.id)).toEqual([]);
    expect(await rentalBooked(stroller.id, [DAY[5], CHECK_OUT])).toEqual({ [DAY[5]]: 0, [CHECK_OUT]: 0 });
    // Saturday alone is fine.
    await rent(guest, DAY[5], DAY[5], 1);
  });

  it("refuses a last day before the first, and a missing range", async () => {
    const { rent, guest, stroller } = await rentalHotel();
    const err = await expectAppError(rent(guest, DAY[3], DAY[2], 1), "input:invalid");
    expect(err.fieldErrors?.endDay).toEqual(["validation.end_before_start"]);
    await expectAppError(
      bookService(guest, { serviceSlug: stroller.slug, quantity: 1, idempotencyKey: key() }, NOW),
      "input:invalid",
    );
  });
});
