// Integration tests of staff changes to a request: assign, reschedule (capacity), hand over, decline with an alternative,
// internal notes; each recorded in the trail, each published, and of two desks acting at once exactly one wins.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { staffUsers } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { expectAppError } from "@/tests/expect-app-error";
import { bookedSeats, bookingById, createDepartment, createProperty, createSession, createStaff, createStay, createTimedService, guestOf } from "@/tests/factories";
import { eventsWithAction, messagesOf, OPS_NOW, inHours, opsHotel, recordChanges } from "@/tests/factories-ops";
import { useTestDatabase } from "@/tests/migrate";
import { listBookingsForStay } from "@/server/booking/guest-bookings";
import { assignRequest, handOverRequest, listAssignees, rescheduleRequest } from "./changes";
import { addInternalNote } from "./thread";
import { applyStaffAction, declineRequest } from "./transitions";
import { getRequestForStaff } from "./detail";
import { listQueue } from "./queue";

useTestDatabase();

function oneWins(results: PromiseSettledResult<unknown>[], loserCode: string) {
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(rejected).toHaveLength(results.length - 1);
  for (const r of rejected) {
    expect(r.reason).toBeInstanceOf(AppError);
    expect((r.reason as AppError).code).toBe(loserCode);
  }
}

describe("assignRequest", () => {
  it("assigns to the department's staff, reception or the manager, and records who had it before", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const ada = await createStaff(h.property, { role: "department", departments: [h.spa], name: "Ada Spa" });
    const rafa = await createStaff(h.property, { role: "reception", name: "Rafa Desk" });
    const mia = await createStaff(h.property, { role: "manager", name: "Mia Boss" });
    await createStaff(h.property, { role: "department", departments: [h.kitchen], name: "Kit Chen" });

    expect((await listAssignees(ada, h.spa.id)).map((p) => p.name)).toEqual(["Ada Spa", "Mia Boss", "Rafa Desk"]);

    await assignRequest(rafa, id, { assigneeId: ada.staffId, expectedAssigneeId: null });
    await assignRequest(ada, id, { assigneeId: mia.staffId, expectedAssigneeId: ada.staffId });
    await assignRequest(mia, id, { assigneeId: null, expectedAssigneeId: mia.staffId });

    expect((await bookingById(id)).assignedTo).toBeNull();
    const events = await eventsWithAction(id, "assign");
    expect(events.map((e) => [e.actorName, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["Rafa Desk", "requested", "requested", "Assigned to Ada Spa"],
      ["Ada Spa", "requested", "requested", "Assigned to Mia Boss (was Ada Spa)"],
      ["Mia Boss", "requested", "requested", "Unassigned (was Mia Boss)"],
    ]);
    // What the trail says in each staff member's language is made from these (names as they were then).
    expect(events.map((e) => e.details)).toEqual([
      { kind: "assign", to: "Ada Spa", was: null },
      { kind: "assign", to: "Mia Boss", was: "Ada Spa" },
      { kind: "assign", to: null, was: "Mia Boss" },
    ]);
    expect((await bookingById(id)).status).toBe("requested");
  });

  it("refuses someone from another department, a disabled account or another hotel's staff, and changes nothing", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const reception = await createStaff(h.property, { role: "reception" });
    const cook = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    const foreign = await createStaff((await opsHotel()).property, { role: "reception" });
    const gone = await createStaff(h.property, { role: "department", departments: [h.spa] });
    await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, gone.staffId));

    await expectAppError(assignRequest(reception, id, { assigneeId: cook.staffId, expectedAssigneeId: null }), "input:invalid");
    await expectAppError(assignRequest(reception, id, { assigneeId: gone.staffId, expectedAssigneeId: null }), "input:invalid");
    await expectAppError(assignRequest(reception, id, { assigneeId: foreign.staffId, expectedAssigneeId: null }), "input:invalid");
    await expectAppError(assignRequest(reception, id, { assigneeId: crypto.randomUUID(), expectedAssigneeId: null }), "input:invalid");
    // Nobody to nobody is no change.
    await expectAppError(assignRequest(reception, id, { assigneeId: null, expectedAssigneeId: null }), "input:invalid");
    // Outside the staff member's scope it does not exist.
    await expectAppError(assignRequest(cook, id, { assigneeId: cook.staffId, expectedAssigneeId: null }), "not_found");

    expect((await bookingById(id)).assignedTo).toBeNull();
    expect(await eventsWithAction(id, "assign")).toEqual([]);
  });

  it("lets exactly one of two desks assigning at once win; the other is told", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const a = await createStaff(h.property, { role: "reception" });
    const b = await createStaff(h.property, { role: "manager" });

    const results = await Promise.allSettled([
      assignRequest(a, id, { assigneeId: a.staffId, expectedAssigneeId: null }),
      assignRequest(b, id, { assigneeId: b.staffId, expectedAssigneeId: null }),
    ]);

    oneWins(results, "booking:conflict");
    expect(await eventsWithAction(id, "assign")).toHaveLength(1);
    expect([a.staffId, b.staffId]).toContain((await bookingById(id)).assignedTo);
  });

  it("refuses to assign a request that is closed", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const reception = await createStaff(h.property, { role: "reception" });
    await applyStaffAction(reception, id, "cancel");
    await expectAppError(assignRequest(reception, id, { assigneeId: reception.staffId, expectedAssigneeId: null }), "booking:conflict");
  });
});

