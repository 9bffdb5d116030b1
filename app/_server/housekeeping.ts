// The background pass that keeps bookings honest without staff: unanswered requests expire, lapsed waiting-list offers move on.
// Every instance runs it; the conditional updates make concurrent passes harmless.
import { isDatabaseUnavailable } from "@/server/health";
import { runHousekeeping } from "@/server/housekeeping";
import { logger } from "@/lib/log";

const log = logger("housekeeping");

const holder = globalThis as unknown as { __guestServicesHousekeeping?: NodeJS.Timeout; __guestServicesHousekeepingPass?: Promise<void> };

export function startHousekeeping(everyMs: number): void {
  if (holder.__guestServicesHousekeeping) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    let done = () => {};
    holder.__guestServicesHousekeepingPass = new Promise<void>((resolve) => (done = resolve));
    try {
      const { expiredRequests, expiredOffers, emailsSent, webhooksDelivered, staysAnonymised } = await runHousekeeping();
      if (expiredRequests || expiredOffers || emailsSent || webhooksDelivered || staysAnonymised) {
        log.info({ expiredRequests, expiredOffers, emailsSent, webhooksDelivered, staysAnonymised }, "housekeeping pass");
      }
    } catch (err) {
      // A failing pass never stops the timer: the next tick tries again. While the database is down, one short line.
      if (isDatabaseUnavailable(err)) log.warn("housekeeping pass skipped: the database is unavailable; will retry");
      else log.error({ err }, "housekeeping pass failed; will retry");
    } finally {
      running = false;
      done();
    }
  };
  holder.__guestServicesHousekeeping = setInterval(tick, everyMs);
  holder.__guestServicesHousekeeping.unref();
}

/** No more passes; resolves when the one running (if any) has finished. */
export async function stopHousekeeping(): Promise<void> {
  clearInterval(holder.__guestServicesHousekeeping);
  await holder.__guestServicesHousekeepingPass;
}
