// Bugs in app code that tests have found and that are not fixed yet. Each test that shows one asserts the
// correct behaviour and is declared with `knownBug(...)`: while the flag is true it runs as `it.fails`
// (it must still fail, for the reason written next to it); once the app is fixed the run goes red, and the
// fix is to set the flag to false here. Nothing is skipped.
import { it } from "vitest";

export const KNOWN_BUGS = {
  /**
   * server/booking/plan-and-price.ts takeHold(): checks the session row with whyUnbookable() but never looks at the
   * day's schedule_exceptions, so a session that an exception closed (listSessionsForDay marks it `closed`)
   * is booked like any other instead of booking:not_bookable / availability.closed.
   */
  closedSessionIsBookable: false,
  /**
   * server/requests/queue.ts applyStaffAction(): gives seats back with releaseBookingHold() only, without
   * offerFreedPlaces(), so a place freed by a staff decline or cancel never reaches the waiting list (the
   * guest's cancel, expiry and lapsed offers do offer it). Same in request-changes.ts rescheduleRequest().
   */
  staffReleaseSkipsWaitlist: false,
  /**
   * server/booking/waitlist.ts claimOffer(), line 105: sql`${waitlistEntries.offeredUntil} > ${now}` hands a raw
   * Date to postgres.js, whose timestamp serializer drizzle replaces with a pass-through: TypeError "The
   * "string" argument must be of type string … Received an instance of Date". Every acceptWaitlistOffer()
   * fails on PostgreSQL (works on PGlite). Fix: gt(waitlistEntries.offeredUntil, now).
   */
  acceptOfferFailsOnPostgres: false,
  /**
   * Rental stock (server/booking/holds.ts) is locked day by day in more than one statement per transaction, in no
   * fixed order across them: a guest cancel gives back days [d2,d3] (UPDATE … BETWEEN, locks in scan order)
   * and then, for a waiting entry, takes [d1,d2]; a concurrent booking takes [d1,d2] in one INSERT … ON
   * CONFLICT. Each holds what the other wants: PostgreSQL aborts one with 40P01 (deadlock_detected), which
   * reaches the caller as an unexpected error (a 500). Found by docs/reliability.md §7; while true, that test counts
   * 40P01 answers instead of failing on them (the invariants are still checked after every batch).
   */
  rentalStockDeadlocks: false,
  /**
   * server/booking/waitlist.ts offerFreedPlaces(): reads the waiting entries without locking them and marks the
   * chosen one offered with `WHERE id = …` only (no `AND status = 'waiting'`). Two releases of the same rental
   * on different days do not block each other, both see the entry waiting, both take its stock, both mark it
   * offered: the stock is held twice for one offer and one unit is lost for good (booked > Σ holds). Needs
   * spare stock on the entry's days while it waits, which joinWaitlist() allows (it does not check that the
   * session or stock is full) and which staffReleaseSkipsWaitlist also produces. PostgreSQL only.
   */
  waitlistOfferHeldTwice: false,
} as const;

/** `it` when the bug is fixed, `it.fails` while it is not. */
export function knownBug(bug: keyof typeof KNOWN_BUGS): typeof it | typeof it.fails {
  return KNOWN_BUGS[bug] ? it.fails : it;
}
