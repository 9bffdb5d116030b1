// The background housekeeping pass (app/_server/housekeeping.ts runs it on a timer): what happens without staff.
import "server-only";
import { expireUnansweredRequests } from "@/server/booking/expire-requests";
import { expireOffers } from "@/server/booking/waitlist";
import { enqueuePreArrivalOffers, enqueueReminders } from "@/server/notifications/guest-emails";
import { flushOutbox } from "@/server/notifications/outbox";

/** One pass of the background housekeeping: expire requests, then lapsed waiting-list offers; queue reminders and pre-arrival offers; send due emails. */
export async function runHousekeeping(
  now: Date = new Date(),
): Promise<{ expiredRequests: number; expiredOffers: number; emailsSent: number }> {
  const expiredRequests = await expireUnansweredRequests(now);
  const expiredOffers = await expireOffers(now);
  await enqueueReminders(now);
  await enqueuePreArrivalOffers(now);
  const { sent: emailsSent } = await flushOutbox(now);
  return { expiredRequests, expiredOffers, emailsSent };
}
