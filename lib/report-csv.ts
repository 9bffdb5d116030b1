// The reports as CSV: one table per report with the columns lib/report-columns.ts defines, money as plain decimals,
// shares as fractions.
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "./csv";
import type { CsvHeader } from "./folio-csv";
import { formatMinorPlain } from "./money";
import { REPORT_KEYS, REPORTS, reportTable, type CellValue, type ColumnKind, type ReportData, type ReportKey } from "./report-columns";

export { REPORT_KEYS, type ReportData, type ReportKey };

/** Each report's CSV header. */
export const REPORT_COLUMNS = Object.fromEntries(REPORT_KEYS.map((key) => [key, REPORTS[key].columns.map((c) => c.key)])) as Record<ReportKey, string[]>;

/** Free text (names, credit reasons) that a spreadsheet would run as a formula is quoted as text. */
const text = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const round = (v: number | null, digits = 2) => (v === null ? "" : String(Math.round(v * 10 ** digits) / 10 ** digits));

function csvCell(kind: ColumnKind, value: CellValue, currency: string): string | number {
  switch (kind) {
    case "name":
      return text((value as { en: string }).en);
    case "text":
      return text(value as string);
    case "count":
      return value as number;
    case "money":
      return formatMinorPlain(value as number, currency);
    case "share":
      return round(value as number | null, 4);
    case "minutes":
      return round(value as number | null, 1);
    case "score":
      return round(value as number);
    case "flag":
      return value ? "yes" : "no";
    case "currency":
      return currency;
  }
}

export function reportRows(key: ReportKey, data: ReportData, currency: string): (string | number)[][] {
  const { columns, rows } = reportTable(key, data);
  return rows.map((row) => row.map((value, i) => csvCell(columns[i].kind, value, currency)));
}

/** RFC 4180 (CRLF, quoted where needed), with a header row (in the staff member's language when `header` is given). */
export function reportCsv(key: ReportKey, data: ReportData, currency: string, header: CsvHeader = (column) => column): string {
  return stringify([REPORT_COLUMNS[key].map(header), ...reportRows(key, data, currency)], CSV_OPTIONS);
}
