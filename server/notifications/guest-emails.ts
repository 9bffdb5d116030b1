// What the guest is told by email, and when: one hook for status changes, plus the timed passes (reminder, pre-arrival).
import "server-only";
import { and, eq, gt, gte, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import type { BookingStatus } from "@/lib/booking-status";
import type { EmailTemplate } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { addDays, hotelToday } from "@/lib/time";
import { db, type Tx } from "@/db/client";
import { bookings, properties, services, stays } from "@/db/schema";
import { enqueueEmail } from "./outbox";

type LocalizedText = { en: string } & Record<string, string>;

function textIn(text: LocalizedText, locale: string): string {
  return text[locale] || text.en;
}

function bookingLink(bookingId: string): string {
  return `${env().PUBLIC_URL.replace(/\/$/, "")}/requests/${bookingId}`;
}

/** The booking, its stay's email and language, and the hotel: everything an email about it needs. */
async function loadBooking(tx: Tx, bookingId: string) {
  const [row] = await tx
    .select({
      id: bookings.id,
      propertyId: bookings.propertyId,
      stayId: bookings.stayId,
      status: bookings.status,
      scheduledAt: bookings.scheduledAt,
      serviceName: services.name,
      mode: services.mode,
      email: stays.email,
      locale: stays.locale,
      guestName: stays.guestName,
      hotelName: properties.name,
      timeZone: properties.timeZone,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .innerJoin(properties, eq(properties.id, bookings.propertyId))
    .where(eq(bookings.id, bookingId))
    .limit(1);
  return row ?? null;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;

async function enqueueFor(tx: Tx, b: Loaded, template: EmailTemplate, dedupeKey: string, note?: string | null): Promise<boolean> {
  if (!b.email) return false;
  const locale = b.locale || "en";
  return enqueueEmail(tx, {
    propertyId: b.propertyId,
    stayId: b.stayId,
    bookingId: b.id,
    to: b.email,
    locale,
    template,
    dedupeKey,
    payload: {
      guestName: b.guestName,
      hotelName: b.hotelName,
      serviceName: textIn(b.serviceName as LocalizedText, locale),
      scheduledAt: b.scheduledAt?.toISOString() ?? null,
      timeZone: b.timeZone,
      note: note ?? null,
      link: bookingLink(b.id),
    },
  });
}

const STATUS_TEMPLATES: Partial<Record<BookingStatus, EmailTemplate>> = {
  confirmed: "status_confirmed",
  declined: "status_declined",
  cancelled: "status_cancelled",
  expired: "status_expired",
  fulfilled: "status_fulfilled",
};

/**
 * The one hook for status changes the guest cares about, called inside the transaction that makes the change
 * (so the email exists if and only if the change does). Starting an in-room delivery sends "on its way".
 * Guests without an email address are skipped.
 */
export async function notifyGuestOfChange(tx: Tx, bookingId: string, toStatus: BookingStatus, note?: string | null): Promise<void> {
  const b = await loadBooking(tx, bookingId);
  if (!b) return;
  if (toStatus === "in_progress") {
    if (b.mode === "on_request") await enqueueFor(tx, b, "on_its_way", `on_its_way:${b.id}`);
    return;
  }
  const template = STATUS_TEMPLATES[toStatus];
  if (template) await enqueueFor(tx, b, template, `status:${b.id}:${toStatus}`, note);
}

/** Staff moved a timed booking to another time (once per new time). */
export async function notifyGuestOfReschedule(tx: Tx, bookingId: string): Promise<void> {
  const b = await loadBooking(tx, bookingId);
  if (b?.scheduledAt) await enqueueFor(tx, b, "rescheduled", `rescheduled:${b.id}:${b.scheduledAt.getTime()}`);
}

/** A staff message to the guest, by email too (once per message). */
export async function notifyGuestOfMessage(tx: Tx, bookingId: string, messageId: string, body: string): Promise<void> {
  const b = await loadBooking(tx, bookingId);
  if (b) await enqueueFor(tx, b, "staff_message", `message:${messageId}`, body);
}

/** A waiting-list place offered to the guest (once per offer). */
export async function notifyWaitlistOffer(
  tx: Tx,
  entry: { id: string; propertyId: string; stayId: string; serviceId: string; sessionId: string | null },
  offeredUntil: Date,
): Promise<void> {
  const [row] = await tx
    .select({ email: stays.email, locale: stays.locale, guestName: stays.guestName, serviceName: services.name, hotelName: properties.name, timeZone: properties.timeZone })
    .from(stays)
    .innerJoin(services, eq(services.id, entry.serviceId))
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(eq(stays.id, entry.stayId))
    .limit(1);
  if (!row?.email) return;
  const locale = row.locale || "en";
  await enqueueEmail(tx, {
    propertyId: entry.propertyId,
    stayId: entry.stayId,
    to: row.email,
    locale,
    template: "waitlist_offer",
    dedupeKey: `waitlist_offer:${entry.id}:${offeredUntil.getTime()}`,
    payload: {
      guestName: row.guestName,
      hotelName: row.hotelName,
      serviceName: textIn(row.serviceName as LocalizedText, locale),
      timeZone: row.timeZone,
      link: `${env().PUBLIC_URL.replace(/\/$/, "")}/requests`,
    },
  });
}

/** The dedupe key of a booking's reminder for one start time (in SQL: reminderKeySql). */
export function reminderKey(bookingId: string, scheduledAt: Date): string {
  return `reminder:${bookingId}:${scheduledAt.getTime()}`;
}
const reminderKeySql = sql`'reminder:' || ${bookings.id}::text || ':' || floor(extract(epoch from ${bookings.scheduledAt}) * 1000)::bigint::text`;

/** Reminders for confirmed timed bookings starting within the reminder window (one per booking and start time). */
export async function enqueueReminders(now: Date = new Date(), minutesBefore: number = env().REMINDER_MINUTES): Promise<number> {
  const until = new Date(now.getTime() + minutesBefore * 60_000);
  const due = await db()
    .select({ id: bookings.id })
    .from(bookings)
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .where(
      and(
        eq(bookings.status, "confirmed"),
        isNotNull(bookings.scheduledAt),
        gt(bookings.scheduledAt, now),
        lte(bookings.scheduledAt, until),
        isNotNull(stays.email),
        // One reminder per booking and start time: a booking moved to a new time is reminded again. (Keys
        // without the time were written before it counted; they still stand for the booking's reminder.)
        sql`not exists (select 1 from email_outbox o where o.dedupe_key in (${reminderKeySql}, 'reminder:' || ${bookings.id}::text))`,
      ),
    )
    .limit(200);
  let queued = 0;
  for (const { id } of due) {
    await db().transaction(async (tx) => {
      const b = await loadBooking(tx, id);
      if (b?.scheduledAt && (await enqueueFor(tx, b, "reminder", reminderKey(id, b.scheduledAt)))) queued++;
    });
  }
  return queued;
}

/** How many suggestions the pre-arrival email lists. */
const PRE_ARRIVAL_SUGGESTIONS = 4;

/**
 * Pre-arrival offers: N days before check-in, one email per stay with suggestions for the party and a link to
 * sign-in with the reservation code filled in. Deliberately not a magic link: a token that skips the surname
 * would be a bearer credential sitting in an inbox (forwarded, synced, previewed), so the guest still types it.
 */
export async function enqueuePreArrivalOffers(now: Date = new Date(), daysBefore: number = env().PRE_ARRIVAL_DAYS): Promise<number> {
  const props = await db().select({ id: properties.id, timeZone: properties.timeZone, name: properties.name }).from(properties);
  let queued = 0;
  for (const p of props) {
    const today = hotelToday(p.timeZone, now);
    const horizon = addDays(today, daysBefore);
    const due = await db()
      .select()
      .from(stays)
      .where(
        and(
          eq(stays.propertyId, p.id),
          isNull(stays.preArrivalSentAt),
          isNotNull(stays.email),
          ne(stays.email, ""),
          gte(stays.checkIn, today),
          lte(stays.checkIn, horizon),
        ),
      )
      .limit(200);
    if (!due.length) continue;
    const offered = await db()
      .select({ name: services.name, mode: services.mode, slug: services.slug })
      .from(services)
      .where(and(eq(services.propertyId, p.id), eq(services.active, true)))
      .orderBy(services.slug)
      .limit(50);
    for (const stay of due) {
      const locale = stay.locale || "en";
      const suggestions = suggestFor(stay, offered).map((s) => textIn(s.name as LocalizedText, locale));
      await db().transaction(async (tx) => {
        const [claimed] = await tx
          .update(stays)
          .set({ preArrivalSentAt: now })
          .where(and(eq(stays.id, stay.id), isNull(stays.preArrivalSentAt)))
          .returning({ id: stays.id });
        if (!claimed) return;
        await enqueueEmail(tx, {
          propertyId: p.id,
          stayId: stay.id,
          to: stay.email!,
          locale,
          template: "pre_arrival",
          dedupeKey: `pre_arrival:${stay.id}`,
          payload: {
            guestName: stay.guestName,
            hotelName: p.name,
            suggestions,
            link: `${env().PUBLIC_URL.replace(/\/$/, "")}/signin?code=${encodeURIComponent(stay.reservationCode)}`,
          },
        });
        queued++;
      });
    }
  }
  return queued;
}

/** Simple party-based picks: families see child-friendly items first (crib, stroller, family); everyone else the rest. */
function suggestFor<T extends { slug: string }>(stay: { childrenAges: number[] }, offered: T[]): T[] {
  const hasInfant = stay.childrenAges.some((a) => a <= 2);
  const hasChildren = stay.childrenAges.length > 0;
  const score = (s: T) => {
    const slug = s.slug.toLowerCase();
    if (hasInfant && /crib|cot|stroller|baby/.test(slug)) return 0;
    if (hasChildren && /family|kid|child|pony/.test(slug)) return 1;
    if (!hasChildren && /crib|cot|stroller|baby|kid|child/.test(slug)) return 9;
    return 5;
  };
  return [...offered].sort((a, b) => score(a) - score(b)).slice(0, PRE_ARRIVAL_SUGGESTIONS);
}

