// Whether a session can be booked now by this stay, and if not, why.
import { dayOf, isDayInStay, type Day } from "./time";

export type Unbookable = "past" | "lead_time" | "full" | "outside_stay" | "inactive" | "closed";

export type SessionCheck = {
  startsAt: Date;
  capacity: number;
  booked: number;
  /** A schedule exception closed this time. */
  closed?: boolean;
};

export type BookingRules = {
  leadTimeMinutes: number;
  timeZone: string;
  stay: { checkIn: Day; checkOut: Day };
  active?: boolean;
};

export function remainingSeats(session: Pick<SessionCheck, "capacity" | "booked">): number {
  return Math.max(0, session.capacity - session.booked);
}

/** The first reason the session cannot be booked for `quantity` places, or null when it can. */
export function whyUnbookable(session: SessionCheck, quantity: number, rules: BookingRules, now: Date): Unbookable | null {
  if (rules.active === false) return "inactive";
  if (session.closed) return "closed";
  if (session.startsAt.getTime() <= now.getTime()) return "past";
  if (!isDayInStay(dayOf(session.startsAt, rules.timeZone), rules.stay)) return "outside_stay";
  if (session.startsAt.getTime() - now.getTime() < rules.leadTimeMinutes * 60_000) return "lead_time";
  if (remainingSeats(session) < quantity) return "full";
  return null;
}
