// Integration tests of the manager's webhook endpoints: the secret shown once and never logged, manager only and
// audited, one hotel's endpoints out of another's reach; an endpoint that keeps failing is paused and its managers
// told (email outbox, audit), resuming sends what waited; "send again", a new secret, giving up.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderStaffEmail, type StaffEmailPayload } from "@/lib/email/staff-templates";
import { backoffSeconds, MAX_ATTEMPTS, PAUSE_AFTER_FAILURES, PAUSE_AFTER_HOURS } from "@/lib/webhooks/retry-policy";
import { db } from "@/db/client";
import { auditLog, emailOutbox, staffUsers, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { auditRowsFor } from "@/tests/factories-admin";
import { createStaff } from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { deliveriesOf, LOCAL_POLICY, registerEndpoint, soon, verified, webhookHotel } from "@/tests/factories-webhooks";
import { useTestDatabase } from "@/tests/migrate";
import { startWebhookReceiver, testWebhookPort, type WebhookReceiver } from "@/tests/webhook-receiver";
import { applyStaffAction } from "@/server/requests/transitions";
import { sendDueWebhooks } from "./deliver";
import {
  countPausedWebhookEndpoints,
  createWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  resendWebhookDelivery,
  resumeWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "./endpoints";

useTestDatabase();

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver(testWebhookPort(3));
});
afterAll(async () => {
  await receiver?.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.answerWith(() => 200);
});

const pass = (propertyId: string, now: Date) => sendDueWebhooks(now, { policy: LOCAL_POLICY, propertyId });

