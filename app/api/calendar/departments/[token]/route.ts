// GET a department's run sheet as an iCalendar feed. The secret token in the URL is the only key (calendar apps send
// no cookies): an unknown or rotated token answers 404, like a page that does not exist.
import { problem } from "@/app/api/v1/_lib/handler";
import { departmentFeed } from "@/server/calendar/feeds";
import { AppError } from "@/lib/errors";

export async function GET(_request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await context.params;
    const ics = await departmentFeed(token.replace(/\.ics$/, ""));
    if (ics === null) throw new AppError("not_found", "No calendar feed at this address.");
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "cache-control": "no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (err) {
    return problem(err);
  }
}
