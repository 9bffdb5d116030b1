// What a guest may queue for: a future session of the service during the stay, or rental days inside the stay.
import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { dayOf, hotelToday, isDayInStay } from "@/lib/time";
import { db } from "@/db/client";
import { serviceSessions } from "@/db/schema";
import { getStayForGuest, type GuestRef } from "@/server/stays/guest-stay";
import { getServiceBySlug } from "@/server/catalogue/guest-catalogue";

export type WaitlistRequest = { serviceSlug: string; sessionId?: string; startDay?: string; endDay?: string; quantity: number };

export type WaitlistTarget = { serviceId: string; sessionId?: string; startDay?: string; endDay?: string; quantity: number };

function notBookable(field: string, reason: string, message: string): AppError {
  return new AppError("booking:not_bookable", message, { [field]: [`availability.${reason}`] });
}

/**
 * Checks a waiting-list request before it is stored: the session must be
 * this service's (another service's or hotel's id is "not found", never a
 * stored reference) and lie ahead within the stay; rental days inside the stay.
 */
export async function checkWaitlistTarget(guest: GuestRef, input: WaitlistRequest, now: Date = new Date()): Promise<WaitlistTarget> {
  const stay = await getStayForGuest(guest);
  if (!stay) throw new AppError("not_found", "Stay not found.");
  const service = await getServiceBySlug(guest.propertyId, input.serviceSlug);
  if (!service || !service.active) throw new AppError("not_found", "This service is not available.");
  if (input.quantity > service.maxPerBooking) {
    throw new AppError("input:invalid", `At most ${service.maxPerBooking} per booking.`, {
      quantity: [`validation.max_per_booking:${service.maxPerBooking}`],
    });
  }
  if (service.mode === "timed" || service.mode === "ticket") {
    if (!input.sessionId) throw new AppError("input:invalid", "Choose a time.", { sessionId: ["validation.choose_time"] });
    const [session] = await db()
      .select({ startsAt: serviceSessions.startsAt })
      .from(serviceSessions)
      .where(
        and(eq(serviceSessions.id, input.sessionId), eq(serviceSessions.serviceId, service.id), eq(serviceSessions.propertyId, guest.propertyId)),
      )
      .limit(1);
    if (!session) throw new AppError("not_found", "This session does not exist.");
    if (session.startsAt.getTime() <= now.getTime()) throw notBookable("sessionId", "past", "This time has passed.");
    if (!isDayInStay(dayOf(session.startsAt, stay.timeZone), stay)) throw notBookable("sessionId", "outside_stay", "Choose a time during your stay.");
    return { serviceId: service.id, sessionId: input.sessionId, quantity: input.quantity };
  }
  if (service.mode === "rental") {
    const { startDay, endDay } = input;
    if (!startDay || !endDay) throw new AppError("input:invalid", "Choose the days.", { startDay: ["validation.choose_days"] });
    if (!isDayInStay(startDay, stay) || !isDayInStay(endDay, stay)) throw notBookable("startDay", "outside_stay", "Choose days during your stay.");
    if (startDay < hotelToday(stay.timeZone, now)) throw notBookable("startDay", "past", "These days have passed.");
    return { serviceId: service.id, startDay, endDay, quantity: input.quantity };
  }
  throw notBookable("serviceSlug", "no_waitlist", "This service has no waiting list: it can be requested at any time.");
}
