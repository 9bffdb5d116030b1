// REST: the request queue in the caller's scope (department staff: their departments), filtered and paged.
import { listQueue } from "@/server/requests/queue";
import { listRequests } from "../../_lib/contracts/staff";
import { apiRoute } from "../../_lib/handler";

const DEFAULT_LIMIT = 50;

export const GET = apiRoute(listRequests, async ({ caller, query }) => {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const requests = await listQueue(caller, {
    statuses: query.status,
    departmentId: query.departmentId,
    day: query.day,
    search: query.search,
    limit,
    offset,
  });
  return { status: 200, body: { requests, limit, offset } };
});
