// Server-sent events for the back office: one event per booking change in the staff member's scope, from any app instance.
import { problem } from "@/app/api/v1/_lib/handler";
import { requireStaff } from "@/app/_server/session";
import { isVisibleTo, subscribeBookingChanges } from "@/server/live";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;
// The session is checked when the stream opens; closing it now and then makes the browser
// reconnect, which checks again (a disabled account or a changed role stops hearing of changes).
const MAX_STREAM_MS = 10 * 60_000;
// How long the browser waits before reconnecting.
const RETRY_MS = 2_000;

export async function GET(request: Request): Promise<Response> {
  let staff;
  try {
    staff = await requireStaff();
  } catch (err) {
    return problem(err);
  }

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribeBookingChanges((change) => {
        if (!isVisibleTo(staff, change)) return;
        // Only what changed and how: the page re-reads what the staff member may see.
        send(`event: booking\ndata: ${JSON.stringify({ bookingId: change.bookingId, kind: change.kind })}\n\n`);
      });
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      const expiry = setTimeout(() => cleanup(), MAX_STREAM_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
        try {
          controller.close();
        } catch {}
      };
      request.signal.addEventListener("abort", () => cleanup(), { once: true });
      // "ready" only once LISTEN is in place, so the page knows changes from now on reach it.
      unsubscribe.ready.then(
        () => send(`retry: ${RETRY_MS}\nevent: ready\ndata: {}\n\n`),
        () => cleanup(),
      );
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-store, no-transform",
      connection: "keep-alive",
      // Reverse proxies (nginx) must not buffer the stream.
      "x-accel-buffering": "no",
    },
  });
}