describe("rescheduleRequest", () => {
  it("moves the seats from the old session to the new one and records both times", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });

    const result = await rescheduleRequest(reception, id, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, OPS_NOW);

    expect(result.scheduledAt).toEqual(h.afternoon.startsAt);
    expect(await bookedSeats(h.morning.id)).toBe(0);
    expect(await bookedSeats(h.afternoon.id)).toBe(2);
    const row = await bookingById(id);
    expect(row).toMatchObject({ sessionId: h.afternoon.id, status: "requested" });
    expect(row.scheduledAt).toEqual(h.afternoon.startsAt);
    const [event] = await eventsWithAction(id, "reschedule");
    // 14:00 and 16:00 in Berlin.
    expect(event.note).toMatch(/^Moved from .*14:00 to .*16:00$/);

    // Cancelling afterwards gives the seats back where they now are.
    await applyStaffAction(reception, id, "cancel");
    expect(await bookedSeats(h.afternoon.id)).toBe(0);
    expect(await bookedSeats(h.morning.id)).toBe(0);
  });

  it("refuses a session without enough seats, and nothing moves", async () => {
    const h = await opsHotel();
    const other = await createStay(h.property, { now: OPS_NOW, adults: 2 });
    await h.bookMassage(1, h.small, other);
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });

    await expectAppError(rescheduleRequest(reception, id, { sessionId: h.small.id, expectedSessionId: h.morning.id }, OPS_NOW), "booking:full");

    expect(await bookedSeats(h.small.id)).toBe(1);
    expect(await bookedSeats(h.morning.id)).toBe(2);
    expect((await bookingById(id)).sessionId).toBe(h.morning.id);
    expect(await eventsWithAction(id, "reschedule")).toEqual([]);
  });

  it("gives the last seats to exactly one of two requests moved there at once", async () => {
    const h = await opsHotel();
    const first = await h.bookMassage(2);
    const second = await h.bookMassage(2);
    const a = await createStaff(h.property, { role: "reception" });
    const b = await createStaff(h.property, { role: "department", departments: [h.spa] });

    const results = await Promise.allSettled([
      rescheduleRequest(a, first, { sessionId: h.small.id, expectedSessionId: h.morning.id }, OPS_NOW),
      rescheduleRequest(b, second, { sessionId: h.small.id, expectedSessionId: h.morning.id }, OPS_NOW),
    ]);

    oneWins(results, "booking:full");
    expect(await bookedSeats(h.small.id)).toBe(2);
    expect(await bookedSeats(h.morning.id)).toBe(2);
  });

  it("lets one of two desks moving the same request win; seats are counted once", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const a = await createStaff(h.property, { role: "reception" });
    const b = await createStaff(h.property, { role: "manager" });

    const results = await Promise.allSettled([
      rescheduleRequest(a, id, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, OPS_NOW),
      rescheduleRequest(b, id, { sessionId: h.small.id, expectedSessionId: h.morning.id }, OPS_NOW),
    ]);

    oneWins(results, "booking:conflict");
    const row = await bookingById(id);
    const seats = [await bookedSeats(h.morning.id), await bookedSeats(h.afternoon.id), await bookedSeats(h.small.id)];
    expect(seats.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await bookedSeats(row.sessionId!)).toBe(2);
    expect(await eventsWithAction(id, "reschedule")).toHaveLength(1);
  });

  it("moves requests crossing each other at once without a deadlock", async () => {
    const h = await opsHotel();
    const other = await createStay(h.property, { now: OPS_NOW, adults: 4 });
    const early = [await h.bookMassage(1, h.morning), await h.bookMassage(1, h.morning), await h.bookMassage(1, h.morning, other)];
    const late = [await h.bookMassage(1, h.afternoon), await h.bookMassage(1, h.afternoon, other), await h.bookMassage(1, h.afternoon, other)];
    const reception = await createStaff(h.property, { role: "reception" });

    // Each transaction touches both sessions; in opposite orders they would wait on each other.
    await Promise.all([
      ...early.map((id) => rescheduleRequest(reception, id, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, OPS_NOW)),
      ...late.map((id) => rescheduleRequest(reception, id, { sessionId: h.morning.id, expectedSessionId: h.afternoon.id }, OPS_NOW)),
    ]);

    expect(await bookedSeats(h.morning.id)).toBe(3);
    expect(await bookedSeats(h.afternoon.id)).toBe(3);
  });

  it("refuses a past session, another service's session, and a request without a time", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const breakfast = await h.bookBreakfast();
    const reception = await createStaff(h.property, { role: "reception" });
    const yoga = await createTimedService(h.spa);
    const yogaSession = await createSession(yoga, { startsAt: inHours(5) });

    const later = new Date(h.afternoon.startsAt.getTime() + 60_000);
    await expectAppError(rescheduleRequest(reception, id, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, later), "input:invalid");
    await expectAppError(rescheduleRequest(reception, id, { sessionId: yogaSession.id, expectedSessionId: h.morning.id }, OPS_NOW), "input:invalid");
    await expectAppError(rescheduleRequest(reception, id, { sessionId: h.morning.id, expectedSessionId: h.morning.id }, OPS_NOW), "input:invalid");
    await expectAppError(rescheduleRequest(reception, breakfast, { sessionId: h.morning.id, expectedSessionId: h.morning.id }, OPS_NOW), "booking:conflict");

    expect(await bookedSeats(h.morning.id)).toBe(2);
    expect(await bookedSeats(h.afternoon.id)).toBe(0);
    expect(await bookedSeats(yogaSession.id)).toBe(0);
  });
});

