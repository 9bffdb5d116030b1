// The manager's outbox: one hotel's emails newest first (never another hotel's), and "send again": manager only,
// audited, back to pending and due at once for the next pass.
import { and, eq, lte } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { auditRowsFor, createActor } from "@/tests/factories-admin";
import { createProperty } from "@/tests/factories";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { enqueueEmail } from "./outbox";
import { listOutbox, resendEmail } from "./outbox-admin";

useTestDatabase();

const payload = { guestName: "Ana", hotelName: "Demo", serviceName: "Horse riding", scheduledAt: null, timeZone: "Europe/Berlin", note: null, link: "https://x.test/requests/1" };

async function email(propertyId: string, key: string) {
  await enqueueEmail(db(), { propertyId, to: `${key}@example.com`, template: "status_confirmed", payload, dedupeKey: `${key}:${crypto.randomUUID()}` });
  const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, `${key}@example.com`));
  return row;
}

describe("the manager's outbox", () => {
  it("lists one hotel's emails newest first, with status, attempts and last error; another hotel's stay out", async () => {
    const hotel = await createProperty();
    const other = await createProperty();
    const first = await email(hotel.id, `first-${hotel.id.slice(0, 8)}`);
    const second = await email(hotel.id, `second-${hotel.id.slice(0, 8)}`);
    await email(other.id, `other-${other.id.slice(0, 8)}`);
    await db().update(emailOutbox).set({ createdAt: new Date(Date.now() - 60_000), attempts: 3, lastError: "connect ECONNREFUSED" }).where(eq(emailOutbox.id, first.id));
    const rows = await listOutbox(hotel.id, { limit: 10, offset: 0 });
    expect(rows.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(rows[1]).toMatchObject({ status: "pending", attempts: 3, lastError: "connect ECONNREFUSED", template: "status_confirmed" });
  });

  it("sends a failed email again: manager only, audited, pending and due for the next pass", async () => {
    const hotel = await createProperty();
    const manager = await createActor(hotel, "manager");
    const reception = await createActor(hotel, "reception");
    const failed = await email(hotel.id, `failed-${hotel.id.slice(0, 8)}`);
    await db().update(emailOutbox).set({ status: "failed", attempts: 15, lastError: "550 mailbox unavailable" }).where(eq(emailOutbox.id, failed.id));

    await expectAppError(resendEmail(reception, failed.id), "auth:forbidden");
    const outsider = await createActor(await createProperty(), "manager");
    await expectAppError(resendEmail(outsider, failed.id), "not_found");

    const now = new Date();
    await resendEmail(manager, failed.id, now);
    const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, failed.id));
    expect(row).toMatchObject({ status: "pending", attempts: 15 });
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime());
    const audit = await auditRowsFor(failed.id);
    expect(audit.map((a) => [a.action, a.outcome, a.actorId])).toEqual(
      expect.arrayContaining([
        ["email.resend", "denied", reception.staffId],
        ["email.resend", "ok", manager.staffId],
      ]),
    );

    // Due for the next pass (sendDueEmails takes pending rows whose next attempt has come); not sent from here, so the
    // other test files' outbox rows in a shared database stay theirs.
    const due = await db().select({ id: emailOutbox.id }).from(emailOutbox).where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now), eq(emailOutbox.id, failed.id)));
    expect(due).toHaveLength(1);
  });
});
