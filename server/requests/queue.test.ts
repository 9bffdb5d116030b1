// Integration tests of the staff side: the request queue's scope, order, filters and pages, and status changes.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { statementsOf } from "@/tests/statements";
import { bookingEvents, bookings } from "@/db/schema";
import { AppError } from "@/lib/errors";
import {
  bookedSeats,
  bookingById,
  createDepartment,
  createOnRequestService,
  createProperty,
  createSession,
  createStaff,
  createStay,
  createTimedService,
  guestOf,
  uniqueId,
} from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { bookService } from "@/server/booking/book-service";
import { applyStaffAction } from "./transitions";
import { getRequestForStaff } from "./detail";
import { handOverRequest } from "./changes";
import { addInternalNote, postGuestMessage, postStaffMessage } from "./thread";
import { departments, stays } from "@/db/schema";
import { listQueue, listQueuePage, loadQueuePage, QUEUE_PAGE_SIZE } from "./queue";
import { catalogueCacheReady } from "@/server/catalogue/catalogue-cache";

useTestDatabase();

const NOW = new Date("2026-06-15T08:00:00Z"); // Monday, 10:00 in Berlin
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

/**
 * A property with a spa (timed rides, 6 seats) and a kitchen (room service), a stay,
 * and one helper to book either.
 */
async function hotel() {
  const property = await createProperty();
  const spa = await createDepartment(property, { name: "Spa" });
  const kitchen = await createDepartment(property, { name: "Kitchen" });
  const massage = await createTimedService(spa, { capacity: 6 });
  const session = await createSession(massage, { startsAt: inHours(4), capacity: 6 });
  const breakfast = await createOnRequestService(kitchen);
  const stay = await createStay(property, { now: NOW, adults: 4 });
  const bookMassage = async (quantity = 2, onStay = stay) =>
    (
      await bookService(
        guestOf(onStay),
        { serviceSlug: massage.slug, sessionId: session.id, quantity, idempotencyKey: uniqueId("key") },
        NOW,
      )
    ).bookingId;
  const bookBreakfast = async (onStay = stay) =>
    (await bookService(guestOf(onStay), { serviceSlug: breakfast.slug, quantity: 1, idempotencyKey: uniqueId("key") }, NOW)).bookingId;
  return { property, spa, kitchen, massage, session, breakfast, stay, bookMassage, bookBreakfast };
}

async function staffEvents(bookingId: string) {
  return db()
    .select()
    .from(bookingEvents)
    .where(and(eq(bookingEvents.bookingId, bookingId), eq(bookingEvents.actorKind, "staff")));
}

async function setCreatedAt(bookingId: string, iso: string) {
  await db().update(bookings).set({ createdAt: new Date(iso) }).where(eq(bookings.id, bookingId));
}

describe("listQueue scope", () => {
  it("shows department staff only their departments, reception and the manager the whole property, nobody another property", async () => {
    const h = await hotel();
    const massageId = await h.bookMassage();
    const breakfastId = await h.bookBreakfast();
    const other = await hotel();
    const foreignMassage = await other.bookMassage();
    const foreignBreakfast = await other.bookBreakfast();

    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    const kitchenStaff = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    const bothStaff = await createStaff(h.property, { role: "department", departments: [h.spa, h.kitchen] });
    const noDepartments = await createStaff(h.property, { role: "department" });
    const reception = await createStaff(h.property, { role: "reception" });
    const manager = await createStaff(h.property, { role: "manager" });

    const ids = async (staff: Parameters<typeof listQueue>[0]) => (await listQueue(staff)).map((r) => r.id).sort();
    expect(await ids(spaStaff)).toEqual([massageId]);
    expect(await ids(kitchenStaff)).toEqual([breakfastId]);
    expect(await ids(bothStaff)).toEqual([massageId, breakfastId].sort());
    expect(await ids(noDepartments)).toEqual([]);
    expect(await ids(reception)).toEqual([massageId, breakfastId].sort());
    expect(await ids(manager)).toEqual([massageId, breakfastId].sort());

    const everything = [...(await ids(reception)), ...(await ids(spaStaff)), ...(await ids(kitchenStaff))];
    expect(everything).not.toContain(foreignMassage);
    expect(everything).not.toContain(foreignBreakfast);
  });

  it("ignores a department of another property smuggled into the staff reference", async () => {
    const h = await hotel();
    const other = await hotel();
    await other.bookMassage();
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    const forged = { ...spaStaff, departmentIds: [...spaStaff.departmentIds, other.spa.id] };
    expect(await listQueue(forged)).toEqual([]);
  });

  it("lists open requests only unless asked for other statuses", async () => {
    const h = await hotel();
    const open = await h.bookMassage(1);
    const declined = await h.bookMassage(1);
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, declined, "decline", "Therapist ill");

    expect((await listQueue(reception)).map((r) => r.id)).toEqual([open]);
    expect((await listQueue(reception, { statuses: ["declined"] })).map((r) => r.id)).toEqual([declined]);
  });
});

