// A season of past stays for the demo hotel (bookings, ratings, credits), so the manager's reports show something real.
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { bookingCost, quote, type AgeBand, type PriceUnit } from "@/lib/pricing";
import { addDays, daysFrom, daysIncluded, hotelToday, localInstant, type Day } from "@/lib/time";
import type { BookingStatus } from "@/lib/booking-status";
import type { Db, Tx } from "../client";
import * as s from "../schema";

export const HISTORY_STAYS = 150;
export const HISTORY_DAYS = 120;

/** Deterministic PRNG (mulberry32): the same season on every seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

const SURNAMES = ["Andersen", "Bauer", "Costa", "Dubois", "Eriksson", "Fischer", "Horvath", "Ivanova", "Jensen", "Keller", "Lindqvist",
  "Moreau", "Nielsen", "Olsen", "Popescu", "Rossi", "Schmidt", "Szabo", "Vogel", "Weber", "Yilmaz", "Zimmermann"];
const FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Lea", "Max", "Nora", "Oskar", "Paula"];
const LOW_COMMENTS = ["We waited far too long.", "Nobody came at the agreed time.", "The equipment was not ready.", "Cold food and a rude reply.",
  "Not worth the price.", "The guide was late and in a hurry."];
const GOOD_COMMENTS = ["Lovely, thank you!", "The children loved it.", "Great value.", null, null, null];
const CREDIT_REASONS = ["Late response to a request", "Service started late", "Equipment not ready", "Goodwill gesture", "Complaint about quality"];
const DECLINE_REASONS = ["Fully booked at that time", "Weather: cancelled for safety", "Not available that day"];

type ServiceRow = {
  id: string;
  departmentId: string;
  mode: "timed" | "rental" | "on_request" | "ticket";
  priceMinor: number;
  priceUnit: PriceUnit;
  costMinor: number;
  taxRateBp: number;
  complimentary: boolean;
  durationMinutes: number | null;
  minAge: number | null;
  maxPerBooking: number;
  target: number;
  packageId: string | null;
};

/**
 * Inserts HISTORY_STAYS past stays over the last HISTORY_DAYS days (all checked out by yesterday) with
 * their bookings, every one in a final status (fulfilled mostly; some declined, cancelled, no-show,
 * expired), so nothing shows in today's queue or run sheet. Past timed bookings keep `scheduled_at`
 * but no session row: final statuses hold no seats, and sessions in the past are not bookable, so
 * there is no counter to keep consistent. Flagged ratings are marked resolved (the season is over).
 */
