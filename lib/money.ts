// Money: integer minor units of a currency, turned into the major amount Intl formats.

const digitsCache = new Map<string, number>();

/** Minor units per major unit for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function fractionDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** fractionDigits(currency);
}

const DECIMAL_RE = /^(\d{1,12})(?:[.,](\d+))?$/;

/**
 * A decimal typed by a person ("12.50", "12,5", "12") as an integer scaled by 10^digits, or null
 * when it is not a plain non-negative number or has more decimals than `digits`. No floating point:
 * "0.29" must be exactly 29, not 28.999….
 */
export function parseScaled(input: string, digits: number): number | null {
  const match = DECIMAL_RE.exec(input.trim());
  if (!match) return null;
  const [, whole, fraction = ""] = match;
  if (fraction.length > digits) return null;
  const value = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(value) ? value : null;
}

/** An amount typed in the currency's major unit ("12.50" EUR) as minor units (1250), or null. */
export function parseMinor(input: string, currency: string): number | null {
  return parseScaled(input, fractionDigits(currency));
}

/** Minor units as the plain decimal a form field shows ("12.50"), without currency sign or grouping. */
export function formatMinorPlain(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, "0")}`;
}

/** A percentage typed by a person ("19", "7.5") as basis points (1900, 750); null if not 0–100 with ≤ 2 decimals. */
export function parsePercentBp(input: string): number | null {
  const bp = parseScaled(input, 2);
  return bp !== null && bp <= 10_000 ? bp : null;
}

/** Basis points as the percentage a form field shows: 1900 → "19", 750 → "7.5". */
export function formatBpPercent(bp: number): string {
  return String(bp / 100);
}
