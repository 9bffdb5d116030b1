// REST: revoke an API token of the manager's hotel; it is refused from the next request on.
import { revokeApiToken } from "@/server/auth/api-tokens";
import { revokeApiTokenOperation } from "../../../_lib/contracts/staff";
import { apiRoute } from "../../../_lib/handler";

export const DELETE = apiRoute(revokeApiTokenOperation, async ({ caller, params }) => {
  await revokeApiToken(caller, params.id);
  return { status: 204, body: undefined };
});
