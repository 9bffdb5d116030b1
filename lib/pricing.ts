// Prices: what a booking costs, line by line, with the included tax. Integer minor units only.

export type PriceUnit = "per_booking" | "per_person" | "per_child" | "per_night" | "per_day" | "per_hour";

export type Priced = {
  priceMinor: number;
  priceUnit: PriceUnit;
  taxRateBp: number;
  complimentary: boolean;
  durationMinutes?: number | null;
};

/** Children from `minAge` (inclusive) to `maxAge` (exclusive) pay `discountBp` less (10 000 = free). */
export type AgeBand = { minAge: number; maxAge: number; discountBp: number };

export type Participants = { adults: number; childAges: number[] };

export type QuoteRequest = {
  /** People (per person/child), items, or units (rentals). */
  quantity: number;
  /** Who takes part; per-person and per-child prices follow their ages. */
  participants?: Participants;
  /** Days (per day) or nights (per night) the units are out; default 1. */
  days?: number;
  ageBands?: readonly AgeBand[];
  /** A family discount that applies to this booking (the caller checked the party and the package). */
  familyDiscountBp?: number;
};

export type QuoteLine = {
  /** Message key of the line's description; `params` fill it in. */
  label: string;
  quantity: number;
  unitMinor: number;
  totalMinor: number;
  params?: Record<string, number>;
};

export type Quote = {
  lines: QuoteLine[];
  totalMinor: number;
  taxMinor: number;
  taxRateBp: number;
  complimentary: boolean;
};

/** Tax contained in a tax-inclusive amount, rounded half up. */
export function includedTax(totalMinor: number, taxRateBp: number): number {
  if (taxRateBp <= 0) return 0;
  return Math.round((totalMinor * taxRateBp) / (10_000 + taxRateBp));
}

/** A share off a price, rounded to the nearest minor unit. */
export function discounted(priceMinor: number, discountBp: number): number {
  return priceMinor - Math.round((priceMinor * discountBp) / 10_000);
}

export function bandFor(age: number, bands: readonly AgeBand[]): AgeBand | undefined {
  return bands.find((b) => age >= b.minAge && age < b.maxAge);
}

function assertCount(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}`);
}

/** Lines for children: one per age band (or full price), in the order of the bands. */
function childLines(priceMinor: number, ages: readonly number[], bands: readonly AgeBand[]): QuoteLine[] {
  const groups = new Map<string, QuoteLine>();
  for (const age of ages) {
    const band = bandFor(age, bands);
    const key = band ? `${band.minAge}-${band.maxAge}` : "full";
    const unitMinor = band ? discounted(priceMinor, band.discountBp) : priceMinor;
    const line =
      groups.get(key) ??
      (band
        ? { label: unitMinor === 0 ? "child_free" : "child_band", quantity: 0, unitMinor, totalMinor: 0, params: { minAge: band.minAge, maxAge: band.maxAge } }
        : { label: "children", quantity: 0, unitMinor, totalMinor: 0 });
    line.quantity += 1;
    line.totalMinor += unitMinor;
    groups.set(key, line);
  }
  return [...groups.values()];
}

function baseLines(item: Priced, req: QuoteRequest): QuoteLine[] {
  const { quantity } = req;
  const days = req.days ?? 1;
  const bands = req.ageBands ?? [];
  switch (item.priceUnit) {
    case "per_booking":
      return [{ label: "per_booking", quantity: 1, unitMinor: item.priceMinor, totalMinor: item.priceMinor }];
    case "per_person": {
      if (!req.participants) break;
      const { adults, childAges } = req.participants;
      const lines: QuoteLine[] = [];
      if (adults > 0) lines.push({ label: "adults", quantity: adults, unitMinor: item.priceMinor, totalMinor: adults * item.priceMinor });
      return [...lines, ...childLines(item.priceMinor, childAges, bands)];
    }
    case "per_child":
      if (req.participants?.childAges.length) return childLines(item.priceMinor, req.participants.childAges, bands);
      break;
    case "per_day":
    case "per_night": {
      const units = quantity * days;
      return [{ label: item.priceUnit, quantity: units, unitMinor: item.priceMinor, totalMinor: units * item.priceMinor, params: { days, units: quantity } }];
    }
    case "per_hour": {
      const hours = Math.max(1, Math.ceil((item.durationMinutes ?? 60) / 60));
      const units = quantity * hours;
      return [{ label: "per_hour", quantity: units, unitMinor: item.priceMinor, totalMinor: units * item.priceMinor, params: { hours } }];
    }
  }
  return [{ label: item.priceUnit, quantity, unitMinor: item.priceMinor, totalMinor: quantity * item.priceMinor }];
}

/**
 * The quote for a booking: a line per kind of unit (adults, each children's
 * age band, days…), the family discount as a negative line, and the tax the
 * tax-inclusive total contains. `quantity` alone prices everyone at full rate.
 */
export function quote(item: Priced, request: number | QuoteRequest): Quote {
  const req = typeof request === "number" ? { quantity: request } : request;
  assertCount(req.quantity, "quantity", 1);
  if (req.days !== undefined) assertCount(req.days, "days", 1);
  if (req.participants) {
    assertCount(req.participants.adults, "adults", 0);
    if (req.participants.adults + req.participants.childAges.length < 1) throw new RangeError("at least one participant");
  }
  if (item.complimentary || item.priceMinor === 0) {
    return {
      lines: [{ label: "complimentary", quantity: req.quantity, unitMinor: 0, totalMinor: 0 }],
      totalMinor: 0,
      taxMinor: 0,
      taxRateBp: item.taxRateBp,
      complimentary: true,
    };
  }
  const lines = baseLines(item, req);
  const subtotal = lines.reduce((sum, l) => sum + l.totalMinor, 0);
  if (req.familyDiscountBp && subtotal > 0) {
    const off = Math.round((subtotal * req.familyDiscountBp) / 10_000);
    if (off > 0) lines.push({ label: "family_discount", quantity: 1, unitMinor: -off, totalMinor: -off, params: { percent: req.familyDiscountBp / 100 } });
  }
  const totalMinor = lines.reduce((sum, l) => sum + l.totalMinor, 0);
  return {
    lines,
    totalMinor,
    taxMinor: includedTax(totalMinor, item.taxRateBp),
    taxRateBp: item.taxRateBp,
    complimentary: false,
  };
}

/**
 * Splits a bundle price over the package's items in proportion to their list
 * prices (so revenue per service stays meaningful); the rounding remainder
 * goes to the most expensive item. Items with no list price get 0.
 */
/**
 * What a booking costs the hotel: the service's unit cost × the units booked × the days out
 * (rentals; 1 otherwise). Stored on the booking when it is made, like its price, so a later
 * change of the unit cost leaves the margins of past bookings as they were.
 */
export function bookingCost(unitCostMinor: number, quantity: number, days = 1): number {
  assertCount(quantity, "quantity", 1);
  assertCount(days, "days", 1);
  if (!Number.isSafeInteger(unitCostMinor) || unitCostMinor < 0) throw new RangeError("unit cost must be a non-negative integer");
  return unitCostMinor * quantity * days;
}
