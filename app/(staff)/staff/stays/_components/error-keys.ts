// Maps the stays area's error keys ("validation.code_taken", "csv.duplicate_code:3") to message paths the shared field errors can read.

/** Validation keys whose texts live in the stays messages rather than the shared ones. */
const OWN_VALIDATION = new Set([
  "code_format",
  "code_taken",
  "day",
  "check_out_after_check_in",
  "stay_too_long",
  "child_ages",
  "locale",
  "vip",
  "whole_number",
  "amount",
  "booking_not_of_stay",
  "above_credit_limit",
]);

/** One key as a full message path with its parameter ("staff.stays.import.csv.duplicate_code:3"). */
export function stayErrorKey(key: string): string {
  const [id, ...rest] = key.split(":");
  const param = rest.length ? `:${rest.join(":")}` : "";
  if (id.startsWith("csv.")) return `staff.stays.import.${id}${param}`;
  const name = id.replace(/^validation\./, "");
  if (id.startsWith("validation.") && OWN_VALIDATION.has(name)) return `staff.stays.validation.${name}${param}`;
  return key;
}

export function stayErrorKeys(keys: string[] | undefined): string[] | undefined {
  return keys?.map(stayErrorKey);
}
