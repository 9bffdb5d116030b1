// Planning one booking before it is written: the mode's rules (time, days, party, opening hours), its price, and its hold on seats or stock.
import "server-only";
import { whyUnbookable } from "@/lib/availability";
import { countedBy, countsChildrenOnly, countsParticipants } from "@/lib/counted";
import type { BookInput } from "@/lib/booking-input";
import { AppError } from "@/lib/errors";
import { resolveParticipants } from "@/lib/participants";
import { quote, type Participants, type Quote } from "@/lib/pricing";
import { dayOf, daysIncluded, isDay, isDayInStay, localInstant, wallClock, weekdayOf, type Day } from "@/lib/time";
import type { Tx } from "@/db/client";
import type { ServiceDetail } from "@/server/catalogue/guest-catalogue";
import { closedBy } from "@/server/catalogue/sessions";
import type { GuestStay } from "@/server/stays/guest-stay";
import { daysBetween, readSessionForHold, takeRentalStock, takeSeatsOfSession } from "./holds";
import { familyDiscountFor, loadPriceRules } from "@/server/catalogue/price-rules";

export type BookingPlan = {
  quote: Quote;
  /** The family discount the quote applied (0 when none): a review reprices other days or parties with it. */
  familyDiscountBp: number;
  participants: Participants | null;
  startDay: Day | null;
  endDay: Day | null;
  dueAt: Date | null;
};

/** How long an unanswered request without a time of its own waits before it expires. */
const OPEN_REQUEST_EXPIRY_HOURS = 24;

function notBookable(field: string, reason: string, message: string): AppError {
  return new AppError("booking:not_bookable", message, { [field]: [`availability.${reason}`] });
}

function isOpenAt(service: ServiceDetail, day: Day, time: string): boolean {
  if (!service.openWeekdays.includes(weekdayOf(day))) return false;
  if (service.openFrom && time < service.openFrom) return false;
  if (service.openUntil && time > service.openUntil) return false;
  return true;
}

function rentalDays(stay: GuestStay, service: ServiceDetail, input: BookInput, now: Date): { startDay: Day; endDay: Day; days: number } {
  const { startDay, endDay } = input;
  if (!startDay || !endDay || !isDay(startDay) || !isDay(endDay)) {
    throw new AppError("input:invalid", "Choose the days.", { startDay: ["validation.choose_days"] });
  }
  if (endDay < startDay) throw new AppError("input:invalid", "The last day is before the first.", { endDay: ["validation.end_before_start"] });
  if (!isDayInStay(startDay, stay) || !isDayInStay(endDay, stay)) throw notBookable("startDay", "outside_stay", "Choose days during your stay.");
  const leadLimit = dayOf(new Date(now.getTime() + service.leadTimeMinutes * 60_000), stay.timeZone);
  if (startDay < leadLimit) throw notBookable("startDay", "lead_time", "Too soon: choose a later first day.");
  const out = daysBetween(startDay, endDay);
  if (out.some((d) => !service.openWeekdays.includes(weekdayOf(d)))) throw notBookable("startDay", "closed", "Not available on one of these days.");
  const inclusive = daysIncluded(startDay, endDay);
  return { startDay, endDay, days: service.priceUnit === "per_night" ? Math.max(1, inclusive - 1) : inclusive };
}

function dueInstant(stay: GuestStay, service: ServiceDetail, dueAt: string | undefined, now: Date): Date | null {
  if (!dueAt) return null;
  const [day, time] = dueAt.split("T") as [Day, string];
  const instant = localInstant(day, time, stay.timeZone);
  if (instant.getTime() <= now.getTime() + service.leadTimeMinutes * 60_000) throw notBookable("dueAt", "lead_time", "Choose a later time.");
  if (!isDayInStay(dayOf(instant, stay.timeZone), stay)) throw notBookable("dueAt", "outside_stay", "Choose a time during your stay.");
  if (!isOpenAt(service, day, wallClock(instant, stay.timeZone))) throw notBookable("dueAt", "closed", "We do not deliver at that time.");
  return instant;
}

