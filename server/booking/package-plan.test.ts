// Integration tests of booking a whole package as reviewed (embedded PGlite, or PostgreSQL with DATABASE_URL):
// each item at its own price with the saving as one line, all items or none.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookings, emailOutbox, rentalDays } from "@/db/schema";
import {
  bookedSeats,
  createDepartment,
  createOnRequestService,
  createPackage,
  createProperty,
  createRentalService,
  createSession,
  createStay,
  createTimedService,
  guestOf,
  uniqueId,
} from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { bookPackageWithChoices, reviewPackage } from "./package-plan";

useTestDatabase();

// Monday 15 June 2026, 10:00 in Berlin. The stay runs 14–18 June, two adults.
const NOW = new Date("2026-06-15T08:00:00Z");
const TODAY = "2026-06-15";
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

/** A package of a rental (€8 a day) and a timed session (€35 a person), bundled at €50. */
async function packageHotel() {
  const property = await createProperty();
  const department = await createDepartment(property);
  const stay = await createStay(property, { now: NOW });
  const stroller = await createRentalService(department, { capacity: 3 });
  const tour = await createTimedService(department);
  const pkg = await createPackage(property, [stroller, tour], { bundlePriceMinor: 5000 });
  return { stay, stroller, tour, pkg, guest: guestOf(stay) };
}

describe("bookPackageWithChoices", () => {
  it("books every item with its choices, each at its own price, the saving as one line, paying the bundle price", async () => {
    const { stay, stroller, tour, pkg, guest } = await packageHotel();
    const session = await createSession(tour, { startsAt: inHours(4), capacity: 6 });

    const review = await reviewPackage(guest, pkg.slug, NOW);
    expect(review.items.map((i) => [i.slug, i.quote?.totalMinor, i.problem])).toEqual([
      [stroller.slug, 800, null],
      [tour.slug, 7000, null],
    ]);
    expect(review.items[1].sessions.map((s) => s.id)).toContain(session.id);
    expect(review).toMatchObject({ ownTotalMinor: 7800, savingMinor: 2800, bookable: true });

    const result = await bookPackageWithChoices(
      guest,
      pkg.slug,
      uniqueId("key"),
      { [stroller.slug]: { startDay: TODAY, endDay: TODAY }, [tour.slug]: { sessionId: session.id } },
      NOW,
    );
    expect(result).toMatchObject({ totalMinor: 5000, savingMinor: 2800, replayed: false });
    const rows = await db().select().from(bookings).where(eq(bookings.stayId, stay.id));
    expect(rows.reduce((sum, r) => sum + r.totalMinor, 0)).toBe(5000);
    const booked = rows.find((r) => r.serviceId === tour.id)!;
    expect(booked.sessionId).toBe(session.id);
    expect(booked.scheduledAt).toEqual(session.startsAt);
    // The tour's own lines, then the saving, taken off the dearest booking.
    expect(booked.priceLines).toEqual([
      { label: "adults", quantity: 2, unitMinor: 3500, totalMinor: 7000 },
      { label: "bundle_saving", quantity: 1, unitMinor: -2800, totalMinor: -2800 },
    ]);
    expect(rows.find((r) => r.serviceId === stroller.id)).toMatchObject({ totalMinor: 800, startDay: TODAY, endDay: TODAY });
    expect(await bookedSeats(session.id)).toBe(2);
  });

  it("emails the guest a confirmation for each item confirmed at once, none for an item awaiting an answer", async () => {
    const property = await createProperty();
    const department = await createDepartment(property);
    const stay = await createStay(property, { now: NOW, email: `${uniqueId("pkg")}@example.test` });
    const stroller = await createRentalService(department, { capacity: 3, confirmation: "instant" });
    const tour = await createTimedService(department, { confirmation: "approval" });
    const pkg = await createPackage(property, [stroller, tour], { bundlePriceMinor: 5000 });
    const session = await createSession(tour, { startsAt: inHours(4), capacity: 6 });
    await bookPackageWithChoices(
      guestOf(stay),
      pkg.slug,
      uniqueId("key"),
      { [stroller.slug]: { startDay: TODAY, endDay: TODAY }, [tour.slug]: { sessionId: session.id } },
      NOW,
    );
    const rows = await db().select().from(bookings).where(eq(bookings.stayId, stay.id));
    const mails = await db().select().from(emailOutbox).where(eq(emailOutbox.stayId, stay.id));
    expect(mails.map((m) => [m.template, m.bookingId])).toEqual([["status_confirmed", rows.find((r) => r.serviceId === stroller.id)!.id]]);
  });

  it("books nothing when one item cannot be booked: the rental's stock taken first is given back", async () => {
    const { stay, stroller, tour, pkg, guest } = await packageHotel();
    const full = await createSession(tour, { startsAt: inHours(4), capacity: 6, booked: 5 });
    await expectAppError(
      bookPackageWithChoices(guest, pkg.slug, uniqueId("key"), { [stroller.slug]: { startDay: TODAY, endDay: TODAY }, [tour.slug]: { sessionId: full.id } }, NOW),
      "booking:full",
    );
    expect(await db().select().from(bookings).where(eq(bookings.stayId, stay.id))).toHaveLength(0);
    const stock = await db().select().from(rentalDays).where(eq(rentalDays.serviceId, stroller.id));
    expect(stock.every((d) => d.booked === 0)).toBe(true);
    expect(await bookedSeats(full.id)).toBe(5);
  });

  it("asks for every missing time at once, next to its item, and books nothing", async () => {
    const { stay, stroller, tour, pkg, guest } = await packageHotel();
    const err = await bookPackageWithChoices(guest, pkg.slug, uniqueId("key"), { [stroller.slug]: { startDay: TODAY, endDay: TODAY } }, NOW).catch((e) => e);
    expect(err).toMatchObject({ code: "input:invalid", fieldErrors: { [`${tour.slug}.sessionId`]: ["validation.choose_time"] } });
    expect(await db().select().from(bookings).where(eq(bookings.stayId, stay.id))).toHaveLength(0);
  });
});

