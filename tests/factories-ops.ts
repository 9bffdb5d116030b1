// Test helpers for the back office's queue and request changes: listening to live changes, reading rows back.
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { bookService } from "@/server/booking/book-service";
import { subscribeBookingChanges, type BookingChange } from "@/server/live";
import { bookingEvents, bookingMessages } from "@/db/schema";
import {
  createDepartment,
  createOnRequestService,
  createProperty,
  createSession,
  createStay,
  createTimedService,
  guestOf,
  uniqueId,
} from "./factories";

export type ChangeRecorder = {
  changes: BookingChange[];
  /** Resolves with the first recorded change matching `match`, or rejects after `timeoutMs`. */
  waitFor: (match: (c: BookingChange) => boolean, timeoutMs?: number) => Promise<BookingChange>;
  stop: () => void;
};

/** Subscribes to booking changes and records them; resolves once the LISTEN is in place. */
export async function recordChanges(): Promise<ChangeRecorder> {
  const changes: BookingChange[] = [];
  const waiters: { match: (c: BookingChange) => boolean; resolve: (c: BookingChange) => void }[] = [];
  const unsubscribe = subscribeBookingChanges((change) => {
    changes.push(change);
    for (const w of [...waiters]) {
      if (w.match(change)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(change);
      }
    }
  });
  await unsubscribe.ready;
  return {
    changes,
    waitFor: (match, timeoutMs = 5_000) => {
      const seen = changes.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching booking change within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          match,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    stop: unsubscribe,
  };
}

/** Staff events of a booking with a given action ("assign", "reschedule", …), oldest first. */
export async function eventsWithAction(bookingId: string, action: string) {
  const rows = await db()
    .select()
    .from(bookingEvents)
    .where(and(eq(bookingEvents.bookingId, bookingId), eq(bookingEvents.action, action)));
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export async function messagesOf(bookingId: string) {
  return db().select().from(bookingMessages).where(eq(bookingMessages.bookingId, bookingId));
}

/** 10:00 on a Monday in Berlin: the clock the back-office tests book and change requests at. */
export const OPS_NOW = new Date("2026-06-15T08:00:00Z");
export const inHours = (h: number) => new Date(OPS_NOW.getTime() + h * 3_600_000);

/**
 * A property with a spa (massage, three sessions: 6, 6 and 2 seats) and a kitchen (room service),
 * a stay of four adults, and helpers to book either.
 */
export async function opsHotel(options: { propertyName?: string } = {}) {
  const property = await createProperty(options.propertyName ? { name: options.propertyName } : {});
  const spa = await createDepartment(property, { name: "Spa" });
  const kitchen = await createDepartment(property, { name: "Kitchen" });
  const massage = await createTimedService(spa, { capacity: 6 });
  const morning = await createSession(massage, { startsAt: inHours(4), capacity: 6 });
  const afternoon = await createSession(massage, { startsAt: inHours(6), capacity: 6 });
  const small = await createSession(massage, { startsAt: inHours(8), capacity: 2 });
  const breakfast = await createOnRequestService(kitchen);
  const stay = await createStay(property, { now: OPS_NOW, adults: 4 });
  const bookMassage = async (quantity = 2, session: { id: string } = morning, onStay = stay) =>
    (
      await bookService(
        guestOf(onStay),
        { serviceSlug: massage.slug, sessionId: session.id, quantity, idempotencyKey: uniqueId("key") },
        OPS_NOW,
      )
    ).bookingId;
  const bookBreakfast = async (onStay = stay) =>
    (await bookService(guestOf(onStay), { serviceSlug: breakfast.slug, quantity: 1, idempotencyKey: uniqueId("key") }, OPS_NOW))
      .bookingId;
  return { property, spa, kitchen, massage, morning, afternoon, small, breakfast, stay, bookMassage, bookBreakfast };
}
