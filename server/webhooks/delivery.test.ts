// Integration tests of webhook delivery against a real HTTP receiver (node:http on a local port): each delivery
// verifies with the `standardwebhooks` library, a booking's events arrive in order even when one must be retried,
// a receiver that fails three times acknowledges the event exactly once, and a rolled-back change sends nothing.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WebhookVerificationError } from "standardwebhooks";
import { backoffSeconds } from "@/lib/webhooks/retry-policy";
import { webhookEnvelope, type WebhookEventType } from "@/lib/webhooks/events";
import { db } from "@/db/client";
import { stays, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { giveCredit } from "@/server/billing/credits";
import { rateBooking } from "@/server/feedback/ratings";
import { rescheduleRequest } from "@/server/requests/changes";
import { applyStaffAction } from "@/server/requests/transitions";
import { importStays } from "@/server/stays/import-stays";
import { createStay as createStayAsStaff, updateStay } from "@/server/stays/manage-stays";
import { createProperty, createStay, guestOf, uniqueId } from "@/tests/factories";
import { deliveriesOf, HOOK_NOW, LOCAL_POLICY, registerEndpoint, soon, verified, webhookHotel } from "@/tests/factories-webhooks";
import { useTestDatabase } from "@/tests/migrate";
import { startWebhookReceiver, testWebhookPort, type WebhookReceiver } from "@/tests/webhook-receiver";
import { sendDueWebhooks } from "./deliver";
import { webhookStaysChanged } from "./event-hooks";

useTestDatabase();

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver(testWebhookPort(0));
});
afterAll(async () => {
  await receiver?.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.answerWith(() => 200);
});

const pass = (propertyId: string, now: Date) => sendDueWebhooks(now, { policy: LOCAL_POLICY, propertyId });

/** Requests the receiver got for this endpoint's secret, verified, in arrival order. */
function received(secret: string) {
  return receiver.requests.map((hook) => ({ hook, body: verified(secret, hook) }));
}