describe("handOverRequest", () => {
  it("moves the request to the other department's staff, drops the assignment and records both departments", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const spaStaff = await createStaff(h.property, { role: "department", departments: [h.spa], name: "Ada Spa" });
    const cook = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    await assignRequest(spaStaff, id, { assigneeId: spaStaff.staffId, expectedAssigneeId: null });

    await handOverRequest(spaStaff, id, { departmentId: h.kitchen.id, expectedDepartmentId: h.spa.id, note: "Guest wants it in the room" });

    expect(await bookingById(id)).toMatchObject({ departmentId: h.kitchen.id, assignedTo: null, status: "requested" });
    expect((await listQueue(cook)).map((r) => r.id)).toContain(id);
    expect((await listQueue(spaStaff)).map((r) => r.id)).not.toContain(id);
    expect(await getRequestForStaff(spaStaff, id)).toBeNull();
    expect((await eventsWithAction(id, "hand_over")).map((e) => e.note)).toEqual([
      "Handed over from Spa to Kitchen: Guest wants it in the room",
    ]);
    expect((await eventsWithAction(id, "hand_over")).map((e) => e.details)).toEqual([
      { kind: "hand_over", fromDepartmentId: h.spa.id, toDepartmentId: h.kitchen.id, fromName: "Spa", toName: "Kitchen", note: "Guest wants it in the room" },
    ]);
  });

  it("lets one of two desks handing over at once win, and refuses another hotel's department", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const a = await createStaff(h.property, { role: "reception" });
    const b = await createStaff(h.property, { role: "manager" });
    const front = await createDepartment(h.property, { name: "Front desk" });
    const foreign = await createDepartment(await createProperty());

    await expectAppError(handOverRequest(a, id, { departmentId: foreign.id, expectedDepartmentId: h.spa.id }), "input:invalid");
    const results = await Promise.allSettled([
      handOverRequest(a, id, { departmentId: h.kitchen.id, expectedDepartmentId: h.spa.id }),
      handOverRequest(b, id, { departmentId: front.id, expectedDepartmentId: h.spa.id }),
    ]);

    oneWins(results, "booking:conflict");
    expect([h.kitchen.id, front.id]).toContain((await bookingById(id)).departmentId);
    expect(await eventsWithAction(id, "hand_over")).toHaveLength(1);
  });
});

