// Integration tests of catalogue management: prices never reach existing bookings, schedule and
// capacity changes reach only untouched future sessions, exceptions, packages, rules, and the manager-only lock.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookings, packageItems, packages, priceRules, rentalDays, serviceSchedules, serviceSessions, services } from "@/db/schema";
import { expectAppError } from "@/tests/expect-app-error";
import {
  BERLIN,
  createDepartment,
  createPackage,
  createProperty,
  createSession,
  createStay,
  createTimedService,
  guestOf,
  uniqueId,
} from "@/tests/factories";
import { auditRowsFor, createActor, createRentalDay, serviceValuesOf } from "@/tests/factories-admin";
import { useTestDatabase } from "@/tests/migrate";
import { localInstant } from "@/lib/time";
import { bookService } from "@/server/booking/book-service";
import { ensureSessionsForDay } from "./sessions";
import { createService, getServiceForEdit, listCatalogue, updateService } from "./manage-services";
import { createPriceRule, updatePriceRule } from "./manage-price-rules";
import { setPackageItems, updatePackage } from "./manage-packages";
import { addException, addScheduleTimes, removeException, removeScheduleTime } from "./manage-schedule";

useTestDatabase();

const NOW = new Date("2026-06-15T08:00:00Z"); // Monday, 10:00 in Berlin
const TUESDAY = "2026-06-16";
const WEDNESDAY = "2026-06-17";
const at = (day: string, time: string) => localInstant(day, time, BERLIN);

/** A hotel with a riding service: Tuesdays 09:00 and 14:00, 6 seats, €35 per person. */
async function hotel() {
  const property = await createProperty();
  const dept = await createDepartment(property, { name: "Stables" });
  const riding = await createTimedService(dept, {
    capacity: 6,
    schedule: [
      { weekday: 2, startTime: "09:00" },
      { weekday: 2, startTime: "14:00" },
    ],
  });
  const manager = await createActor(property, "manager");
  return { property, dept, riding, manager };
}

async function sessionRow(id: string) {
  const [row] = await db().select().from(serviceSessions).where(eq(serviceSessions.id, id));
  return row;
}

async function sessionsOn(serviceId: string) {
  return db()
    .select({ startsAt: serviceSessions.startsAt, capacity: serviceSessions.capacity, booked: serviceSessions.booked })
    .from(serviceSessions)
    .where(eq(serviceSessions.serviceId, serviceId))
    .orderBy(serviceSessions.startsAt);
}

describe("prices", () => {
  it("a new price reaches new bookings only: existing bookings keep their total, tax and lines", async () => {
    const h = await hotel();
    const session = await createSession(h.riding, { startsAt: at(TUESDAY, "09:00") });
    const stay = await createStay(h.property, { now: NOW, adults: 4 });
    const first = await bookService(guestOf(stay), { serviceSlug: h.riding.slug, sessionId: session.id, quantity: 2, idempotencyKey: uniqueId("k") }, NOW);
    const [before] = await db().select().from(bookings).where(eq(bookings.id, first.bookingId));
    expect(before.totalMinor).toBe(7000);

    const result = await updateService(h.manager, h.riding.id, { ...serviceValuesOf(h.riding), priceMinor: 5000, taxRateBp: 700, costMinor: 2500 }, NOW);
    expect(result.changed.sort()).toEqual(["costMinor", "priceMinor", "taxRateBp"]);

    const [after] = await db().select().from(bookings).where(eq(bookings.id, first.bookingId));
    expect(after).toEqual(before);

    const second = await bookService(guestOf(stay), { serviceSlug: h.riding.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("k") }, NOW);
    expect(second.totalMinor).toBe(5000);

    const [audit] = await auditRowsFor(h.riding.id);
    expect(audit).toMatchObject({ action: "catalogue.service.update", outcome: "ok", actorId: h.manager.staffId, role: "manager", actorKind: "staff" });
    expect(audit.detail).toMatchObject({ changes: { priceMinor: { from: 3500, to: 5000 }, taxRateBp: { from: 1900, to: 700 } } });
  });

  it("saving unchanged values changes nothing and writes no audit row", async () => {
    const h = await hotel();
    // jsonb returns the keys of a text in its own order: that is no change either.
    await db().update(services).set({ name: { hu: "Lovaglás", en: "Riding" } }).where(eq(services.id, h.riding.id));
    const result = await updateService(h.manager, h.riding.id, { ...serviceValuesOf(h.riding), name: { en: "Riding", hu: "Lovaglás" } }, NOW);
    expect(result).toEqual({ changed: [], sync: null });
    expect(await auditRowsFor(h.riding.id)).toHaveLength(0);
  });

  it("stores translations and refuses a department of another property", async () => {
    const h = await hotel();
    const other = await createDepartment(await createProperty());
    await expectAppError(updateService(h.manager, h.riding.id, { ...serviceValuesOf(h.riding), departmentId: other.id }, NOW), "input:invalid");
    await updateService(h.manager, h.riding.id, { ...serviceValuesOf(h.riding), name: { en: "Horse riding", hu: "Lovaglás" } }, NOW);
    const edit = await getServiceForEdit(h.manager, h.riding.id);
    expect(edit?.service.name).toEqual({ en: "Horse riding", hu: "Lovaglás" });
  });
});