describe("listQueue order", () => {
  it("puts VIP stays first, then the longest waiting", async () => {
    const h = await hotel();
    const vip = await createStay(h.property, { now: NOW, vip: true, adults: 2 });
    const oldRegular = await h.bookBreakfast();
    const newRegular = await h.bookBreakfast();
    const oldVip = await h.bookBreakfast(vip);
    const newVip = await h.bookBreakfast(vip);
    await setCreatedAt(oldRegular, "2026-06-15T07:00:00Z");
    await setCreatedAt(newRegular, "2026-06-15T07:50:00Z");
    await setCreatedAt(oldVip, "2026-06-15T07:20:00Z");
    await setCreatedAt(newVip, "2026-06-15T07:55:00Z");

    const reception = await createStaff(h.property, { role: "reception" });
    const queue = await listQueue(reception);
    expect(queue.map((r) => r.id)).toEqual([oldVip, newVip, oldRegular, newRegular]);
    expect(queue.map((r) => r.vip)).toEqual([true, true, false, false]);
  });
});

/** An instant `minutes` before the database's (and this process's) clock: "overdue" is measured against now(). */
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function queueKeys(bookingId: string) {
  const [row] = await db()
    .select({ vip: bookings.vip, responseDueAt: bookings.responseDueAt, guestWroteAt: bookings.guestWroteAt, queueRank: bookings.queueRank })
    .from(bookings)
    .where(eq(bookings.id, bookingId));
  return row;
}

