// Integration tests of guest notifications: the outbox (dedupe, backoff, recovery) against a real SMTP server,
// what each change queues, the message thread, and ratings with their flag to the manager.
import { and, eq, inArray } from "drizzle-orm";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookingMessages, bookings, emailOutbox, stays } from "@/db/schema";
import {
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
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "@/tests/smtp-sink";
import { addDays, hotelToday } from "@/lib/time";
import { getBookingForGuest } from "@/server/booking/guest-bookings";
import { postGuestMessage, postStaffMessage } from "@/server/requests/thread";
import { bookService } from "@/server/booking/book-service";
import { expireUnansweredRequests } from "@/server/booking/expire-requests";
import { enqueuePreArrivalOffers, enqueueReminders, reminderKey } from "./guest-emails";
import { backoffMinutes, enqueueEmail, sendDueEmails } from "./outbox";
import { listFlaggedFeedback, listUnratedBookingIds, rateBooking, resolveFeedback } from "@/server/feedback/ratings";
import { rescheduleRequest } from "@/server/requests/changes";
import { addInternalNote } from "@/server/requests/thread";
import { applyStaffAction, declineRequest } from "@/server/requests/transitions";
import { listQueue } from "@/server/requests/queue";

useTestDatabase();

const NOW = new Date("2026-06-15T08:00:00Z");
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
/** Rows are due from the database's clock; the worker runs "a little later" than the real now. */
const later = (ms = 1_000) => new Date(Date.now() + ms);

async function hotel() {
  const property = await createProperty({ name: "Hotel Notify" });
  const stables = await createDepartment(property, { name: "Stables" });
  const kitchen = await createDepartment(property, { name: "Kitchen" });
  const riding = await createTimedService(stables, { capacity: 6, name: { en: "Horse riding" } });
  const session = await createSession(riding, { startsAt: inHours(1.5), capacity: 6 });
  const breakfast = await createOnRequestService(kitchen, { name: { en: "Breakfast in bed" } });
  const email = `${uniqueId("guest")}@example.test`;
  const stay = await createStay(property, { now: NOW, email, locale: "en" });
  const reception = await createStaff(property, { role: "reception", name: "Rita Reception" });
  const manager = await createStaff(property, { role: "manager", name: "Max Manager" });
  const bookRide = async (onStay = stay) =>
    (await bookService(guestOf(onStay), { serviceSlug: riding.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("k") }, NOW)).bookingId;
  const bookBreakfast = async (onStay = stay) =>
    (await bookService(guestOf(onStay), { serviceSlug: breakfast.slug, quantity: 1, idempotencyKey: uniqueId("k") }, NOW)).bookingId;
  return { property, stay, email, reception, manager, bookRide, bookBreakfast, riding };
}

async function outboxOf(bookingId: string) {
  return db().select().from(emailOutbox).where(eq(emailOutbox.bookingId, bookingId)).orderBy(emailOutbox.createdAt);
}

describe("outbox", () => {
  it("queues an email once per dedupe key", async () => {
    const { property, stay, email } = await hotel();
    const key = uniqueId("dedupe");
    const mail = { propertyId: property.id, stayId: stay.id, to: email, template: "reminder" as const, payload: { serviceName: "X" }, dedupeKey: key };
    expect(await enqueueEmail(db(), mail)).toBe(true);
    expect(await enqueueEmail(db(), mail)).toBe(false);
    const rows = await db().select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe("pending");
  });

  it("backs off 1, 5, 15, 60 minutes, then caps", () => {
    expect([1, 2, 3, 4, 5, 9].map(backoffMinutes)).toEqual([1, 5, 15, 60, 120, 120]);
  });
});

describe("emails over SMTP (a real server on a local port)", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.close();
  });

  it("confirming a request sends the guest a 'confirmed' email that arrives", async () => {
    const { reception, bookRide, email } = await hotel();
    const id = await bookRide();
    await applyStaffAction(reception, id, "confirm");
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${sink.port}`);
    await sendDueEmails(transport, later(), "Hotel <hotel@example.test>");
    const mail = sink.messages.find((m) => m.to.includes(email));
    expect(mail, "the email reached the SMTP server").toBeDefined();
    expect(mail!.subject).toBe("Confirmed: Horse riding");
    expect(mail!.text).toContain("your request for Horse riding");
    expect(mail!.text).toContain(`/requests/${id}`);
    expect(mail!.from).toBe("hotel@example.test");
    const [row] = await outboxOf(id);
    expect(row.status).toBe("sent");
    expect(row.sentAt).not.toBeNull();
  });

  it("while the server is down the email stays pending with a backoff; after recovery it is sent", async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.close(); // nothing listens on this port now
    const { reception, bookRide, email } = await hotel();
    const id = await bookRide();
    await applyStaffAction(reception, id, "confirm");
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`, { connectionTimeout: 2_000 });
    const t0 = later();
    await sendDueEmails(transport, t0);
    let [row] = await outboxOf(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000);

    // Not due yet: a pass 30 s later does not touch it.
    const messages: typeof sink.messages = [];
    const up = await startSmtpSink(port, messages);
    try {
      await sendDueEmails(transport, new Date(t0.getTime() + 30_000));
      [row] = await outboxOf(id);
      expect(row.attempts).toBe(1);
      await sendDueEmails(transport, new Date(t0.getTime() + 61_000));
      [row] = await outboxOf(id);
      expect(row.status).toBe("sent");
      expect(row.attempts).toBe(2);
      const mail = messages.find((m) => m.to.includes(email));
      expect(mail?.subject).toBe("Confirmed: Horse riding");
    } finally {
      await up.close();
    }
  });
});

