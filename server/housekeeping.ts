// The background housekeeping pass (app/_server/housekeeping.ts runs it on a timer): what happens without staff.
import "server-only";
import { expireUnansweredRequests } from "@/server/booking/expire-requests";
import { expireOffers } from "@/server/booking/waitlist";
import { enqueuePreArrivalOffers, enqueueReminders } from "@/server/notifications/guest-emails";
import { flushOutbox } from "@/server/notifications/outbox";
import { anonymiseExpiredStays } from "@/server/stays/retention";
import { sendDueWebhooks } from "@/server/webhooks/deliver";

/**
 * One pass of the background housekeeping: expire requests, then lapsed waiting-list offers; queue reminders and
 * pre-arrival offers; send due webhook deliveries, then due emails (so a "webhook paused" email goes out at once);
 * last, anonymise the stays whose retention period has passed (after the sends, so nothing queued for them goes out).
 */
export async function runHousekeeping(
  now: Date = new Date(),
): Promise<{ expiredRequests: number; expiredOffers: number; emailsSent: number; webhooksDelivered: number; staysAnonymised: number }> {
  const expiredRequests = await expireUnansweredRequests(now);
  const expiredOffers = await expireOffers(now);
  await enqueueReminders(now);
  await enqueuePreArrivalOffers(now);
  const { delivered: webhooksDelivered } = await sendDueWebhooks(now);
  const { sent: emailsSent } = await flushOutbox(now);
  const staysAnonymised = await anonymiseExpiredStays(now);
  return { expiredRequests, expiredOffers, emailsSent, webhooksDelivered, staysAnonymised };
}