describe("bookPackageWithChoices: routing, replays and refusals", () => {
  it("routes each active item to its own department, answers the same key with the same bundle (also at once), refuses unknown packages", async () => {
    const property = await createProperty();
    const kids = await createDepartment(property);
    const kitchen = await createDepartment(property);
    const stay = await createStay(property, { now: NOW });
    const guest = guestOf(stay);
    const menu = await createOnRequestService(kitchen, { priceMinor: 1200, costMinor: 400 });
    const pool = await createOnRequestService(kids, { priceMinor: 500, complimentary: true });
    const retired = await createOnRequestService(kids, { active: false });
    const pkg = await createPackage(property, [menu, pool, retired], { bundlePriceMinor: 1000 });

    const key = uniqueId("key");
    const racing = await Promise.all([1, 2, 3].map(() => bookPackageWithChoices(guest, pkg.slug, key, {}, NOW)));
    expect(new Set(racing.map((r) => r.bundleId)).size).toBe(1);
    expect(racing.filter((r) => !r.replayed)).toHaveLength(1);
    expect(racing.every((r) => r.totalMinor === 1000 && r.savingMinor === 200)).toBe(true);
    const rows = await db().select().from(bookings).where(eq(bookings.stayId, stay.id));
    expect(rows.map((r) => [r.serviceId, r.departmentId, r.totalMinor, r.costMinor]).sort()).toEqual(
      [
        [menu.id, kitchen.id, 1000, 400],
        [pool.id, kids.id, 0, 0],
      ].sort(),
    );

    const itemsOnly = await createPackage(property, [menu]);
    await expectAppError(bookPackageWithChoices(guest, itemsOnly.slug, uniqueId("key"), {}, NOW), "not_found");
    const elsewhere = await createPackage(await createProperty(), [], { bundlePriceMinor: 100 });
    await expectAppError(bookPackageWithChoices(guest, elsewhere.slug, uniqueId("key"), {}, NOW), "not_found");
  });
});

describe("reviewPackage: a rental's stock per day", () => {
  it("says before confirming how many are left on each day, and that the rental is sold out when no day has one", async () => {
    const { stroller, pkg, guest } = await packageHotel();
    // Other stays have taken every stroller today.
    await db().insert(rentalDays).values({ serviceId: stroller.id, day: TODAY, capacity: 3, booked: 3 });

    const review = await reviewPackage(guest, pkg.slug, NOW);
    const item = review.items.find((i) => i.slug === stroller.slug)!;
    expect(item.days[0]).toBe(TODAY);
    expect(item.stockLeft[TODAY]).toBe(0);
    expect(item.days.length).toBeGreaterThan(1);
    expect(item.days.slice(1).every((d) => item.stockLeft[d] === 3)).toBe(true);
    expect(item.problem).toBeNull();

    await db().insert(rentalDays).values(item.days.slice(1).map((day) => ({ serviceId: stroller.id, day, capacity: 3, booked: 3 })));
    const soldOut = await reviewPackage(guest, pkg.slug, NOW);
    expect(soldOut.items.find((i) => i.slug === stroller.slug)).toMatchObject({ problem: "sold_out", quote: null });
    expect(soldOut.bookable).toBe(false);
  });
});
