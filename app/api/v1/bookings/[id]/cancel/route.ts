// REST: the guest cancels their own booking before the service's cutoff.
import { cancelBookingAsGuest } from "@/server/booking/cancel-as-guest";
import { cancelBooking } from "../../../_lib/contracts/guest";
import { apiRoute } from "../../../_lib/handler";

export const POST = apiRoute(cancelBooking, async ({ caller, params }) => {
  const result = await cancelBookingAsGuest(caller, params.id);
  return { status: 200, body: { booking: { id: params.id, status: result.status } } };
});
