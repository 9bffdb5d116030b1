// GET the signed-in guest's own data (their stay, bookings, messages, ratings, credits) as a JSON download ("Your data").
// Only a guest session opens it, and only for that guest's own stay: the stay comes from the session, never the URL.
import { requireGuest } from "@/app/_server/session";
import { problem } from "@/app/api/v1/_lib/handler";
import { exportGuestData } from "@/server/stays/guest-data";
import { AppError } from "@/lib/errors";

export async function GET(): Promise<Response> {
  try {
    const guest = await requireGuest();
    const data = await exportGuestData(guest);
    if (!data) throw new AppError("not_found", "This stay does not exist.");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="your-data-${data.stay.checkIn}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    return problem(err);
  }
}