/** Checks everything that does not need a lock, and prices the booking. */
export async function planBooking(stay: GuestStay, service: ServiceDetail, input: BookInput, now: Date): Promise<BookingPlan> {
  if (input.quantity > service.maxPerBooking) {
    throw new AppError("input:invalid", `At most ${service.maxPerBooking} per booking.`, {
      quantity: [`validation.max_per_booking:${service.maxPerBooking}`],
    });
  }
  const party = { adults: stay.adults, childrenAges: stay.childrenAges };
  // Whom the service counts (lib/counted.ts): the same rule the service page offers the party by.
  const counted = countedBy(service);
  const childrenOnly = countsChildrenOnly(counted);
  let participants: Participants | null = null;
  if (countsParticipants(counted)) {
    const requested =
      input.adults !== undefined || input.childAges !== undefined ? { adults: input.adults ?? 0, childAges: input.childAges ?? [] } : undefined;
    const resolved = resolveParticipants(party, input.quantity, service.minAge, requested, childrenOnly);
    if (typeof resolved === "string") {
      const key = resolved === "min_age" ? `validation.min_age:${service.minAge}` : `validation.${resolved}`;
      throw new AppError(resolved === "min_age" ? "booking:min_age" : "input:invalid", "These guests cannot take part.", { quantity: [key] });
    }
    participants = resolved;
  }

  let startDay: Day | null = null;
  let endDay: Day | null = null;
  let days: number | undefined;
  if (service.mode === "rental") ({ startDay, endDay, days } = rentalDays(stay, service, input, now));
  const dueAt = service.mode === "on_request" ? dueInstant(stay, service, input.dueAt, now) : null;

  const rules = await loadPriceRules(stay.propertyId);
  const familyDiscountBp = familyDiscountFor(rules, service.id, stay.childrenAges.length);
  return {
    quote: quote(service, {
      quantity: input.quantity,
      participants: participants ?? undefined,
      days,
      ageBands: rules.ageBands,
      familyDiscountBp,
    }),
    familyDiscountBp,
    participants,
    startDay,
    endDay,
    dueAt,
  };
}

/** Takes the seats or stock the booking needs, inside the booking's transaction. */
export async function takeHold(
  tx: Tx,
  service: ServiceDetail,
  stay: GuestStay,
  input: BookInput,
  plan: BookingPlan,
  now: Date,
): Promise<{ sessionId: string | null; scheduledAt: Date | null }> {
  if (service.mode === "timed" || service.mode === "ticket") {
    if (!input.sessionId) throw new AppError("input:invalid", "Choose a time.", { sessionId: ["validation.choose_time"] });
    // The seats first, in the one conditional UPDATE that keeps a session from being oversold; the rules are checked on
    // the row as it was, and a refusal rolls the transaction back. One statement when the booking goes through; when no
    // seats were taken, the row is read to tell a time that does not exist or cannot be booked from a full one.
    const taken = await takeSeatsOfSession(tx, service.id, input.sessionId, input.quantity);
    const session = taken ?? (await readSessionForHold(tx, service.id, input.sessionId));
    if (!session) throw new AppError("not_found", "This session does not exist.");
    const closed = closedBy(session.closings, session.startsAt, stay.timeZone);
    const reason = whyUnbookable({ ...session, closed }, input.quantity, { leadTimeMinutes: service.leadTimeMinutes, timeZone: stay.timeZone, stay }, now);
    if (reason && reason !== "full") throw notBookable("sessionId", reason, `This time cannot be booked (${reason}).`);
    if (!taken) throw new AppError("booking:full", "Fully booked: not enough places left at this time.");
    return { sessionId: session.id, scheduledAt: session.startsAt };
  }
  if (service.mode === "rental") {
    await takeRentalStock(tx, { serviceId: service.id, stock: service.capacity ?? 0 }, plan.startDay!, plan.endDay!, input.quantity);
    return { sessionId: null, scheduledAt: localInstant(plan.startDay!, service.openFrom ?? "09:00", stay.timeZone) };
  }
  return { sessionId: null, scheduledAt: plan.dueAt };
}

/** When an unanswered request expires: at its time (session start, first rental day, due time), else after a day. */
export function expiryOf(scheduledAt: Date | null, now: Date): Date {
  return scheduledAt ?? new Date(now.getTime() + OPEN_REQUEST_EXPIRY_HOURS * 3_600_000);
}