describe("a booking's events at a real receiver", () => {
  it("arrive signed (Standard Webhooks), shaped as documented, and in order, even when the first must be retried", async () => {
    const h = await webhookHotel();
    const { endpoint, secret } = await registerEndpoint(h.manager, `${receiver.url}/order`);
    const bookingId = await h.bookRide();
    await applyStaffAction(h.reception, bookingId, "confirm");
    await rescheduleRequest(h.reception, bookingId, { sessionId: h.afternoon.id, expectedSessionId: h.morning.id }, HOOK_NOW);
    await applyStaffAction(h.reception, bookingId, "fulfil");
    await rateBooking(guestOf(h.stay), bookingId, { score: 5, comment: "Lovely horses" });
    await giveCredit(h.reception, { stayId: h.stay.id, amountMinor: 500, reason: "Late start", bookingId });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.eventType)).toEqual([
      "booking.created",
      "booking.confirmed",
      "booking.rescheduled",
      "booking.fulfilled",
      "rating.received",
      "credit.given",
    ]);

    // The receiver is down for the first request: nothing later of this booking may overtake it.
    receiver.answerWith((n) => (n === 1 ? 503 : 200));
    const t0 = soon();
    expect(await pass(h.property.id, t0)).toEqual({ delivered: 0, failed: 1, paused: 0 });
    expect(receiver.requests).toHaveLength(1);
    expect(await pass(h.property.id, new Date(t0.getTime() + 10_000))).toEqual({ delivered: 0, failed: 0, paused: 0 });

    await pass(h.property.id, new Date(t0.getTime() + (backoffSeconds(1) + 1) * 1000));
    const got = received(secret);
    expect(got.map((r) => r.body.type)).toEqual([
      "booking.created",
      "booking.created",
      "booking.confirmed",
      "booking.rescheduled",
      "booking.fulfilled",
      "rating.received",
      "credit.given",
    ]);
    // The retry carries the same webhook-id, and each body is what its event's schema (the documented one) says.
    expect(got[1].hook.headers["webhook-id"]).toBe(got[0].hook.headers["webhook-id"]);
    for (const { hook, body } of got) {
      // As a receiver reads it: ISO 8601 instants back to dates (days stay strings), then the event's own schema.
      const revived = JSON.parse(hook.body, (_k, v: unknown) => (typeof v === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? new Date(v) : v));
      expect(() => webhookEnvelope(body.type as WebhookEventType).strict().parse(revived), body.type).not.toThrow();
    }
    const rescheduled = got.find((r) => r.body.type === "booking.rescheduled")!.body.data as { booking: { id: string; scheduledAt: string }; previousScheduledAt: string };
    expect(rescheduled.booking.id).toBe(bookingId);
    expect(rescheduled.booking.scheduledAt).toBe(h.afternoon.startsAt.toISOString());
    expect(rescheduled.previousScheduledAt).toBe(h.morning.startsAt.toISOString());
    expect(got.find((r) => r.body.type === "booking.confirmed")!.body.data).toMatchObject({ previousStatus: "requested", actor: "staff", propertyId: h.property.id });
    expect(got.find((r) => r.body.type === "rating.received")!.body.data).toMatchObject({ rating: { score: 5, comment: "Lovely horses", bookingId } });
    expect((await deliveriesOf(endpoint.id)).every((d) => d.status === "delivered")).toBe(true);
  });

  it("are refused by a receiver holding another secret (the signature is checked, not just present)", async () => {
    const h = await webhookHotel();
    const { secret } = await registerEndpoint(h.manager, `${receiver.url}/secret`);
    const other = await registerEndpoint(h.manager, `${receiver.url}/other`);
    await h.bookRide();
    await pass(h.property.id, soon());
    const mine = receiver.requests.filter((r) => r.path === "/hooks/secret");
    expect(mine).toHaveLength(1);
    expect(() => verified(secret, mine[0])).not.toThrow();
    expect(() => verified(other.secret, mine[0])).toThrow(WebhookVerificationError);
    // A body changed on the way fails too.
    expect(() => verified(secret, { ...mine[0], body: mine[0].body.replace("booking.created", "booking.cancelled") })).toThrow(WebhookVerificationError);
  });
});

describe("retries", () => {
  it("a receiver answering 500 three times, then 200, acknowledges the event exactly once after 4 attempts", async () => {
    const h = await webhookHotel();
    const { endpoint, secret } = await registerEndpoint(h.manager, `${receiver.url}/flaky`, ["stay.updated"]);
    await updateStay(h.reception, h.stay.id, {
      reservationCode: h.stay.reservationCode,
      surname: h.stay.surname,
      guestName: "Renamed Guest",
      email: null,
      room: "101",
      checkIn: h.stay.checkIn,
      checkOut: h.stay.checkOut,
      adults: 2,
      childrenAges: [],
      vip: false,
      locale: null,
    });
    receiver.answerWith((n) => (n <= 3 ? 500 : 200));
    let now = soon();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pass(h.property.id, now);
      expect(receiver.requests).toHaveLength(attempt);
      now = new Date(now.getTime() + (backoffSeconds(attempt) + 1) * 1000);
    }
    // Long after: nothing more is sent.
    await pass(h.property.id, new Date(now.getTime() + 86_400_000));
    expect(receiver.requests.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
    const ids = new Set(receiver.requests.map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    expect(received(secret).every((r) => r.body.type === "stay.updated")).toBe(true);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 4, lastStatusCode: 200, lastError: null });
    expect(delivery.eventId).toBe([...ids][0]);
    const [after] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(after).toMatchObject({ consecutiveFailures: 0, failingSince: null, pausedAt: null });
  });
});

