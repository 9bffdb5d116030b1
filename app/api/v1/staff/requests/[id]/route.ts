// REST: one request in the caller's scope, with its trail and the actions open to it.
import { getRequestForStaff } from "@/server/requests/detail";
import { AppError } from "@/lib/errors";
import { getRequest } from "../../../_lib/contracts/staff";
import { apiRoute } from "../../../_lib/handler";

export const GET = apiRoute(getRequest, async ({ caller, params }) => {
  const request = await getRequestForStaff(caller, params.id);
  if (!request) throw new AppError("not_found", "This request does not exist.");
  return { status: 200, body: { request } };
});