describe("schedule and capacity reach only untouched future sessions", () => {
  it("removing a start time deletes its empty future sessions; booked and past ones stay", async () => {
    const h = await hotel();
    const past = await createSession(h.riding, { startsAt: at("2026-06-15", "09:00") }); // before NOW
    const booked = await createSession(h.riding, { startsAt: at(TUESDAY, "09:00"), booked: 2 });
    const empty = await createSession(h.riding, { startsAt: at(TUESDAY, "14:00") });
    const [rule] = await db()
      .select()
      .from(serviceSchedules)
      .where(and(eq(serviceSchedules.serviceId, h.riding.id), eq(serviceSchedules.startTime, "14:00")));

    const { sync } = await removeScheduleTime(h.manager, h.riding.id, rule.id, NOW);
    expect(sync).toEqual({ updated: 0, deleted: 1, inserted: 0, keptWithBookings: 1 });
    expect(await sessionRow(empty.id)).toBeUndefined();
    expect(await sessionRow(booked.id)).toMatchObject({ capacity: 6, booked: 2 });
    expect(await sessionRow(past.id)).toMatchObject({ capacity: 6, booked: 0 });

    // Removing the 09:00 start too leaves the booked session exactly as it was.
    const [nine] = await db().select().from(serviceSchedules).where(eq(serviceSchedules.serviceId, h.riding.id));
    await removeScheduleTime(h.manager, h.riding.id, nine.id, NOW);
    expect(await sessionRow(booked.id)).toMatchObject({ startsAt: booked.startsAt, capacity: 6, booked: 2 });
  });

  it("new seats and length apply to empty future sessions; booked, past and other services' sessions keep theirs", async () => {
    const h = await hotel();
    const past = await createSession(h.riding, { startsAt: at("2026-06-15", "09:00") });
    const booked = await createSession(h.riding, { startsAt: at(TUESDAY, "09:00"), booked: 4 });
    const empty = await createSession(h.riding, { startsAt: at(TUESDAY, "14:00") });
    const otherService = await createTimedService(h.dept, { capacity: 6, schedule: [{ weekday: 2, startTime: "14:00" }] });
    const otherSession = await createSession(otherService, { startsAt: at(TUESDAY, "14:00") });

    const { sync } = await updateService(h.manager, h.riding.id, { ...serviceValuesOf(h.riding), capacity: 2, durationMinutes: 90 }, NOW);
    expect(sync).toEqual({ updated: 1, deleted: 0, inserted: 0, keptWithBookings: 1 });
    expect(await sessionRow(empty.id)).toMatchObject({ capacity: 2, endsAt: new Date(at(TUESDAY, "14:00").getTime() + 90 * 60_000) });
    // Capacity never goes below booked: the session with 4 booked keeps its 6 seats.
    expect(await sessionRow(booked.id)).toMatchObject({ capacity: 6, booked: 4, endsAt: booked.endsAt });
    expect(await sessionRow(past.id)).toMatchObject({ capacity: 6 });
    expect(await sessionRow(otherSession.id)).toMatchObject({ capacity: 6 });
  });

  it("the database itself refuses a capacity below booked", async () => {
    const h = await hotel();
    const booked = await createSession(h.riding, { startsAt: at(TUESDAY, "09:00"), booked: 4 });
    await expect(db().update(serviceSessions).set({ capacity: 3 }).where(eq(serviceSessions.id, booked.id))).rejects.toThrow();
  });

  it("a new rental stock applies to coming days where no more than that is booked", async () => {
    const h = await hotel();
    const stroller = await createTimedService(h.dept, { mode: "rental", capacity: 5, durationMinutes: null, priceUnit: "per_day" });
    await createRentalDay(stroller, "2026-06-14", 5, 0); // yesterday: history stays
    await createRentalDay(stroller, TUESDAY, 5, 3);
    await createRentalDay(stroller, WEDNESDAY, 5, 1);
    const { sync } = await updateService(h.manager, stroller.id, { ...serviceValuesOf(stroller), capacity: 2 }, NOW);
    expect(sync).toEqual({ updated: 1, deleted: 0, inserted: 0, keptWithBookings: 1 });
    const days = await db().select({ day: rentalDays.day, capacity: rentalDays.capacity, booked: rentalDays.booked }).from(rentalDays).where(eq(rentalDays.serviceId, stroller.id)).orderBy(rentalDays.day);
    expect(days).toEqual([
      { day: "2026-06-14", capacity: 5, booked: 0 },
      { day: TUESDAY, capacity: 5, booked: 3 },
      { day: WEDNESDAY, capacity: 2, booked: 1 },
    ]);
  });

  it("adding a start time on several weekdays", async () => {
    const h = await hotel();
    const { added } = await addScheduleTimes(h.manager, h.riding.id, { weekdays: [2, 3], startTime: "16:00", capacity: 4 }, NOW);
    expect(added).toBe(2);
    // The same again adds nothing.
    expect((await addScheduleTimes(h.manager, h.riding.id, { weekdays: [2], startTime: "16:00", capacity: null }, NOW)).added).toBe(0);
    await ensureSessionsForDay(db(), h.riding, WEDNESDAY, BERLIN);
    expect(await sessionsOn(h.riding.id)).toEqual([{ startsAt: at(WEDNESDAY, "16:00"), capacity: 4, booked: 0 }]);
  });
});

