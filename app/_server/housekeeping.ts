// The background pass that keeps bookings honest without staff: unanswered requests expire, lapsed waiting-list offers move on.
// Every instance runs it; the conditional updates make concurrent passes harmless.
import { isDatabaseUnavailable } from "@/server/health";
import { runHousekeeping } from "@/server/housekeeping";

const holder = globalThis as unknown as { __guestServicesHousekeeping?: NodeJS.Timeout };

export function startHousekeeping(everyMs: number): void {
  if (holder.__guestServicesHousekeeping) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { expiredRequests, expiredOffers, emailsSent, webhooksDelivered } = await runHousekeeping();
      if (expiredRequests || expiredOffers) console.log(`[housekeeping] expired ${expiredRequests} request(s), ${expiredOffers} offer(s)`);
      if (emailsSent) console.log(`[housekeeping] sent ${emailsSent} email(s)`);
      if (webhooksDelivered) console.log(`[housekeeping] delivered ${webhooksDelivered} webhook(s)`);
    } catch (err) {
      // A failing pass never stops the timer: the next tick tries again. While the database is down, one line a tick.
      if (isDatabaseUnavailable(err)) console.warn("[housekeeping] pass skipped: the database is unavailable; will retry");
      else console.error("[housekeeping] pass failed; will retry", err);
    } finally {
      running = false;
    }
  };
  holder.__guestServicesHousekeeping = setInterval(tick, everyMs);
  holder.__guestServicesHousekeeping.unref();
}
