// REST: leave a waiting list; a place already offered goes to the next in line.
import { leaveWaitlist } from "@/server/booking/waitlist";
import { leaveWaitlistOperation } from "../../_lib/contracts/guest";
import { apiRoute } from "../../_lib/handler";

export const DELETE = apiRoute(leaveWaitlistOperation, async ({ caller, params }) => {
  await leaveWaitlist(caller, params.id);
  return { status: 204, body: undefined };
});
