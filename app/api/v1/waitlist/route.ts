// REST: the guest's waiting-list places (GET) and joining one (POST).
import { listWaitlistForStay, joinWaitlist } from "@/server/booking/waitlist";
import { checkWaitlistTarget } from "@/server/booking/waitlist-target";
import { joinWaitlistOperation, listWaitlist } from "../_lib/contracts/guest";
import { apiRoute } from "../_lib/handler";

export const GET = apiRoute(listWaitlist, async ({ caller }) => {
  return { status: 200, body: { entries: await listWaitlistForStay(caller) } };
});

export const POST = apiRoute(joinWaitlistOperation, async ({ caller, body }) => {
  const target = await checkWaitlistTarget(caller, body);
  const entry = await joinWaitlist(caller, target);
  return { status: 201, body: { entry: { id: entry.id, status: "waiting" as const } } };
});
