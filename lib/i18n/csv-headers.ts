// CSV exports' header texts in a staff member's language (staff.common.csvHeader in <locale>.staff-common.json). Read
// straight from the files rather than through next-intl, so a route handler needs no request-bound translator.
import az from "./messages/az.staff-common.json";
import en from "./messages/en.staff-common.json";
import hu from "./messages/hu.staff-common.json";
import ms from "./messages/ms.staff-common.json";
import th from "./messages/th.staff-common.json";
import tl from "./messages/tl.staff-common.json";
import type { Locale } from "./locales";

export type CsvHeaderKey = keyof (typeof en)["common"]["csvHeader"];
const HEADERS: Record<Locale, Record<string, string>> = {
  en: en.common.csvHeader,
  th: th.common.csvHeader,
  hu: hu.common.csvHeader,
  az: az.common.csvHeader,
  ms: ms.common.csvHeader,
  tl: tl.common.csvHeader,
};

/** The header text of each column in `locale`; English, then the column's own name, where a text is missing. */
export function csvHeaderFor(locale: Locale): (column: string) => string {
  return (column) => HEADERS[locale][column] ?? HEADERS.en[column] ?? column;
}