export async function seedHistory(db: Db | Tx, { propertyId, now }: { propertyId: string; now: Date }): Promise<{ stays: number; bookings: number }> {
  const rnd = prng(20_260_601);
  const [property] = await db.select().from(s.properties).where(eq(s.properties.id, propertyId));
  const tz = property.timeZone;
  const today = hotelToday(tz, now);
  const latest = now.getTime() - 3_600_000;
  const clamp = (d: Date) => new Date(Math.min(d.getTime(), latest));
  const plus = (d: Date, minutes: number) => new Date(d.getTime() + Math.round(minutes * 60_000));

  const serviceRows: ServiceRow[] = await db
    .select({
      id: s.services.id,
      departmentId: s.services.departmentId,
      mode: s.services.mode,
      priceMinor: s.services.priceMinor,
      priceUnit: s.services.priceUnit,
      costMinor: s.services.costMinor,
      taxRateBp: s.services.taxRateBp,
      complimentary: s.services.complimentary,
      durationMinutes: s.services.durationMinutes,
      minAge: s.services.minAge,
      maxPerBooking: s.services.maxPerBooking,
      target: s.departments.responseTargetMinutes,
      packageId: s.packageItems.packageId,
    })
    .from(s.services)
    .innerJoin(s.departments, eq(s.departments.id, s.services.departmentId))
    .leftJoin(s.packageItems, eq(s.packageItems.serviceId, s.services.id))
    .where(eq(s.services.propertyId, propertyId))
    .orderBy(s.services.sortOrder);
  // A service in two packages comes twice: keep the first package.
  const services = [...new Map(serviceRows.map((v) => [v.id, v])).values()];
  const ageBands: AgeBand[] = (
    await db
      .select({ minAge: s.priceRules.minAge, maxAge: s.priceRules.maxAge, discountBp: s.priceRules.discountBp })
      .from(s.priceRules)
      .where(and(eq(s.priceRules.propertyId, propertyId), eq(s.priceRules.kind, "age_band")))
  ).map((b) => ({ minAge: b.minAge ?? 0, maxAge: b.maxAge ?? 200, discountBp: b.discountBp }));
  const [manager] = await db
    .select({ id: s.staffUsers.id })
    .from(s.staffUsers)
    .innerJoin(s.staffMemberships, eq(s.staffMemberships.staffId, s.staffUsers.id))
    .where(and(eq(s.staffMemberships.propertyId, propertyId), eq(s.staffMemberships.role, "manager")))
    .limit(1);

  // Stays: all checked out by yesterday.
  const stayValues = Array.from({ length: HISTORY_STAYS }, (_, i) => {
    const nights = rnd.int(2, 7);
    const checkIn = addDays(today, -rnd.int(nights + 1, HISTORY_DAYS));
    const kind = rnd.next();
    const adults = kind < 0.15 ? 1 : kind < 0.9 ? 2 : rnd.int(3, 4);
    const childrenAges = kind >= 0.4 && kind < 0.9 ? Array.from({ length: rnd.int(1, 3) }, () => rnd.int(0, 14)) : [];
    const surname = rnd.pick(SURNAMES);
    return {
      propertyId,
      reservationCode: `HIST-${String(i + 1).padStart(4, "0")}`,
      surname,
      guestName: `${rnd.pick(FIRST)} ${surname}`,
      room: String(rnd.int(1, 5) * 100 + rnd.int(1, 30)),
      checkIn,
      checkOut: addDays(checkIn, nights),
      adults,
      childrenAges,
      locale: "en",
      createdAt: DateTime.fromISO(checkIn, { zone: tz }).minus({ days: rnd.int(7, 60) }).toJSDate(),
    };
  });
  const stayIds = await db.insert(s.stays).values(stayValues).returning({ id: s.stays.id });

  type BookingValues = typeof s.bookings.$inferInsert;
  const bookingValues: BookingValues[] = [];
  stayValues.forEach((stay, index) => {
    const stayId = stayIds[index].id;
    const nights = daysFrom(stay.checkIn, stay.checkOut);
    const count = rnd.int(0, 5);
    for (let n = 0; n < count; n++) {
      const service = rnd.pick(services);
      const ages = stay.childrenAges.filter((a) => service.minAge === null || a >= service.minAge);
      const adults = stay.adults;
      if (service.priceUnit === "per_child" && ages.length === 0) continue;
      const day: Day = addDays(stay.checkIn, rnd.int(0, nights - 1));
      let quantity = 1;
      let participants: { adults: number; childAges: number[] } | null = null;
      let days: number | undefined;
      let startDay: string | null = null;
      let endDay: string | null = null;
      let scheduledAt: Date | null = null;
      let createdAt: Date;
      if (service.priceUnit === "per_person") {
        participants = { adults, childAges: ages };
        quantity = Math.min(adults + ages.length, service.maxPerBooking);
        if (quantity < adults + ages.length) participants = { adults: Math.min(adults, quantity), childAges: ages.slice(0, Math.max(0, quantity - adults)) };
      } else if (service.priceUnit === "per_child") {
        participants = { adults: 0, childAges: ages };
        quantity = Math.min(ages.length, service.maxPerBooking);
        participants.childAges = ages.slice(0, quantity);
      } else if (service.priceUnit === "per_hour") {
        quantity = 1;
      }
      if (service.mode === "rental") {
        quantity = rnd.int(1, Math.min(2, service.maxPerBooking));
        startDay = day;
        endDay = addDays(day, rnd.int(0, Math.min(2, daysFrom(day, stay.checkOut) - 1)));
        days = daysIncluded(startDay, endDay);
        createdAt = plus(localInstant(day, "08:00", tz), rnd.int(0, 120));
      } else if (service.mode === "timed" || service.mode === "ticket") {
        scheduledAt = localInstant(day, rnd.pick(service.mode === "ticket" ? ["20:00", "21:00"] : ["09:30", "10:00", "14:30", "17:30"]), tz);
        createdAt = plus(scheduledAt, -rnd.int(120, 2 * 24 * 60));
      } else {
        createdAt = plus(localInstant(day, "08:00", tz), rnd.int(0, 12 * 60));
      }
      let priced;
      try {
        priced = quote(service, { quantity, participants: participants ?? undefined, days, ageBands });
      } catch {
        continue;
      }
      // Most answered within the department's target, about one in five late (some very).
      const late = rnd.chance(0.2);
      const response = service.target * (late ? 1 + rnd.next() * 3 : 0.1 + rnd.next() * 0.9);
      const roll = rnd.next();
      let status: BookingStatus =
        roll < 0.8 ? "fulfilled" : roll < 0.86 ? "declined" : roll < 0.93 ? "cancelled" : roll < 0.97 ? "no_show" : "expired";
      if (status === "no_show" && !scheduledAt) status = "fulfilled";
      const respondedAt = status === "expired" ? null : plus(createdAt, response);
      let fulfilledAt: Date | null = null;
      if (status === "fulfilled") {
        if (endDay) fulfilledAt = localInstant(endDay, "18:00", tz);
        else if (scheduledAt) fulfilledAt = plus(scheduledAt, service.durationMinutes ?? 60);
        else fulfilledAt = plus(respondedAt!, rnd.int(5, late ? 120 : 70));
      }
      const last = clamp(fulfilledAt ?? respondedAt ?? plus(createdAt, 60));
      bookingValues.push({
        propertyId,
        stayId,
        serviceId: service.id,
        departmentId: service.departmentId,
        status,
        quantity,
        scheduledAt,
        startDay,
        endDay,
        participants,
        packageId: service.packageId && rnd.chance(0.4) ? service.packageId : null,
        currency: property.currency,
        priceLines: priced.lines.map(({ label, quantity: q, unitMinor, totalMinor }) => ({ label, quantity: q, unitMinor, totalMinor })),
        totalMinor: priced.totalMinor,
        taxMinor: priced.taxMinor,
        costMinor: bookingCost(service.costMinor, quantity, days ?? 1),
        responseTargetMinutes: service.target,
        idempotencyKey: `history-${index}-${n}`,
        requestHash: "seed-history",
        declineReason: status === "declined" ? rnd.pick(DECLINE_REASONS) : null,
        createdAt,
        updatedAt: last,
        respondedAt: respondedAt && clamp(respondedAt),
        fulfilledAt: fulfilledAt && clamp(fulfilledAt),
      });
    }
  });
  const inserted = bookingValues.length
    ? await db.insert(s.bookings).values(bookingValues).returning({ id: s.bookings.id })
    : [];

  const ratingValues: (typeof s.ratings.$inferInsert)[] = [];
  const creditValues: (typeof s.credits.$inferInsert)[] = [];
  bookingValues.forEach((b, i) => {
    const slow = b.respondedAt && b.createdAt ? (b.respondedAt.getTime() - b.createdAt.getTime()) / 60_000 : 0;
    const target = services.find((v) => v.id === b.serviceId)!.target;
    const wasLate = slow > target;
    if (b.status === "fulfilled" && rnd.chance(0.45)) {
      const score = wasLate ? rnd.pick([1, 2, 2, 3, 3, 4]) : rnd.pick([3, 4, 4, 5, 5, 5, 5]);
      const complaint = score <= 2 && rnd.chance(0.5);
      const createdAt = clamp(plus(b.fulfilledAt!, rnd.int(60, 20 * 60)));
      ratingValues.push({
        propertyId,
        bookingId: inserted[i].id,
        stayId: b.stayId,
        serviceId: b.serviceId,
        score,
        complaint,
        comment: score <= 2 ? rnd.pick(LOW_COMMENTS) : rnd.pick(GOOD_COMMENTS),
        resolvedAt: score <= 2 || complaint ? clamp(plus(createdAt, 24 * 60)) : null,
        createdAt,
      });
    }
    if (wasLate && slow > 2 * target && b.status !== "declined" && b.status !== "expired" && rnd.chance(0.5)) {
      creditValues.push({
        propertyId,
        stayId: b.stayId,
        bookingId: inserted[i].id,
        amountMinor: Math.max(500, Math.min(2500, Math.round((b.totalMinor * 0.2) / 50) * 50)),
        currency: property.currency,
        reason: rnd.pick(CREDIT_REASONS),
        givenBy: manager?.id ?? null,
        createdAt: clamp(plus(b.respondedAt!, 60)),
      });
    }
  });
  if (ratingValues.length) await db.insert(s.ratings).values(ratingValues);
  if (creditValues.length) await db.insert(s.credits).values(creditValues);
  return { stays: stayValues.length, bookings: bookingValues.length };
}