describe("listQueue order: what needs action first (issue 11.5)", () => {
  it("overdue, then awaiting an answer, then the guest wrote last, then the rest; VIP first in each, then the longest waiting", async () => {
    const h = await hotel(); // the kitchen answers within 15 minutes
    const vip = await createStay(h.property, { now: NOW, vip: true, adults: 2 });
    const reception = await createStaff(h.property, { role: "reception" });
    const guest = { ...guestOf(h.stay), guestName: h.stay.guestName };
    const vipGuest = { ...guestOf(vip), guestName: vip.guestName };

    const answeredLongAgo = await h.bookBreakfast();
    await setCreatedAt(answeredLongAgo, minutesAgo(300));
    await applyStaffAction(reception, answeredLongAgo, "confirm");
    const guestWrote = await h.bookBreakfast();
    const guestWroteVip = await h.bookBreakfast(vip);
    for (const id of [guestWrote, guestWroteVip]) {
      await setCreatedAt(id, minutesAgo(240));
      await applyStaffAction(reception, id, "confirm");
    }
    await postGuestMessage(guest, guestWrote, "Could it come at nine instead?");
    await postGuestMessage(vipGuest, guestWroteVip, "Gluten-free, please.");
    const awaiting = await h.bookBreakfast();
    const awaitingVip = await h.bookBreakfast(vip);
    await setCreatedAt(awaiting, minutesAgo(5));
    await setCreatedAt(awaitingVip, minutesAgo(2));
    const overdueOldest = await h.bookBreakfast();
    const overdueVip = await h.bookBreakfast(vip);
    const overdueNewer = await h.bookBreakfast();
    await setCreatedAt(overdueOldest, minutesAgo(60));
    await setCreatedAt(overdueVip, minutesAgo(20));
    await setCreatedAt(overdueNewer, minutesAgo(30));

    const expected = [overdueVip, overdueOldest, overdueNewer, awaitingVip, awaiting, guestWroteVip, guestWrote, answeredLongAgo];
    expect((await listQueue(reception)).map((r) => r.id)).toEqual(expected);
    // The same order page by page.
    const pages = [];
    for (let offset = 0; offset < expected.length; offset += 3) pages.push(...(await listQueue(reception, { limit: 3, offset })));
    expect(pages.map((r) => r.id)).toEqual(expected);
    expect((await listQueuePage(reception, {})).rows.map((r) => r.awaitingReply)).toEqual([false, false, false, false, false, true, true, false]);

    // Closed requests come after every open one when the filter shows them.
    await applyStaffAction(reception, overdueOldest, "decline", "Kitchen closed");
    const withClosed = await listQueue(reception, { statuses: ["requested", "confirmed", "declined"] });
    expect(withClosed.map((r) => r.id)).toEqual([...expected.filter((id) => id !== overdueOldest), overdueOldest]);
  });

  it("keeps the stored keys in step: a stay's VIP flag, the department's target, a hand-over, who wrote last", async () => {
    const h = await hotel();
    const reception = await createStaff(h.property, { role: "reception" });
    const id = await h.bookBreakfast();
    await setCreatedAt(id, minutesAgo(10));
    const made = Date.now() - 10 * 60_000;
    const due = async () => (await queueKeys(id)).responseDueAt!.getTime();
    expect(Math.abs((await due()) - (made + 15 * 60_000))).toBeLessThan(1000);
    expect(await queueKeys(id)).toMatchObject({ vip: false, guestWroteAt: null, queueRank: 0 });

    // The stay becomes VIP: its requests follow.
    await db().update(stays).set({ vip: true }).where(eq(stays.id, h.stay.id));
    expect((await queueKeys(id)).vip).toBe(true);
    expect((await listQueue(reception))[0]).toMatchObject({ id, vip: true });

    // The kitchen's target drops to 5 minutes: the 10-minute-old request is overdue now, in the queue too.
    const other = await h.bookBreakfast();
    await setCreatedAt(other, minutesAgo(8));
    await db().update(stays).set({ vip: false }).where(eq(stays.id, h.stay.id));
    expect((await listQueue(reception)).map((r) => r.id)).toEqual([id, other]);
    await db().update(departments).set({ responseTargetMinutes: 5 }).where(eq(departments.id, h.kitchen.id));
    expect(Math.abs((await due()) - (made + 5 * 60_000))).toBeLessThan(1000);

    // Handed over to the spa (target 60): the deadline is the spa's.
    await db().update(departments).set({ responseTargetMinutes: 60 }).where(eq(departments.id, h.spa.id));
    await handOverRequest(reception, id, { departmentId: h.spa.id, expectedDepartmentId: h.kitchen.id });
    expect(Math.abs((await due()) - (made + 60 * 60_000))).toBeLessThan(1000);
    // Now the other one (overdue against the kitchen's 5 minutes) comes before it (awaiting against the spa's 60).
    expect((await listQueue(reception)).map((r) => r.id)).toEqual([other, id]);

    // Messages: the guest's sets it, an internal note leaves it, staff's answer clears it.
    await applyStaffAction(reception, id, "confirm");
    expect((await queueKeys(id)).queueRank).toBe(2);
    await postGuestMessage({ ...guestOf(h.stay), guestName: h.stay.guestName }, id, "Extra towels, please.");
    expect(await queueKeys(id)).toMatchObject({ queueRank: 1, guestWroteAt: expect.any(Date) });
    await addInternalNote(reception, id, "Housekeeping informed");
    expect((await queueKeys(id)).guestWroteAt).not.toBeNull();
    await postStaffMessage(reception, id, "On their way.");
    expect(await queueKeys(id)).toMatchObject({ queueRank: 2, guestWroteAt: null });
  });
});

