// REST: a timed service's sessions on one hotel-local day, with places left and why a time cannot be booked.
import { availabilityForDay } from "@/server/booking/availability";
import { AppError } from "@/lib/errors";
import { getAvailability } from "../../../_lib/contracts/guest";
import { apiRoute } from "../../../_lib/handler";

export const GET = apiRoute(getAvailability, async ({ caller, params, query }) => {
  const sessions = await availabilityForDay(caller, params.slug, query.day);
  if (!sessions) throw new AppError("not_found", "No such service.");
  return { status: 200, body: { day: query.day, sessions } };
});