describe("exceptions", () => {
  it("closing a day closes its empty sessions for good, keeps booked ones, and re-opens when removed", async () => {
    const h = await hotel();
    const booked = await createSession(h.riding, { startsAt: at(TUESDAY, "09:00"), booked: 1 });
    const { sync } = await addException(h.manager, h.riding.id, { day: TUESDAY, startTime: null, closed: true, capacity: null, note: "Vet visit" }, NOW);
    // 14:00 had no row yet: a closed one is written so that it is not made on demand later.
    expect(sync).toEqual({ updated: 0, deleted: 0, inserted: 1, keptWithBookings: 1 });
    await ensureSessionsForDay(db(), h.riding, TUESDAY, BERLIN);
    expect(await sessionsOn(h.riding.id)).toEqual([
      { startsAt: at(TUESDAY, "09:00"), capacity: 6, booked: 1 },
      { startsAt: at(TUESDAY, "14:00"), capacity: 0, booked: 0 },
    ]);
    expect(await sessionRow(booked.id)).toMatchObject({ capacity: 6, booked: 1 });

    const edit = await getServiceForEdit(h.manager, h.riding.id, NOW);
    const [exception] = edit!.exceptions;
    expect(exception).toMatchObject({ day: TUESDAY, startTime: null, closed: true, note: "Vet visit" });
    await removeException(h.manager, h.riding.id, exception.id, NOW);
    expect((await sessionsOn(h.riding.id))[1]).toEqual({ startsAt: at(TUESDAY, "14:00"), capacity: 6, booked: 0 });
  });

  it("an extra session appears at once with its own seats; past days are refused", async () => {
    const h = await hotel();
    await addException(h.manager, h.riding.id, { day: WEDNESDAY, startTime: "20:00", closed: false, capacity: 12, note: null }, NOW);
    expect(await sessionsOn(h.riding.id)).toEqual([{ startsAt: at(WEDNESDAY, "20:00"), capacity: 12, booked: 0 }]);
    await expectAppError(
      addException(h.manager, h.riding.id, { day: "2026-06-14", startTime: null, closed: true, capacity: null, note: null }, NOW),
      "input:invalid",
    );
    const audit = await auditRowsFor(h.riding.id);
    expect(audit.map((a) => a.action)).toEqual(["catalogue.exception.add"]);
  });
});