describe("applyStaffAction", () => {
  it("confirm, start and fulfil each write an event with from, to and the actor", async () => {
    const h = await hotel();
    const id = await h.bookMassage(2);
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa], name: "Ada Spa" });

    expect(await applyStaffAction(spaStaff, id, "confirm")).toEqual({ status: "confirmed" });
    const confirmed = await bookingById(id);
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.respondedAt).toBeInstanceOf(Date);

    expect(await applyStaffAction(spaStaff, id, "start")).toEqual({ status: "in_progress" });
    expect(await applyStaffAction(spaStaff, id, "fulfil")).toEqual({ status: "fulfilled" });
    const fulfilled = await bookingById(id);
    expect(fulfilled.status).toBe("fulfilled");
    expect(fulfilled.fulfilledAt).toBeInstanceOf(Date);
    expect(fulfilled.respondedAt?.getTime()).toBe(confirmed.respondedAt?.getTime());

    const events = await staffEvents(id);
    expect(
      events
        .map((e) => [e.fromStatus, e.toStatus, e.actorId, e.actorName, e.propertyId])
        .sort((a, b) => ["requested", "confirmed", "in_progress"].indexOf(a[0]!) - ["requested", "confirmed", "in_progress"].indexOf(b[0]!)),
    ).toEqual([
      ["requested", "confirmed", spaStaff.staffId, "Ada Spa", h.property.id],
      ["confirmed", "in_progress", spaStaff.staffId, "Ada Spa", h.property.id],
      ["in_progress", "fulfilled", spaStaff.staffId, "Ada Spa", h.property.id],
    ]);
    // Fulfilment keeps the seats taken: the guest used them.
    expect(await bookedSeats(h.session.id)).toBe(2);
  });

  it("decline stores the reason and gives the seats back", async () => {
    const h = await hotel();
    const kept = await h.bookMassage(1);
    const id = await h.bookMassage(3);
    expect(await bookedSeats(h.session.id)).toBe(4);
    const reception = await createStaff(h.property, { role: "reception" });

    await applyStaffAction(reception, id, "decline", "Therapist ill");

    const row = await bookingById(id);
    expect(row).toMatchObject({ status: "declined", declineReason: "Therapist ill" });
    expect(row.respondedAt).toBeInstanceOf(Date);
    expect(await bookedSeats(h.session.id)).toBe(1);
    expect((await staffEvents(id)).map((e) => [e.fromStatus, e.toStatus, e.note, e.actorId])).toEqual([
      ["requested", "declined", "Therapist ill", reception.staffId],
    ]);
    expect((await bookingById(kept)).status).toBe("requested");
  });

  it("cancel gives the seats back, from requested and from confirmed", async () => {
    const h = await hotel();
    const requested = await h.bookMassage(2);
    const confirmed = await h.bookMassage(1);
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, confirmed, "confirm");
    expect(await bookedSeats(h.session.id)).toBe(3);

    await applyStaffAction(reception, requested, "cancel");
    expect(await bookedSeats(h.session.id)).toBe(1);
    await applyStaffAction(reception, confirmed, "cancel");
    expect(await bookedSeats(h.session.id)).toBe(0);

    expect((await staffEvents(confirmed)).map((e) => [e.fromStatus, e.toStatus]).sort()).toEqual(
      [
        ["confirmed", "cancelled"],
        ["requested", "confirmed"],
      ].sort(),
    );
  });

  it("no-show keeps the seats taken", async () => {
    const h = await hotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, id, "confirm");
    await applyStaffAction(reception, id, "no_show");
    expect((await bookingById(id)).status).toBe("no_show");
    expect(await bookedSeats(h.session.id)).toBe(2);
  });

  it("refuses an invalid transition and changes nothing", async () => {
    const h = await hotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, id, "decline", "Fully booked spa");
    const before = await bookingById(id);
    const seats = await bookedSeats(h.session.id);

    for (const action of ["fulfil", "confirm", "decline", "start", "cancel", "no_show"] as const) {
      await expectAppError(applyStaffAction(reception, id, action, "again"), "booking:conflict");
    }

    expect(await bookingById(id)).toEqual(before);
    expect(await bookedSeats(h.session.id)).toBe(seats);
    expect(await staffEvents(id)).toHaveLength(1);
  });

  it("does not find a booking outside the staff member's scope, and changes nothing", async () => {
    const h = await hotel();
    const massage = await h.bookMassage(2);
    const kitchenStaff = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    const other = await hotel();
    const foreignReception = await createStaff(other.property, { role: "reception" });
    const foreignManager = await createStaff(other.property, { role: "manager" });
    const before = await bookingById(massage);

    await expectAppError(applyStaffAction(kitchenStaff, massage, "decline", "not mine"), "not_found");
    await expectAppError(applyStaffAction(foreignReception, massage, "cancel"), "not_found");
    await expectAppError(applyStaffAction(foreignManager, massage, "confirm"), "not_found");
    // An id that does not exist at all gives the same answer.
    await expectAppError(applyStaffAction(kitchenStaff, crypto.randomUUID(), "confirm"), "not_found");

    expect(await bookingById(massage)).toEqual(before);
    expect(await bookedSeats(h.session.id)).toBe(2);
    expect(await staffEvents(massage)).toEqual([]);
  });

  it("lets exactly one of two concurrent fulfils succeed", async () => {
    const h = await hotel();
    const id = await h.bookMassage(2);
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, id, "confirm");

    const results = await Promise.allSettled([applyStaffAction(spaStaff, id, "fulfil"), applyStaffAction(reception, id, "fulfil")]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(AppError);
    expect((rejected[0].reason as AppError).code).toBe("booking:conflict");
    expect((await bookingById(id)).status).toBe("fulfilled");
    expect((await staffEvents(id)).filter((e) => e.toStatus === "fulfilled")).toHaveLength(1);
    expect(await bookedSeats(h.session.id)).toBe(2);
  });

  it("gives the seats back once when five cancels race", async () => {
    const h = await hotel();
    const id = await h.bookMassage(3);
    const other = await h.bookMassage(1);
    const reception = await createStaff(h.property, { role: "reception" });

    const results = await Promise.allSettled(Array.from({ length: 5 }, () => applyStaffAction(reception, id, "cancel")));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("booking:conflict");
    expect(await bookedSeats(h.session.id)).toBe(1);
    expect((await bookingById(other)).status).toBe("requested");
    expect((await staffEvents(id)).map((e) => e.toStatus)).toEqual(["cancelled"]);
  });
});

