// Who in the stay's party takes part in a booking: checked against the party and the minimum age.
import type { Participants } from "./pricing";

export type Party = { adults: number; childrenAges: readonly number[] };

export type ParticipantsProblem = "party_size" | "min_age" | "not_in_party";

/** Adults count as old enough for any minimum age. */
export function eligibleCount(party: Party, minAge: number | null): number {
  return party.adults + party.childrenAges.filter((age) => !minAge || age >= minAge).length;
}

/** Whether `wanted` can be taken from `pool` (as a multiset: two 7-year-olds need two). */
function isSubMultiset(wanted: readonly number[], pool: readonly number[]): boolean {
  const left = [...pool];
  for (const age of wanted) {
    const i = left.indexOf(age);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/**
 * The participants of a booking for `quantity` people. When the guest says who
 * (`requested`), it must come from the party; otherwise adults go first, then
 * the eldest eligible children.
 */
export function resolveParticipants(
  party: Party,
  quantity: number,
  minAge: number | null,
  requested?: Participants,
  childrenOnly = false,
): Participants | ParticipantsProblem {
  if (requested) {
    const total = requested.adults + requested.childAges.length;
    if (total !== quantity) return "party_size";
    if (requested.adults > party.adults || (childrenOnly && requested.adults > 0)) return "not_in_party";
    if (!isSubMultiset(requested.childAges, party.childrenAges)) return "not_in_party";
    if (minAge && requested.childAges.some((age) => age < minAge)) return "min_age";
    return { adults: requested.adults, childAges: [...requested.childAges] };
  }
  const children = party.childrenAges.filter((age) => !minAge || age >= minAge).sort((a, b) => b - a);
  const adults = childrenOnly ? 0 : Math.min(quantity, party.adults);
  const childAges = children.slice(0, quantity - adults);
  if (adults + childAges.length < quantity) {
    const withoutAge = childrenOnly ? party.childrenAges.length : party.adults + party.childrenAges.length;
    return minAge && withoutAge >= quantity ? "min_age" : "party_size";
  }
  return { adults, childAges };
}