describe("the sending pass", () => {
  /** A transport that holds each message until released, to look at the database while a send is under way. */
  function heldTransport() {
    const sentTo: string[] = [];
    let release: () => void = () => {};
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => (started = resolve));
    const transport = {
      sendMail: async (mail: { to?: unknown }) => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        sentTo.push(String(mail.to));
        return {};
      },
    };
    return { transport: transport as unknown as Parameters<typeof sendDueEmails>[0], sentTo, sending, release: () => release() };
  }

  it("sends every due email once in one pass, oldest first", async () => {
    const { property, stay } = await hotel();
    const to = [1, 2, 3, 4].map((n) => `${uniqueId(`many${n}`)}@example.test`);
    for (const address of to) {
      await enqueueEmail(db(), { propertyId: property.id, stayId: stay.id, to: address, template: "reminder", payload: { serviceName: "X" }, dedupeKey: uniqueId("many") });
    }
    const messages: ReceivedMail[] = [];
    const own = await startSmtpSink(0, messages);
    try {
      await sendDueEmails(nodemailer.createTransport(`smtp://127.0.0.1:${own.port}`), later());
      for (const address of to) expect(messages.filter((m) => m.to.includes(address)), address).toHaveLength(1);
      const rows = await db().select().from(emailOutbox).where(inArray(emailOutbox.toAddress, to));
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(to.map(() => ["sent", 1]));
    } finally {
      await own.close();
    }
  });

  it("holds no lock while the mail server talks: the database answers, and a second pass does not send it again", async () => {
    const { property, stay } = await hotel();
    const address = `${uniqueId("slow")}@example.test`;
    await enqueueEmail(db(), { propertyId: property.id, stayId: stay.id, to: address, template: "reminder", payload: { serviceName: "X" }, dedupeKey: uniqueId("slow") });
    const held = heldTransport();
    const pass = sendDueEmails(held.transport, later());
    await held.sending;
    // The embedded database has one connection: a transaction left open during the send would stall this.
    const probe = db().select({ id: emailOutbox.id, status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.toAddress, address));
    const answered = await Promise.race([probe, new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 3_000))]);
    expect(answered).not.toBe("blocked");
    // Claimed for this pass: another pass in the meantime finds nothing of it to send.
    const second = heldTransport();
    expect(await sendDueEmails(second.transport, later())).toEqual({ sent: 0, failed: 0 });
    held.release();
    expect(await pass).toEqual({ sent: 1, failed: 0 });
    expect(held.sentTo).toEqual([address]);
    const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
    expect([row.status, row.attempts]).toEqual(["sent", 1]);
  });
});