describe("getRequestForStaff", () => {
  it("returns the request with its trail and next actions, only within scope", async () => {
    const h = await hotel();
    const id = await h.bookMassage(2);
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    const kitchenStaff = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    const foreign = await createStaff((await hotel()).property, { role: "manager" });
    await applyStaffAction(spaStaff, id, "confirm");

    const request = await getRequestForStaff(spaStaff, id);
    expect(request).toMatchObject({ id, status: "confirmed", quantity: 2, reservationCode: h.stay.reservationCode, departmentName: "Spa" });
    expect(request?.events.map((e) => [e.actorKind, e.fromStatus, e.toStatus])).toEqual([
      ["guest", null, "requested"],
      ["staff", "requested", "confirmed"],
    ]);
    expect([...(request?.actions ?? [])].sort()).toEqual(["cancel", "fulfil", "no_show", "start"]);

    expect(await getRequestForStaff(kitchenStaff, id)).toBeNull();
    expect(await getRequestForStaff(foreign, id)).toBeNull();
  });
});

describe("listQueue filters", () => {
  it("filters by department and by status", async () => {
    const h = await hotel();
    const massage = await h.bookMassage(1);
    const breakfast = await h.bookBreakfast();
    const declined = await h.bookMassage(1);
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, declined, "decline", "Closed");

    expect((await listQueue(reception, { departmentId: h.kitchen.id })).map((r) => r.id)).toEqual([breakfast]);
    expect((await listQueue(reception, { departmentId: h.spa.id })).map((r) => r.id)).toEqual([massage]);
    expect((await listQueue(reception, { statuses: ["requested", "declined"], departmentId: h.spa.id })).map((r) => r.id).sort()).toEqual(
      [massage, declined].sort(),
    );
    // Department staff filtering on a department that is not theirs see nothing.
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    expect(await listQueue(spaStaff, { departmentId: h.kitchen.id })).toEqual([]);
  });

  it("filters by the hotel-local day a request is for", async () => {
    const h = await hotel();
    // 00:30 in Berlin on 17 June is still 16 June in UTC.
    const night = await createSession(h.massage, { startsAt: new Date("2026-06-16T22:30:00Z"), capacity: 6 });
    const late = (
      await bookService(guestOf(h.stay), { serviceSlug: h.massage.slug, sessionId: night.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW)
    ).bookingId;
    const today = await h.bookMassage(1); // 14:00 on 15 June
    const asap = await h.bookBreakfast();
    await setCreatedAt(asap, "2026-06-15T21:59:00Z"); // 23:59 on 15 June in Berlin
    const reception = await createStaff(h.property, { role: "reception" });

    const ids = async (day: string) => (await listQueue(reception, { day })).map((r) => r.id).sort();
    expect(await ids("2026-06-15")).toEqual([today, asap].sort());
    expect(await ids("2026-06-16")).toEqual([]);
    expect(await ids("2026-06-17")).toEqual([late]);
  });

  it("searches the start of the room or the surname, in any case, with no wildcards", async () => {
    const h = await hotel();
    const garcia = await createStay(h.property, { now: NOW, surname: "Garcia", room: "204" });
    const gardner = await createStay(h.property, { now: NOW, surname: "Gardner", room: "120" });
    const percent = await createStay(h.property, { now: NOW, surname: "Smith", room: "2%5" });
    const a = await h.bookBreakfast(garcia);
    const b = await h.bookBreakfast(gardner);
    const c = await h.bookBreakfast(percent);
    const reception = await createStaff(h.property, { role: "reception" });

    const ids = async (search: string) => (await listQueue(reception, { search })).map((r) => r.id).sort();
    expect(await ids("gar")).toEqual([a, b].sort());
    expect(await ids("GARC")).toEqual([a]);
    expect(await ids("20")).toEqual([a]);
    expect(await ids("12")).toEqual([b]);
    expect(await ids("arcia")).toEqual([]);
    // % and _ are text, not wildcards.
    expect(await ids("2%")).toEqual([c]);
    expect(await ids("%")).toEqual([]);
    expect(await ids("_")).toEqual([]);
    expect(await ids("' or 1=1 --")).toEqual([]);
  });

  it("pages through the queue in order, 25 at a time, with the total", async () => {
    const h = await hotel();
    const vip = await createStay(h.property, { now: NOW, vip: true });
    const ids: string[] = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++) {
      const id = await h.bookBreakfast(i === 7 ? vip : h.stay);
      await setCreatedAt(id, new Date(Date.parse("2026-06-15T06:00:00Z") + i * 60_000).toISOString());
      ids.push(id);
    }
    const reception = await createStaff(h.property, { role: "reception" });

    const first = await listQueuePage(reception, {});
    const second = await listQueuePage(reception, { page: 2 });
    const third = await listQueuePage(reception, { page: 3 });

    expect(first).toMatchObject({ total: 30, page: 1, hasPrevious: false, hasNext: true });
    expect(second).toMatchObject({ total: 30, page: 2, hasPrevious: true, hasNext: false });
    expect(third.rows).toEqual([]);
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    const expected = [ids[7], ...ids.filter((_, i) => i !== 7)];
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
    expect((await listQueuePage(reception, { search: "zzz" })).total).toBe(0);
    expect(first.moreThan).toBe(false);

    // The count stops counting some way past the page's start: "more than 20" on page 1, exact again on page 2.
    expect(await listQueuePage(reception, { countBeyond: 20 })).toMatchObject({ total: 20, moreThan: true, hasNext: true });
    expect(await listQueuePage(reception, { countBeyond: 20, page: 2 })).toMatchObject({ total: 30, moreThan: false, hasNext: false });
  });
});