describe("a change rolled back sends nothing", () => {
  it("the hook inside a transaction that fails afterwards leaves no delivery, and the receiver gets nothing", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/rollback`);
    await expect(
      db().transaction(async (tx) => {
        await tx.update(stays).set({ room: "999" }).where(eq(stays.id, h.stay.id));
        await webhookStaysChanged(tx, h.property.id, [{ id: h.stay.id, created: false }]);
        throw new Error("a later step of the same change failed");
      }),
    ).rejects.toThrow("a later step");
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    await pass(h.property.id, soon());
    expect(receiver.requests).toEqual([]);

    // The control: the same change committed is queued once and delivered.
    await db().transaction(async (tx) => {
      await tx.update(stays).set({ room: "999" }).where(eq(stays.id, h.stay.id));
      await webhookStaysChanged(tx, h.property.id, [{ id: h.stay.id, created: false }]);
    });
    await pass(h.property.id, soon());
    expect(receiver.requests).toHaveLength(1);
  });

  it("a CSV import that fails in its second batch takes back the first batch's events with its stays", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/import`, ["stay.created", "stay.updated"]);
    const elsewhere = await createStay(await createProperty(), { now: HOOK_NOW });
    const row = (code: string, line: number) => ({
      line,
      stay: { reservationCode: code, surname: "Batch", guestName: "Batch Guest", email: null, room: null, checkIn: "2026-06-14", checkOut: "2026-06-18", adults: 1, childrenAges: [], vip: false, locale: null },
    });
    const rows = Array.from({ length: 500 }, (_, i) => row(uniqueId("IMP").toUpperCase(), i + 2));
    // Line 502 names another hotel's stay: the import refuses it after the first 500 rows were written.
    rows.push(row(elsewhere.reservationCode, 502));
    await expect(importStays(h.reception, rows)).rejects.toThrow();
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
    expect(await db().select({ id: stays.id }).from(stays).where(and(eq(stays.propertyId, h.property.id), eq(stays.surname, "Batch")))).toEqual([]);
    await pass(h.property.id, soon());
    expect(receiver.requests).toEqual([]);
  });
});

describe("who gets what", () => {
  it("only active endpoints subscribed to the event get it; another hotel's endpoint gets nothing", async () => {
    const h = await webhookHotel();
    const stayOnly = await registerEndpoint(h.manager, `${receiver.url}/stays`, ["stay.created"]);
    const bookingsOnly = await registerEndpoint(h.manager, `${receiver.url}/bookings`, ["booking.created"]);
    const off = await registerEndpoint(h.manager, `${receiver.url}/off`);
    await db().update(webhookEndpoints).set({ active: false }).where(eq(webhookEndpoints.id, off.endpoint.id));
    const other = await webhookHotel();
    const foreign = await registerEndpoint(other.manager, `${receiver.url}/foreign`);

    await createStayAsStaff(h.reception, {
      reservationCode: uniqueId("NEW").toUpperCase(),
      surname: "Novak",
      guestName: "Ana Novak",
      email: "ana@example.test",
      room: "12",
      checkIn: "2026-06-15",
      checkOut: "2026-06-17",
      adults: 2,
      childrenAges: [4],
      vip: true,
      locale: "hu",
    });
    expect((await deliveriesOf(stayOnly.endpoint.id)).map((d) => d.eventType)).toEqual(["stay.created"]);
    expect(await deliveriesOf(bookingsOnly.endpoint.id)).toEqual([]);
    expect(await deliveriesOf(off.endpoint.id)).toEqual([]);
    expect(await deliveriesOf(foreign.endpoint.id)).toEqual([]);
    await pass(h.property.id, soon());
    const [hook] = receiver.requests.filter((r) => r.path === "/hooks/stays");
    const body = verified(stayOnly.secret, hook);
    // The stay as documented: no email address leaves the hotel this way.
    expect(body.data).toMatchObject({ propertyId: h.property.id, stay: { surname: "Novak", childrenAges: [4], vip: true, locale: "hu" } });
    expect(JSON.stringify(body)).not.toContain("ana@example.test");
    expect(await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.propertyId, other.property.id))).toEqual([]);
  });
});