describe("managing endpoints", () => {
  it("makes a Standard Webhooks secret shown once: never listed, never in the audit log", async () => {
    const h = await webhookHotel();
    const { endpoint, secret } = await createWebhookEndpoint(
      h.manager,
      { url: `${receiver.url}/new`, description: "PMS", events: ["booking.created", "stay.created"], active: true },
      LOCAL_POLICY,
    );
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    const listed = await listWebhookEndpoints(h.property.id);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    expect(JSON.stringify(await getWebhookEndpoint(h.property.id, endpoint.id))).not.toContain(secret.slice(6));
    const audit = await auditRowsFor(endpoint.id);
    expect(audit.map((a) => [a.action, a.outcome, a.actorId])).toEqual([["webhook.create", "ok", h.manager.staffId]]);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
  });

  it("is the manager's: reception is refused (and the refusal audited); another hotel's endpoint is not found", async () => {
    const h = await webhookHotel();
    await expectAppError(createWebhookEndpoint(h.reception, { url: `${receiver.url}/x`, description: null, events: ["stay.created"], active: true }, LOCAL_POLICY), "auth:forbidden");
    expect(await listWebhookEndpoints(h.property.id)).toEqual([]);
    const denied = await db().select().from(auditLog).where(and(eq(auditLog.actorId, h.reception.staffId), eq(auditLog.action, "webhook.create")));
    expect(denied.map((a) => a.outcome)).toEqual(["denied"]);

    const other = await webhookHotel();
    const { endpoint } = await registerEndpoint(other.manager, `${receiver.url}/theirs`);
    expect(await getWebhookEndpoint(h.property.id, endpoint.id)).toBeNull();
    expect(await listWebhookDeliveries(h.property.id, endpoint.id)).toEqual([]);
    await expectAppError(updateWebhookEndpoint(h.manager, endpoint.id, { active: false }, LOCAL_POLICY), "not_found");
    await expectAppError(rotateWebhookSecret(h.manager, endpoint.id), "not_found");
    await expectAppError(resumeWebhookEndpoint(h.manager, endpoint.id), "not_found");
    await other.bookRide();
    const [delivery] = await deliveriesOf(endpoint.id);
    await expectAppError(resendWebhookDelivery(h.manager, endpoint.id, delivery.id), "not_found");
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.active).toBe(true);
  });

  it("changes URL, events and the active switch, audited field by field; an unchanged save writes nothing", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/edit`, ["booking.created"]);
    const result = await updateWebhookEndpoint(h.manager, endpoint.id, { url: `${receiver.url}/edited`, events: ["stay.updated", "booking.created"], active: false }, LOCAL_POLICY);
    expect(result.changed.sort()).toEqual(["active", "events", "url"]);
    expect(result.endpoint).toMatchObject({ url: `${receiver.url}/edited`, events: ["booking.created", "stay.updated"], active: false });
    expect((await updateWebhookEndpoint(h.manager, endpoint.id, { active: false }, LOCAL_POLICY)).changed).toEqual([]);
    const updates = (await auditRowsFor(endpoint.id)).filter((a) => a.action === "webhook.update");
    expect(updates).toHaveLength(1);
    expect(updates[0].detail).toMatchObject({ changes: { active: { from: true, to: false }, url: { to: `${receiver.url}/edited` } } });
    // Switched off: a new booking queues nothing for it.
    await h.bookRide();
    expect(await deliveriesOf(endpoint.id)).toEqual([]);
  });
});

describe("an endpoint that keeps failing", () => {
  it(`is paused after ${PAUSE_AFTER_FAILURES} failures over ${PAUSE_AFTER_HOURS} h, its managers told; resuming sends what waited, in order`, async () => {
    const h = await webhookHotel();
    const disabledManager = await createStaff(h.property, { role: "manager", name: "Former Manager" });
    await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, disabledManager.staffId));
    const { endpoint, secret } = await registerEndpoint(h.manager, `${receiver.url}/down`, ["booking.created", "booking.confirmed"]);
    const bookingId = await h.bookRide();
    receiver.answerWith(() => 500);

    let now = soon();
    let attempts = 0;
    let paused = 0;
    while (!paused && attempts < 20) {
      const r = await pass(h.property.id, now);
      attempts += r.failed;
      paused = r.paused;
      if (!paused) expect(await countPausedWebhookEndpoints(h.property.id)).toBe(0);
      now = new Date(now.getTime() + (backoffSeconds(attempts) + 1) * 1000);
    }
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.pausedAt).not.toBeNull();
    expect(row.consecutiveFailures).toBeGreaterThanOrEqual(PAUSE_AFTER_FAILURES);
    expect(row.pausedAt!.getTime() - row.failingSince!.getTime()).toBeGreaterThanOrEqual(PAUSE_AFTER_HOURS * 3_600_000);
    // The first attempt that met both conditions paused it, not one earlier: the k-th attempt is made once the
    // waits after the k-1 before it (each one second late here) have passed.
    const hoursBefore = (k: number) => Array.from({ length: k - 1 }, (_, i) => backoffSeconds(i + 1) + 1).reduce((a, b) => a + b, 0) / 3600;
    let expected = PAUSE_AFTER_FAILURES;
    while (hoursBefore(expected) < PAUSE_AFTER_HOURS) expected++;
    expect(attempts).toBe(expected);
    expect(await countPausedWebhookEndpoints(h.property.id)).toBe(1);
    expect((await auditRowsFor(endpoint.id)).filter((a) => a.action === "webhook.pause").map((a) => a.actorKind)).toEqual(["system"]);

    // Told by email, through the email outbox: the active manager only.
    const [manager] = await db().select({ email: staffUsers.email }).from(staffUsers).where(eq(staffUsers.id, h.manager.staffId));
    const mails = await db().select().from(emailOutbox).where(and(eq(emailOutbox.propertyId, h.property.id), eq(emailOutbox.template, "webhook_paused")));
    expect(mails.map((m) => m.toAddress)).toEqual([manager.email]);
    const mail = renderStaffEmail("webhook_paused", mails[0].payload as StaffEmailPayload);
    expect(mail.subject).toBe(`Webhook endpoint paused: ${receiver.url}/down`);
    expect(mail.text).toContain(`/staff/webhooks/${endpoint.id}`);

    // While paused nothing is sent, however late, and new events wait with the old one.
    const before = receiver.requests.length;
    await applyStaffAction(h.reception, bookingId, "confirm");
    expect(await pass(h.property.id, new Date(now.getTime() + 7 * 86_400_000))).toEqual({ delivered: 0, failed: 0, paused: 0 });
    expect(receiver.requests.length).toBe(before);

    receiver.answerWith(() => 200);
    expect(await resumeWebhookEndpoint(h.manager, endpoint.id, soon(-1_000))).toEqual({ resumed: true, pending: 2 });
    expect(await pass(h.property.id, soon())).toMatchObject({ delivered: 2, failed: 0 });
    const ok = receiver.requests.filter((r) => r.answered === 200).map((r) => verified(secret, r).type);
    expect(ok).toEqual(["booking.created", "booking.confirmed"]);
    const [resumed] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(resumed).toMatchObject({ pausedAt: null, consecutiveFailures: 0, failingSince: null });
    expect((await auditRowsFor(endpoint.id)).map((a) => a.action)).toContain("webhook.resume");
  });
});

describe("the delivery log", () => {
  it("gives up after the last attempt; 'send again' delivers it with the same webhook-id, audited", async () => {
    const h = await webhookHotel();
    const { endpoint, secret } = await registerEndpoint(h.manager, `${receiver.url}/again`, ["booking.created"]);
    await h.bookRide();
    const [delivery] = await deliveriesOf(endpoint.id);
    // One attempt before the last (the earlier ones are the retry test's business).
    await db().update(webhookDeliveries).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(webhookDeliveries.id, delivery.id));
    receiver.answerWith(() => 502);
    await pass(h.property.id, soon());
    const [givenUp] = await listWebhookDeliveries(h.property.id, endpoint.id);
    expect(givenUp).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastStatusCode: 502, lastError: "HTTP 502 Bad Gateway" });
    expect(await pass(h.property.id, new Date(Date.now() + 30 * 86_400_000))).toMatchObject({ delivered: 0, failed: 0 });

    receiver.answerWith(() => 204);
    await resendWebhookDelivery(h.manager, endpoint.id, delivery.id, soon(-1_000));
    expect(await pass(h.property.id, soon())).toMatchObject({ delivered: 1 });
    const [sent] = await listWebhookDeliveries(h.property.id, endpoint.id);
    expect(sent).toMatchObject({ status: "delivered", attempts: MAX_ATTEMPTS + 1, lastStatusCode: 204, lastError: null });
    const ids = receiver.requests.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids)).toEqual(new Set([delivery.eventId]));
    expect(verified(secret, receiver.requests.at(-1)!).type).toBe("booking.created");
    expect((await auditRowsFor(delivery.id)).map((a) => [a.action, a.actorId])).toEqual([["webhook.resend", h.manager.staffId]]);
  });

  it("a new secret signs from the next delivery on; the old one no longer verifies", async () => {
    const h = await webhookHotel();
    const { endpoint, secret: old } = await registerEndpoint(h.manager, `${receiver.url}/rotate`, ["booking.created"]);
    const { secret } = await rotateWebhookSecret(h.manager, endpoint.id);
    expect(secret).not.toBe(old);
    await h.bookRide();
    await pass(h.property.id, soon());
    const [hook] = receiver.requests;
    expect(verified(secret, hook).type).toBe("booking.created");
    expect(() => verified(old, hook)).toThrow();
    expect((await auditRowsFor(endpoint.id)).map((a) => a.action).sort()).toEqual(["webhook.create", "webhook.rotate_secret"]);
  });
});
