// REST: the staff member a session or API token acts as, as the database has them now.
import { getMe } from "../../_lib/contracts/staff";
import { apiRoute } from "../../_lib/handler";

export const GET = apiRoute(getMe, async ({ caller }) => {
  return { status: 200, body: { staff: caller } };
});