describe("what queues an email", () => {
  it("each status change the guest cares about, once; none without an email address", async () => {
    const { reception, bookRide, bookBreakfast, property } = await hotel();
    const declined = await bookRide();
    await declineRequest(reception, declined, "Fully booked with a school group", "Tomorrow at 10:00");
    const [d] = await outboxOf(declined);
    expect(d.template).toBe("status_declined");
    expect(d.payload.note).toBe("Fully booked with a school group — Tomorrow at 10:00");

    const delivered = await bookBreakfast();
    await applyStaffAction(reception, delivered, "confirm");
    await applyStaffAction(reception, delivered, "start");
    await applyStaffAction(reception, delivered, "fulfil");
    expect((await outboxOf(delivered)).map((r) => r.template)).toEqual(["status_confirmed", "on_its_way", "status_fulfilled"]);

    const cancelled = await bookRide();
    await applyStaffAction(reception, cancelled, "cancel");
    expect((await outboxOf(cancelled)).map((r) => r.template)).toEqual(["status_cancelled"]);

    const silent = await createStay(property, { now: NOW, email: null });
    const { bookRide: bookSilently } = { bookRide };
    const quiet = await bookSilently(silent);
    await applyStaffAction(reception, quiet, "confirm");
    expect(await outboxOf(quiet)).toHaveLength(0);
  });

  it("a new time when staff reschedule", async () => {
    const { reception, bookRide, riding } = await hotel();
    const id = await bookRide();
    const [current] = await db().select({ sessionId: bookings.sessionId }).from(bookings).where(eq(bookings.id, id));
    const next = await createSession(riding, { startsAt: inHours(26), capacity: 6 });
    await rescheduleRequest(reception, id, { sessionId: next.id, expectedSessionId: current.sessionId! }, NOW);
    const rows = await outboxOf(id);
    expect(rows.map((r) => r.template)).toEqual(["rescheduled"]);
    expect(rows[0].payload.scheduledAt).toBe(inHours(26).toISOString());
  });

  it("an unanswered request that expires", async () => {
    const { bookRide } = await hotel();
    const id = await bookRide();
    await expireUnansweredRequests(inHours(2));
    expect((await outboxOf(id)).map((r) => r.template)).toEqual(["status_expired"]);
  });

  it("a reminder before a timed service, once", async () => {
    const { reception, bookRide } = await hotel();
    const id = await bookRide();
    await applyStaffAction(reception, id, "confirm");
    await enqueueReminders(NOW, 60); // starts in 90 minutes: not yet
    expect((await outboxOf(id)).map((r) => r.template)).toEqual(["status_confirmed"]);
    await enqueueReminders(NOW, 120);
    await enqueueReminders(inHours(0.5), 120);
    const rows = await outboxOf(id);
    expect(rows.map((r) => r.template)).toEqual(["status_confirmed", "reminder"]);
    expect(rows[1].dedupeKey).toBe(reminderKey(id, inHours(1.5)));
  });

  it("a booking moved to a new time is reminded again, before the new time", async () => {
    const { reception, bookRide, riding } = await hotel();
    const id = await bookRide();
    await applyStaffAction(reception, id, "confirm");
    await enqueueReminders(NOW, 120);
    const [current] = await db().select({ sessionId: bookings.sessionId }).from(bookings).where(eq(bookings.id, id));
    const later4h = await createSession(riding, { startsAt: inHours(4), capacity: 6 });
    await rescheduleRequest(reception, id, { sessionId: later4h.id, expectedSessionId: current.sessionId! }, NOW);
    await enqueueReminders(NOW, 120); // the new time is 4 hours away: not yet
    expect((await outboxOf(id)).map((r) => r.template)).toEqual(["status_confirmed", "reminder", "rescheduled"]);
    await enqueueReminders(inHours(2.5), 120);
    await enqueueReminders(inHours(3), 120);
    const rows = await outboxOf(id);
    expect(rows.map((r) => r.template)).toEqual(["status_confirmed", "reminder", "rescheduled", "reminder"]);
    expect(rows[3].payload.scheduledAt).toBe(inHours(4).toISOString());
  });

  it("a reminder queued before the key held the time still counts: no second one for the same time", async () => {
    const { property, stay, reception, bookRide } = await hotel();
    const id = await bookRide();
    await applyStaffAction(reception, id, "confirm");
    await enqueueEmail(db(), { propertyId: property.id, stayId: stay.id, bookingId: id, to: "x@example.test", template: "reminder", payload: {}, dedupeKey: `reminder:${id}` });
    await enqueueReminders(NOW, 120);
    expect((await outboxOf(id)).filter((r) => r.template === "reminder")).toHaveLength(1);
  });

  it("a pre-arrival offer three days ahead, once per stay, linking to sign-in with the code (no token)", async () => {
    const { property } = await hotel();
    const today = hotelToday(property.timeZone, NOW);
    const email = `${uniqueId("arriving")}@example.test`;
    const arriving = await createStay(property, { now: NOW, email, checkIn: addDays(today, 3), checkOut: addDays(today, 6), childrenAges: [1] });
    await enqueuePreArrivalOffers(NOW, 3);
    await enqueuePreArrivalOffers(NOW, 3);
    const rows = await db().select().from(emailOutbox).where(and(eq(emailOutbox.stayId, arriving.id), eq(emailOutbox.template, "pre_arrival")));
    expect(rows).toHaveLength(1);
    expect(rows[0].toAddress).toBe(email);
    expect(String(rows[0].payload.link)).toMatch(new RegExp(`/signin\\?code=${arriving.reservationCode}$`));
    const [stay] = await db().select().from(stays).where(eq(stays.id, arriving.id));
    expect(stay.preArrivalSentAt).not.toBeNull();
  });

  it("a staff message to the guest; internal notes stay internal", async () => {
    const { reception, bookRide, stay } = await hotel();
    const id = await bookRide();
    await addInternalNote(reception, id, "Guest seemed nervous about horses");
    await postStaffMessage(reception, id, "Please wear long trousers.");
    await postGuestMessage({ ...guestOf(stay), guestName: stay.guestName }, id, "Thank you!");
    const rows = await outboxOf(id);
    expect(rows.map((r) => r.template)).toEqual(["staff_message"]);
    expect(rows[0].payload.note).toBe("Please wear long trousers.");
    const view = await getBookingForGuest(guestOf(stay), id);
    expect(view!.messages.map((m) => m.body)).toEqual(["Please wear long trousers.", "Thank you!"]);
    const all = await db().select().from(bookingMessages).where(eq(bookingMessages.bookingId, id));
    expect(all).toHaveLength(3);
  });

  it("the queue marks a request whose guest wrote last, until staff answer (an internal note is no answer)", async () => {
    const { reception, bookRide, stay } = await hotel();
    const id = await bookRide();
    const marked = async () => (await listQueue(reception)).find((r) => r.id === id)?.awaitingReply;
    expect(await marked()).toBe(false);
    await postGuestMessage({ ...guestOf(stay), guestName: stay.guestName }, id, "We will be ten minutes late.");
    expect(await marked()).toBe(true);
    await addInternalNote(reception, id, "Told the stables.");
    expect(await marked()).toBe(true);
    await postStaffMessage(reception, id, "No problem, the horses will wait.");
    expect(await marked()).toBe(false);
  });

  it("another stay's booking is refused like a missing one", async () => {
    const { bookRide, property } = await hotel();
    const id = await bookRide();
    const other = await createStay(property, { now: NOW });
    expect(await getBookingForGuest(guestOf(other), id)).toBeNull();
    await expectAppError(postGuestMessage(guestOf(other), id, "hi"), "not_found");
    await expectAppError(rateBooking(guestOf(other), id, { score: 5 }), "not_found");
  });
});