describe("declineRequest", () => {
  it("gives the guest the reason and the alternative offered, and keeps both in the trail", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });

    await declineRequest(reception, id, "Fully booked at 14:00", "we can offer 16:00");

    const text = "Fully booked at 14:00 — we can offer 16:00";
    expect(await bookingById(id)).toMatchObject({ status: "declined", declineReason: text });
    const [guestView] = await listBookingsForStay(guestOf(h.stay));
    expect(guestView).toMatchObject({ id, status: "declined", declineReason: text });
    expect((await eventsWithAction(id, "decline")).map((e) => e.note)).toEqual([text]);
    expect(await bookedSeats(h.morning.id)).toBe(0);
  });
});

describe("addInternalNote", () => {
  it("keeps the note for staff, in the trail in time order, and never in what the guest reads", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception", name: "Rafa Desk" });
    const secret = `Guest was rude on the phone ${crypto.randomUUID()}`;

    await applyStaffAction(reception, id, "confirm");
    await addInternalNote(reception, id, `  ${secret}  `);
    await assignRequest(reception, id, { assigneeId: reception.staffId, expectedAssigneeId: null });

    expect((await messagesOf(id)).map((m) => [m.internal, m.body, m.authorName])).toEqual([[true, secret, "Rafa Desk"]]);
    const request = await getRequestForStaff(reception, id);
    expect(request?.trail.map((e) => (e.type === "note" ? `note:${e.body}` : `${e.action ?? "created"}`))).toEqual([
      "created",
      "confirm",
      `note:${secret}`,
      "assign",
    ]);
    expect(JSON.stringify(await listBookingsForStay(guestOf(h.stay)))).not.toContain(secret);
  });

  it("does not find a request outside the staff member's scope", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage();
    const cook = await createStaff(h.property, { role: "department", departments: [h.kitchen] });
    await expectAppError(addInternalNote(cook, id, "not mine"), "not_found");
    expect(await messagesOf(id)).toEqual([]);
  });
});

describe("live changes", () => {
  it("publishes every change once it is committed, with the department it concerns", async () => {
    const h = await opsHotel();
    const id = await h.bookMassage(2);
    const reception = await createStaff(h.property, { role: "reception" });
    const recorder = await recordChanges();
    try {
      await applyStaffAction(reception, id, "confirm");
      await assignRequest(reception, id, { assigneeId: reception.staffId, expectedAssigneeId: null });
      await rescheduleRequest(reception, id, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, OPS_NOW);
      await addInternalNote(reception, id, "VIP friend of the owner");
      await handOverRequest(reception, id, { departmentId: h.kitchen.id, expectedDepartmentId: h.spa.id });
      await recorder.waitFor((c) => c.bookingId === id && c.kind === "hand_over" && c.departmentId === h.kitchen.id);
      // A refused change publishes nothing.
      await expectAppError(applyStaffAction(reception, id, "confirm"), "booking:conflict");
      await addInternalNote(reception, id, "marker");
      await recorder.waitFor((c) => c.bookingId === id && c.kind === "note" && c.departmentId === h.kitchen.id);

      expect(recorder.changes.filter((c) => c.bookingId === id).map((c) => [c.kind, c.departmentId === h.spa.id ? "spa" : "kitchen"])).toEqual([
        ["confirm", "spa"],
        ["assign", "spa"],
        ["reschedule", "spa"],
        ["note", "spa"],
        ["hand_over", "spa"],
        ["hand_over", "kitchen"],
        ["note", "kitchen"],
      ]);
      expect(recorder.changes.every((c) => c.propertyId === h.property.id || c.bookingId !== id)).toBe(true);
    } finally {
      recorder.stop();
    }
  });
});