describe("the queue page's queries (issue 13.4)", () => {
  it("reads departments and one page with its total: 3 queries, however many requests and messages (the time zone from the catalogue cache)", async () => {
    // The catalogue cache keeps the property's settings once its LISTEN is in place, as in a process serving requests.
    await catalogueCacheReady();
    const h = await hotel();
    const vip = await createStay(h.property, { now: NOW, vip: true });
    const reception = await createStaff(h.property, { role: "reception" });
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa] });
    const first = await h.bookBreakfast();
    await postGuestMessage({ ...guestOf(h.stay), guestName: h.stay.guestName }, first, "Hello");

    await loadQueuePage(reception, {});
    const few = await statementsOf(() => loadQueuePage(reception, {}));
    expect(few).toHaveLength(3);
    for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++) {
      const id = await h.bookBreakfast(i % 3 ? h.stay : vip);
      if (i % 2) await applyStaffAction(reception, id, "confirm");
      if (i % 4 === 1) await postGuestMessage({ ...guestOf(i % 3 ? h.stay : vip), guestName: "Guest" }, id, "A question");
    }
    const many = await statementsOf(async () => expect((await loadQueuePage(reception, {})).result.rows).toHaveLength(QUEUE_PAGE_SIZE));
    expect(many).toEqual(few);
    expect(await statementsOf(() => loadQueuePage(reception, { page: 2, search: "a" }))).toHaveLength(3);
    expect(await statementsOf(() => loadQueuePage(spaStaff, { statuses: ["requested", "declined"] }))).toHaveLength(3);
  });
});