describe("ratings", () => {
  it("once per fulfilled booking; a low score or a complaint is flagged until resolved", async () => {
    const { reception, manager, bookBreakfast, stay } = await hotel();
    const guest = guestOf(stay);
    const low = await bookBreakfast();
    await expectAppError(rateBooking(guest, low, { score: 2 }), "booking:conflict"); // not provided yet
    await applyStaffAction(reception, low, "confirm");
    await applyStaffAction(reception, low, "fulfil");
    expect((await listUnratedBookingIds(guest)).has(low)).toBe(true);
    expect(await rateBooking(guest, low, { score: 2, comment: "Cold coffee", complaint: true })).toEqual({ flagged: true });
    await expectAppError(rateBooking(guest, low, { score: 5 }), "booking:conflict");
    expect((await listUnratedBookingIds(guest)).has(low)).toBe(false);

    const happy = await bookBreakfast();
    await applyStaffAction(reception, happy, "confirm");
    await applyStaffAction(reception, happy, "fulfil");
    expect(await rateBooking(guest, happy, { score: 5 })).toEqual({ flagged: false });

    const flagged = await listFlaggedFeedback(manager);
    expect(flagged.map((f) => f.bookingId)).toEqual([low]);
    expect(flagged[0]).toMatchObject({ score: 2, comment: "Cold coffee", complaint: true, guestName: stay.guestName });
    await resolveFeedback(manager, flagged[0].id);
    expect(await listFlaggedFeedback(manager)).toHaveLength(0);
    await expectAppError(resolveFeedback(manager, flagged[0].id), "not_found");
  });
});
