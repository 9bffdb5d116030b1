// Booking a whole package through the REST route (POST /api/v1/packages/{slug}/bookings), calling the real handler as
// a signed-in guest: each item at its own price with the bundle saving as its own line, the guest's choices per item
// in the body, all or nothing; an item that needs a choice and has none is a 422 naming it, and nothing is booked.
// Only Auth.js's cookie reading is replaced (as in the access matrix): everything after it is the real code.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { bookings, rentalDays } from "@/db/schema";
import { env } from "@/lib/env";
import { createAuthSession } from "@/server/auth/sessions";
import { reviewPackage } from "@/server/booking/package-plan";
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
import { useTestDatabase } from "@/tests/migrate";

const browser = vi.hoisted(() => ({ token: null as null | { kind: "guest"; sid: string; subjectId: string } }));
vi.mock("@/app/_server/session-token", () => ({ readSessionToken: async () => browser.token }));

useTestDatabase();

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let POST: Handler;

beforeAll(async () => {
  POST = (await import("@/app/api/v1/packages/[slug]/bookings/route")).POST as Handler;
});

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000);

/** A guest's stay with a package of a rental (€8 a day) and a timed tour (€35 a person, two adults), bundled at €50. */
async function packageHotel() {
  const property = await createProperty();
  const department = await createDepartment(property);
  const stay = await createStay(property);
  const stroller = await createRentalService(department, { capacity: 3 });
  const tour = await createTimedService(department);
  const pkg = await createPackage(property, [stroller, tour], { bundlePriceMinor: 5000 });
  const session = await createSession(tour, { startsAt: inHours(6), capacity: 6 });
  const guest = guestOf(stay);
  const review = await reviewPackage(guest, pkg.slug);
  const day = review.items.find((i) => i.slug === stroller.slug)!.days[0];
  const token = { kind: "guest" as const, sid: await createAuthSession("guest", stay.id), subjectId: stay.id };
  return { stay, stroller, tour, pkg, session, day, token };
}

