// REST: the manager's API tokens: list them, make one (its secret is in this answer only). Session only, never a token.
import { createApiToken, listApiTokens } from "@/server/auth/api-tokens";
import { createApiTokenOperation, listApiTokensOperation } from "../../_lib/contracts/staff";
import { apiRoute } from "../../_lib/handler";

export const GET = apiRoute(listApiTokensOperation, async ({ caller }) => {
  return { status: 200, body: { tokens: await listApiTokens(caller.propertyId) } };
});

export const POST = apiRoute(createApiTokenOperation, async ({ caller, body }) => {
  const token = await createApiToken(caller, body);
  return { status: 201, body: { token } };
});
