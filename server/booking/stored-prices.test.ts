// Integration tests of the booking engine's data layer (embedded PGlite, or PostgreSQL with DATABASE_URL): what a booking
// stores when it is made — the age-band and family prices, the lines, the party and the tax, the cost to the hotel and
// the answer time promised — and that later catalogue changes leave it as it was.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { departments, services } from "@/db/schema";
import { includedTax } from "@/lib/pricing";
import { bookingById, bookedSeats, createOnRequestService, createPackage, createRentalService, createSession, createTimedService, uniqueId } from "@/tests/factories";
import { addDemoPriceRules, setServicePrice } from "@/tests/factories-engine";
import { engineWeek } from "@/tests/engine-hotel";
import { useTestDatabase } from "@/tests/migrate";
import { bookService } from "./book-service";

useTestDatabase();

// Monday 10 March 2025, 10:00 in Berlin (CET). The stays run Sunday 9 to Sunday 16 March; DAY[1] is Tuesday 11 March.
const { NOW, DAY, inHours, key, hotel, anotherStay } = engineWeek("2025-03-10");

describe("prices stored on the booking", () => {
  it("prices adults and each children's age band, and stores the lines, the party and the tax", async () => {
    // 2 adults, an infant (free), a 7-year-old (half price) and a 13-year-old (full price).
    const { property, department, guest } = await hotel({ adults: 2, childrenAges: [1, 7, 13] });
    await addDemoPriceRules(property);
    const ride = await createTimedService(department, { priceMinor: 3500, priceUnit: "per_person", capacity: 8 });
    const session = await createSession(ride, { startsAt: inHours(4) });

    const result = await bookService(
      guest,
      { serviceSlug: ride.slug, sessionId: session.id, quantity: 5, adults: 2, childAges: [1, 7, 13], idempotencyKey: key() },
      NOW,
    );

    expect(result.totalMinor).toBe(7000 + 0 + 1750 + 3500);
    const row = await bookingById(result.bookingId);
    expect(row.participants).toEqual({ adults: 2, childAges: [1, 7, 13] });
    expect(row.priceLines).toEqual([
      { label: "adults", quantity: 2, unitMinor: 3500, totalMinor: 7000 },
      { label: "child_free", quantity: 1, unitMinor: 0, totalMinor: 0, params: { minAge: 0, maxAge: 3 } },
      { label: "child_band", quantity: 1, unitMinor: 1750, totalMinor: 1750, params: { minAge: 3, maxAge: 12 } },
      { label: "children", quantity: 1, unitMinor: 3500, totalMinor: 3500 },
    ]);
    expect(row.totalMinor).toBe(12_250);
    expect(row.taxMinor).toBe(includedTax(12_250, 1900));
    expect(row.taxMinor).toBe(1956);
    expect(await bookedSeats(session.id)).toBe(5);
  });

  it("prices only the children who take part, eldest first when the guest does not say who", async () => {
    const { property, department, guest } = await hotel({ adults: 1, childrenAges: [2, 9] });
    await addDemoPriceRules(property);
    const party = await createTimedService(department, { priceMinor: 2000, priceUnit: "per_child", capacity: 10 });
    const session = await createSession(party, { startsAt: inHours(5) });

    const result = await bookService(guest, { serviceSlug: party.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);

    const row = await bookingById(result.bookingId);
    expect(row.participants).toEqual({ adults: 0, childAges: [9, 2] });
    expect(row.priceLines.map((l) => [l.label, l.quantity, l.totalMinor])).toEqual([
      ["child_band", 1, 1000],
      ["child_free", 1, 0],
    ]);
    expect(row.totalMinor).toBe(1000);
  });

  it("takes 10 % off family-package items for a party with 3+ children, and nothing else", async () => {
    const { property, department, guest: bigFamily } = await hotel({ adults: 2, childrenAges: [4, 6, 13] });
    const { guest: smallFamily } = await anotherStay(property, { adults: 2, childrenAges: [4, 6] });
    const perPerson = { priceMinor: 2000, priceUnit: "per_person" as const, taxRateBp: 700 };
    const familyItem = await createOnRequestService(department, perPerson);
    const outdoorItem = await createOnRequestService(department, perPerson);
    const looseItem = await createOnRequestService(department, perPerson);
    const family = await createPackage(property, [familyItem], { slug: uniqueId("family") });
    await createPackage(property, [outdoorItem], { slug: uniqueId("outdoor") });
    await addDemoPriceRules(property, family);

    const book = (guest: typeof bigFamily, slug: string) =>
      bookService(guest, { serviceSlug: slug, quantity: 3, adults: 2, childAges: [13], idempotencyKey: key() }, NOW);

    // Family item, 3 children in the party: 2 adults + a 13-year-old at full price = 6 000, less 10 %.
    const discountedRow = await bookingById((await book(bigFamily, familyItem.slug)).bookingId);
    expect(discountedRow.priceLines).toEqual([
      { label: "adults", quantity: 2, unitMinor: 2000, totalMinor: 4000 },
      { label: "children", quantity: 1, unitMinor: 2000, totalMinor: 2000 },
      { label: "family_discount", quantity: 1, unitMinor: -600, totalMinor: -600, params: { percent: 10 } },
    ]);
    expect(discountedRow.totalMinor).toBe(5400);
    expect(discountedRow.taxMinor).toBe(includedTax(5400, 700));

    // An item of another package, or of none: full price even for the big family.
    for (const slug of [outdoorItem.slug, looseItem.slug]) {
      const row = await bookingById((await book(bigFamily, slug)).bookingId);
      expect(row.priceLines.some((l) => l.label === "family_discount")).toBe(false);
      expect(row.totalMinor).toBe(6000);
    }

    // Two children only: no discount on the family item either.
    const small = await bookService(
      smallFamily,
      { serviceSlug: familyItem.slug, quantity: 3, adults: 2, childAges: [6], idempotencyKey: key() },
      NOW,
    );
    const smallRow = await bookingById(small.bookingId);
    expect(smallRow.priceLines.some((l) => l.label === "family_discount")).toBe(false);
    expect(smallRow.totalMinor).toBe(4000 + 1000);
  });

  it("keeps the stored price when the catalogue price changes later", async () => {
    const { department, guest } = await hotel({ adults: 2 });
    const ride = await createTimedService(department, { priceMinor: 3500, confirmation: "instant" });
    const session = await createSession(ride, { startsAt: inHours(4) });
    const result = await bookService(guest, { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);
    const before = await bookingById(result.bookingId);

    await setServicePrice(ride.id, 9900);

    const after = await bookingById(result.bookingId);
    expect(after.priceLines).toEqual(before.priceLines);
    expect([after.totalMinor, after.taxMinor]).toEqual([7000, includedTax(7000, 1900)]);
  });
});

describe("cost stored on the booking", () => {
  it("stores unit cost × people for a session, and keeps it when the catalogue's cost changes later", async () => {
    const { department, guest } = await hotel({ adults: 2 });
    const ride = await createTimedService(department, { priceMinor: 3500, costMinor: 1200, confirmation: "instant" });
    const session = await createSession(ride, { startsAt: inHours(4) });
    const result = await bookService(guest, { serviceSlug: ride.slug, sessionId: session.id, quantity: 2, idempotencyKey: key() }, NOW);
    expect((await bookingById(result.bookingId)).costMinor).toBe(2400);

    await db().update(services).set({ costMinor: 5000 }).where(eq(services.id, ride.id));
    expect((await bookingById(result.bookingId)).costMinor).toBe(2400);
  });

  it("stores the answer time promised when booked (the department's target then), also for package items", async () => {
    const { department, guest } = await hotel();
    await db().update(departments).set({ responseTargetMinutes: 25 }).where(eq(departments.id, department.id));
    const menu = await createOnRequestService(department, { confirmation: "approval" });
    const result = await bookService(guest, { serviceSlug: menu.slug, quantity: 1, idempotencyKey: key() }, NOW);
    await db().update(departments).set({ responseTargetMinutes: 5 }).where(eq(departments.id, department.id));
    expect((await bookingById(result.bookingId)).responseTargetMinutes).toBe(25);
  });

  it("stores unit cost × units × days for a rental, both ends included", async () => {
    const { department, guest } = await hotel();
    const stroller = await createRentalService(department, { costMinor: 300, confirmation: "instant" });
    const result = await bookService(guest, { serviceSlug: stroller.slug, startDay: DAY[1], endDay: DAY[3], quantity: 2, idempotencyKey: key() }, NOW);
    expect((await bookingById(result.bookingId)).costMinor).toBe(300 * 2 * 3);
  });

  it("costs a complimentary item what it costs the hotel, though the guest pays nothing", async () => {
    const { department, guest } = await hotel();
    const crib = await createOnRequestService(department, { complimentary: true, priceMinor: 0, costMinor: 450, confirmation: "instant" });
    const result = await bookService(guest, { serviceSlug: crib.slug, quantity: 1, idempotencyKey: key() }, NOW);
    expect(await bookingById(result.bookingId)).toMatchObject({ totalMinor: 0, costMinor: 450 });
  });
});