describe("packages, new services and price rules", () => {
  it("creates a service as the last item of a package, refuses a taken slug, edits the package and its items", async () => {
    const h = await hotel();
    const pkg = await createPackage(h.property, [h.riding], { bundlePriceMinor: 9900 });
    const values = { ...serviceValuesOf(h.riding), name: { en: "Lantern walk" } };
    const created = await createService(h.manager, { ...values, packageId: pkg.id, slug: uniqueId("lantern"), mode: "timed" });
    const items = await db().select().from(packageItems).where(eq(packageItems.packageId, pkg.id)).orderBy(packageItems.sortOrder);
    expect(items.map((i) => i.serviceId)).toEqual([h.riding.id, created.id]);
    await expectAppError(createService(h.manager, { ...values, packageId: pkg.id, slug: created.slug, mode: "timed" }), "input:invalid");

    await updatePackage(h.manager, pkg.id, { name: { en: "Evenings", hu: "Esték" }, description: pkg.description, bundlePriceMinor: null, sortOrder: 5, active: false });
    const [saved] = await db().select().from(packages).where(eq(packages.id, pkg.id));
    expect(saved).toMatchObject({ name: { en: "Evenings", hu: "Esték" }, bundlePriceMinor: null, active: false });

    expect(await setPackageItems(h.manager, pkg.id, [created.id])).toEqual({ added: 0, removed: 1 });
    const foreign = await createTimedService(await createDepartment(await createProperty()));
    await expectAppError(setPackageItems(h.manager, pkg.id, [foreign.id]), "input:invalid");

    const catalogue = await listCatalogue(h.manager);
    expect(catalogue.packages.find((p) => p.id === pkg.id)?.items.map((i) => i.id)).toEqual([created.id]);
    expect((await auditRowsFor(pkg.id)).map((a) => a.action)).toEqual(["catalogue.package.items", "catalogue.package.update"]);
  });

  it("creates and edits age bands and family discounts", async () => {
    const h = await hotel();
    const pkg = await createPackage(h.property);
    const band = await createPriceRule(h.manager, {
      kind: "age_band",
      label: { en: "Children 3–11" },
      minAge: 3,
      maxAge: 12,
      minChildren: null,
      packageId: null,
      discountBp: 5000,
      active: true,
    });
    await updatePriceRule(h.manager, band.id, { kind: "age_band", label: { en: "Children 3–11" }, minAge: 3, maxAge: 12, minChildren: null, packageId: null, discountBp: 4000, active: true });
    const [rule] = await db().select().from(priceRules).where(eq(priceRules.id, band.id));
    expect(rule.discountBp).toBe(4000);
    // The kind is fixed once created; a package of another property is refused.
    await expectAppError(
      updatePriceRule(h.manager, band.id, { kind: "family_discount", label: { en: "x" }, minAge: null, maxAge: null, minChildren: 3, packageId: pkg.id, discountBp: 1000, active: true }),
      "input:invalid",
    );
    const foreignPkg = await createPackage(await createProperty());
    await expectAppError(
      createPriceRule(h.manager, { kind: "family_discount", label: { en: "x" }, minAge: null, maxAge: null, minChildren: 3, packageId: foreignPkg.id, discountBp: 1000, active: true }),
      "input:invalid",
    );
    expect((await auditRowsFor(band.id)).map((a) => a.detail)).toEqual([
      { changes: { discountBp: { from: 5000, to: 4000 } } },
      expect.objectContaining({ values: expect.objectContaining({ discountBp: 5000 }) }),
    ]);
  });
});

describe("only a manager of the property", () => {
  it("refuses reception and department staff, records the denial, and changes nothing", async () => {
    const h = await hotel();
    const pkg = await createPackage(h.property, [h.riding]);
    for (const role of ["reception", "department"] as const) {
      const actor = await createActor(h.property, role);
      await expectAppError(updateService(actor, h.riding.id, { ...serviceValuesOf(h.riding), priceMinor: 1 }, NOW), "auth:forbidden");
      await expectAppError(addScheduleTimes(actor, h.riding.id, { weekdays: [1], startTime: "08:00", capacity: null }, NOW), "auth:forbidden");
      await expectAppError(
        addException(actor, h.riding.id, { day: TUESDAY, startTime: null, closed: true, capacity: null, note: null }, NOW),
        "auth:forbidden",
      );
      await expectAppError(updatePackage(actor, pkg.id, { name: { en: "x" }, description: { en: "x" }, bundlePriceMinor: 1, sortOrder: 0, active: true }), "auth:forbidden");
      await expectAppError(setPackageItems(actor, pkg.id, []), "auth:forbidden");
      await expectAppError(listCatalogue(actor), "auth:forbidden");
    }
    const [riding] = await db().select().from(services).where(eq(services.id, h.riding.id));
    expect(riding.priceMinor).toBe(3500);
    expect(await db().select().from(serviceSchedules).where(eq(serviceSchedules.serviceId, h.riding.id))).toHaveLength(2);
    expect(await db().select().from(packageItems).where(eq(packageItems.packageId, pkg.id))).toHaveLength(1);
    const denials = await auditRowsFor(h.riding.id);
    expect(denials.length).toBeGreaterThanOrEqual(6);
    expect(denials.every((d) => d.outcome === "denied")).toBe(true);
  });

  it("a manager of another property finds nothing to change", async () => {
    const h = await hotel();
    const stranger = await createActor(await createProperty(), "manager");
    await expectAppError(updateService(stranger, h.riding.id, serviceValuesOf(h.riding), NOW), "not_found");
    await expectAppError(removeScheduleTime(stranger, h.riding.id, crypto.randomUUID(), NOW), "not_found");
    expect(await getServiceForEdit(stranger, h.riding.id)).toBeNull();
  });
});
