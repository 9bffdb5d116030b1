// Whom a service counts, and its headline price: what the guest is charged, in the service's own words.
// A derived rule (no setting of its own yet): the price unit and the booking mode decide whom a booking counts.
import { bandFor, discounted, type AgeBand, type PriceUnit } from "./pricing";

export type CountedService = {
  mode: "timed" | "ticket" | "on_request" | "rental";
  priceUnit: PriceUnit;
  priceMinor: number;
  complimentary: boolean;
  durationMinutes?: number | null;
  minAge?: number | null;
};

/**
 * Whom a booking counts:
 * - `children`: per child (children's menu, kids' animation);
 * - `children_cared_for`: an hourly carer, priced per child looked after (babysitting: the parents go out);
 * - `people`: per person (tours, tickets, any timed session priced per person);
 * - `group`: one price for the whole party (a transfer, a paediatrician's visit);
 * - `units`: items or rental units, not people.
 */
export type Counted = "children" | "children_cared_for" | "people" | "group" | "units";

export function countedBy(service: Pick<CountedService, "mode" | "priceUnit">): Counted {
  const { mode, priceUnit } = service;
  if (priceUnit === "per_child") return "children";
  // An hour of someone's time in a timed session for the party: childcare, priced per child cared for.
  if (priceUnit === "per_hour" && mode === "timed") return "children_cared_for";
  if (priceUnit === "per_person" || mode === "timed" || mode === "ticket") return "people";
  if (priceUnit === "per_booking") return "group";
  return "units";
}

/** Only children take part (the adults do not count and are not offered). */
export function countsChildrenOnly(counted: Counted): boolean {
  return counted === "children" || counted === "children_cared_for";
}

/** The booking says who takes part (adults and children from the party). */
export function countsParticipants(counted: Counted): boolean {
  return counted === "children" || counted === "children_cared_for" || counted === "people";
}

/** One part of a headline price: an amount (null for "free") and the message key that says for whom. */
export type HeadlinePart = {
  key:
    | "complimentary"
    | "per_person"
    | "per_child"
    | "per_child_cared_for"
    | "per_group"
    | "per_booking"
    | "per_day"
    | "per_night"
    | "per_hour"
    | "child_band"
    | "child_from"
    | "child_free";
  amountMinor: number | null;
  params?: Record<string, number>;
};

/**
 * The headline price, as charged: per person services show the children's prices by age band next to the adults',
 * per child services show each band's own price (never a full price no child pays), and an hourly carer shows the
 * price of the whole session per child ("€54.00 per child cared for, 3 hours at €18.00").
 * Bands wholly below the service's minimum age are left out; a band's lower bound is raised to the minimum age.
 */
export function headlinePrice(service: CountedService, ageBands: readonly AgeBand[]): HeadlinePart[] {
  if (service.complimentary || service.priceMinor === 0) return [{ key: "complimentary", amountMinor: null }];
  const counted = countedBy(service);
  const price = service.priceMinor;
  const minAge = service.minAge ?? 0;
  if (counted === "children_cared_for") {
    const hours = Math.max(1, Math.ceil((service.durationMinutes ?? 60) / 60));
    return [{ key: "per_child_cared_for", amountMinor: price * hours, params: { hours, hourlyMinor: price } }];
  }
  if (counted === "children" || (counted === "people" && service.priceUnit === "per_person")) {
    const bands = [...ageBands].filter((b) => b.maxAge > minAge).sort((a, b) => a.minAge - b.minAge);
    const bandParts: HeadlinePart[] = [];
    let free: HeadlinePart | null = null;
    for (const band of bands) {
      const unit = discounted(price, band.discountBp);
      if (unit === price) continue;
      const from = Math.max(band.minAge, minAge);
      if (unit === 0) free = { key: "child_free", amountMinor: null, params: { minAge: from, maxAge: band.maxAge - 1, below: band.maxAge } };
      else bandParts.push({ key: "child_band", amountMinor: unit, params: { minAge: from, maxAge: band.maxAge - 1 } });
    }
    if (counted === "people") return [{ key: "per_person", amountMinor: price }, ...bandParts, ...(free ? [free] : [])];
    // Per child: the bands first; the full price only for the ages no band covers (from the top band up).
    const parts: HeadlinePart[] = [...bandParts];
    const top = bands.length ? Math.max(...bands.map((b) => b.maxAge)) : null;
    const coveredFrom = top !== null && bandFor(Math.max(minAge, top), ageBands) === undefined ? Math.max(minAge, top) : null;
    if (!bandParts.length && !free) parts.push({ key: "per_child", amountMinor: price });
    else if (coveredFrom !== null) parts.push({ key: "child_from", amountMinor: price, params: { minAge: coveredFrom } });
    if (free) parts.push(free);
    return parts;
  }
  switch (service.priceUnit) {
    case "per_booking":
      return [{ key: counted === "group" ? "per_group" : "per_booking", amountMinor: price }];
    case "per_person":
      return [{ key: "per_person", amountMinor: price }];
    case "per_child":
      return [{ key: "per_child", amountMinor: price }];
    default:
      return [{ key: service.priceUnit, amountMinor: price }];
  }
}
