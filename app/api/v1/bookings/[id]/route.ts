// REST: one of the guest's own bookings; another stay's id answers like a missing one.
import { listBookingsForStay } from "@/server/booking/guest-bookings";
import { AppError } from "@/lib/errors";
import { getBooking } from "../../_lib/contracts/guest";
import { apiRoute } from "../../_lib/handler";

export const GET = apiRoute(getBooking, async ({ caller, params }) => {
  // The stay-scoped list is the ownership check: a stay has a handful of bookings.
  const booking = (await listBookingsForStay(caller)).find((b) => b.id === params.id);
  if (!booking) throw new AppError("not_found", "This booking does not exist.");
  return { status: 200, body: { booking } };
});
