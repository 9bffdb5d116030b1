// The booking-engine tests' hotel and clock (server/booking/{stored-prices,rentals,schedule,freed-places}.test.ts): a
// hotel in Berlin with one department and a stay from Sunday to Sunday around a Monday 10:00, and the days of that week.
//
// Each file takes its own week in early 2025, earlier than every other database test: on PostgreSQL all test files share
// one database and run at once, and expireUnansweredRequests / expireOffers act on every row due by the instant they are
// given. freed-places.test.ts (the only one of these that runs those passes) takes the week before the others', so its
// passes, which reach at most a day past its Monday, never meet the other files' rows.
import { addDays, type Day } from "@/lib/time";
import { createDepartment, createProperty, createStay, guestOf, uniqueId } from "@/tests/factories";

type StayOptions = Parameters<typeof createStay>[1];

/**
 * The week of `monday` (an ISO date, a Monday in winter time): NOW is 10:00 in Berlin (09:00 UTC) that Monday, the stays
 * run from the Sunday before to the Sunday after, and DAY[1] … DAY[5] are Tuesday … Saturday.
 */
export function engineWeek(monday: Day) {
  const NOW = new Date(`${monday}T09:00:00Z`);
  if (NOW.getUTCDay() !== 1) throw new Error(`${monday} is not a Monday`);
  const CHECK_IN = addDays(monday, -1);
  const CHECK_OUT = addDays(monday, 6);
  const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
  const DAY = { 1: addDays(monday, 1), 2: addDays(monday, 2), 3: addDays(monday, 3), 4: addDays(monday, 4), 5: addDays(monday, 5) } as const;

  /** A hotel (Berlin, EUR) with one department and a stay of this week around NOW. */
  async function hotel(stayOptions: StayOptions = {}) {
    const property = await createProperty();
    const department = await createDepartment(property);
    const stay = await createStay(property, { now: NOW, checkIn: CHECK_IN, checkOut: CHECK_OUT, ...stayOptions });
    return { property, department, stay, guest: guestOf(stay) };
  }

  /** Another stay of the same week at `property`. */
  async function anotherStay(property: { id: string; timeZone: string }, options: StayOptions = {}) {
    const stay = await createStay(property, { now: NOW, checkIn: CHECK_IN, checkOut: CHECK_OUT, ...options });
    return { stay, guest: guestOf(stay) };
  }

  return {
    NOW,
    TODAY: monday,
    CHECK_IN,
    CHECK_OUT,
    DAY,
    inMinutes,
    inHours: (h: number) => inMinutes(h * 60),
    key: () => uniqueId("key"),
    hotel,
    anotherStay,
  };
}
