// The background pass that keeps bookings honest without staff: unanswered requests expire, lapsed waiting-list offers move on.
// Every instance runs it; the conditional updates make concurrent passes harmless.
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
      const { expiredRequests, expiredOffers, emailsSent, webhooksDelivered } = await runHousekeeping();
      if (expiredRequests || expiredOffers || emailsSent || webhooksDelivered) {
        log.info({ expiredRequests, expiredOffers, emailsSent, webhooksDelivered }, "housekeeping pass");
      }
    } catch (err) {
      log.error({ err }, "housekeeping pass failed; will retry");
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
