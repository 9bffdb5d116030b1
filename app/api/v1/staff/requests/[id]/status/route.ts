// REST: move a request to its next status (confirm, decline with a reason, start, fulfil, no_show, cancel).
import { applyStaffAction } from "@/server/requests/transitions";
import { changeRequestStatus } from "../../../../_lib/contracts/staff";
import { apiRoute } from "../../../../_lib/handler";

export const POST = apiRoute(changeRequestStatus, async ({ caller, params, body }) => {
  const result = await applyStaffAction(caller, params.id, body.action, body.reason);
  return { status: 200, body: { request: { id: params.id, status: result.status } } };
});