async function book(token: { kind: "guest"; sid: string; subjectId: string }, slug: string, key: string, body?: unknown) {
  const headers: Record<string, string> = { origin: new URL(env().PUBLIC_URL).origin, host: "localhost", "content-type": "application/json", "idempotency-key": key };
  browser.token = token;
  try {
    const request = new Request(`http://localhost/api/v1/packages/${slug}/bookings`, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const res = await POST(request, { params: Promise.resolve({ slug }) });
    return { status: res.status, body: await res.json() };
  } finally {
    browser.token = null;
  }
}

const bookingsOf = (stayId: string) => db().select().from(bookings).where(eq(bookings.stayId, stayId));

describe("REST: book a whole package with choices", () => {
  it("books each item with its choice at its own price, the saving as one line, the stay paying the bundle price", async () => {
    const { stay, stroller, tour, pkg, session, day, token } = await packageHotel();
    const key = uniqueId("key");
    const items = { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { sessionId: session.id } };
    const res = await book(token, pkg.slug, key, { items });
    expect(res.status).toBe(201);
    expect(res.body.bundle).toMatchObject({ totalMinor: 5000, savingMinor: 2800, replayed: false });
    const rows = await bookingsOf(stay.id);
    expect(rows).toHaveLength(2);
    // No odd shares: the rental at its own €8, the tour at its own €70 less the whole saving on one line.
    expect(rows.find((r) => r.serviceId === stroller.id)).toMatchObject({ totalMinor: 800, startDay: day, endDay: day });
    const tourRow = rows.find((r) => r.serviceId === tour.id)!;
    expect(tourRow).toMatchObject({ sessionId: session.id, scheduledAt: session.startsAt, totalMinor: 4200 });
    expect(tourRow.priceLines).toEqual([
      { label: "adults", quantity: 2, unitMinor: 3500, totalMinor: 7000 },
      { label: "bundle_saving", quantity: 1, unitMinor: -2800, totalMinor: -2800 },
    ]);
    expect(rows.flatMap((r) => r.priceLines.map((l) => l.label))).not.toContain("bundle_share");
    expect(await bookedSeats(session.id)).toBe(2);

    const again = await book(token, pkg.slug, key, { items });
    expect(again.status).toBe(200);
    expect(again.body.bundle).toMatchObject({ bundleId: res.body.bundle.bundleId, replayed: true, totalMinor: 5000 });
    expect(await bookingsOf(stay.id)).toHaveLength(2);
  });

  it("the old body (none) names every item that needs a choice in one 422, and books nothing", async () => {
    const { stay, stroller, tour, pkg, token } = await packageHotel();
    const res = await book(token, pkg.slug, uniqueId("key"));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: "input:invalid" });
    expect(res.body.errors).toEqual({ [`items.${tour.slug}.sessionId`]: ["validation.choose_time"], [`items.${stroller.slug}.startDay`]: ["validation.choose_days"] });
    expect(await bookingsOf(stay.id)).toHaveLength(0);
  });

  it("a package whose items need no choice books with the old body, each at its own price", async () => {
    const property = await createProperty();
    const department = await createDepartment(property);
    const stay = await createStay(property);
    const a = await createOnRequestService(department, { priceMinor: 3000, priceUnit: "per_booking" });
    const b = await createOnRequestService(department, { priceMinor: 2000, priceUnit: "per_booking" });
    const pkg = await createPackage(property, [a, b], { bundlePriceMinor: 4500 });
    const token = { kind: "guest" as const, sid: await createAuthSession("guest", stay.id), subjectId: stay.id };
    const res = await book(token, pkg.slug, uniqueId("key"));
    expect(res.status).toBe(201);
    expect(res.body.bundle).toMatchObject({ totalMinor: 4500, savingMinor: 500 });
    const rows = await bookingsOf(stay.id);
    expect(rows.map((r) => r.totalMinor).sort()).toEqual([2000, 2500]);
  });

  it("bad input is a 4xx with a stable code and books nothing", async () => {
    const { stay, stroller, tour, pkg, session, day, token } = await packageHotel();
    const cases: { body: unknown; status: number; code: string; field?: string }[] = [
      { body: { items: { [tour.slug]: { sessionId: "not-a-uuid" } } }, status: 422, code: "input:invalid", field: "items" },
      { body: { items: { [stroller.slug]: { startDay: "15/06/2026", endDay: day } } }, status: 422, code: "input:invalid", field: "items" },
      { body: { items: { [tour.slug]: { sessionId: session.id, price: 0 } } }, status: 422, code: "input:invalid" },
      { body: { price: 0 }, status: 422, code: "input:invalid" },
      {
        body: { items: { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { sessionId: session.id }, "no-such-item": { sessionId: session.id } } },
        status: 422,
        code: "input:invalid",
        field: "items.no-such-item",
      },
      { body: { items: { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { startDay: day, endDay: day } } }, status: 422, code: "input:invalid", field: `items.${tour.slug}.sessionId` },
      { body: { items: { [stroller.slug]: { startDay: "2020-01-01", endDay: "2020-01-02" }, [tour.slug]: { sessionId: session.id } } }, status: 422, code: "booking:not_bookable" },
      { body: { items: { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { sessionId: crypto.randomUUID() } } }, status: 404, code: "not_found" },
    ];
    for (const c of cases) {
      const res = await book(token, pkg.slug, uniqueId("key"), c.body);
      expect({ body: c.body, status: res.status, code: res.body.code }).toEqual({ body: c.body, status: c.status, code: c.code });
      if (c.field) expect(Object.keys(res.body.errors ?? {})).toContain(c.field);
    }
    expect(await bookingsOf(stay.id)).toHaveLength(0);
    expect(await bookedSeats(session.id)).toBe(0);
    expect((await db().select().from(rentalDays).where(eq(rentalDays.serviceId, stroller.id))).every((d) => d.booked === 0)).toBe(true);
  });

  it("the same key with other choices is refused (idempotency:mismatch), not answered with the first bundle", async () => {
    const { stroller, tour, pkg, session, day, token } = await packageHotel();
    const later = await createSession(tour, { startsAt: inHours(8), capacity: 6 });
    const key = uniqueId("key");
    const first = await book(token, pkg.slug, key, { items: { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { sessionId: session.id } } });
    expect(first.status).toBe(201);
    const other = await book(token, pkg.slug, key, { items: { [stroller.slug]: { startDay: day, endDay: day }, [tour.slug]: { sessionId: later.id } } });
    expect(other).toMatchObject({ status: 422, body: { code: "idempotency:mismatch" } });
    expect(await bookedSeats(later.id)).toBe(0);
  });
});
