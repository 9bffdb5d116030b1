// GET one of the signed-in guest's timed bookings as a calendar file ("Add to calendar"), in the hotel's time zone.
// Another stay's booking, or one without a time, answers 404 like one that does not exist.
import { z } from "zod";
import { requireGuest } from "@/app/_server/session";
import { requestLocale } from "@/app/_server/request-locale";
import { problem } from "@/app/api/v1/_lib/handler";
import { guestBookingCalendar } from "@/server/calendar/feeds";
import { AppError } from "@/lib/errors";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const guest = await requireGuest();
    const { id } = await context.params;
    const bookingId = id.replace(/\.ics$/, "");
    const ics = z.uuid().safeParse(bookingId).success
      ? // The guest's language for the event's title; English outside a request (never in the app itself).
        await guestBookingCalendar(guest.stayId, bookingId, await requestLocale().catch(() => "en"))
      : null;
    if (ics === null) throw new AppError("not_found", "This booking does not exist.");
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="booking-${bookingId.slice(0, 8)}.ics"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    return problem(err);
  }
}
