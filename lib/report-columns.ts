// One definition of the manager's reports: the lines each report has (as the SQL in server/reports/ returns them), and
// each report's columns — the CSV header, the heading on screen, what a cell holds and what kind of value it is. The CSV
// (lib/report-csv.ts) and the page (app/(staff)/staff/reports/page.tsx) both read their columns from here and only
// differ in how a kind of value is written (plain decimals and fractions, or the manager's locale).
import type { LocalizedText } from "./catalogue-text";

export const REPORT_KEYS = ["services", "packages", "uptake", "family", "timing", "ratings", "credits"] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

type Named = { name: Pick<LocalizedText, "en"> & Partial<LocalizedText> };
export type MoneyLine = Named & {
  bookings: number;
  units: number;
  grossMinor: number;
  taxMinor: number;
  netMinor: number;
  costMinor: number;
  marginMinor: number;
  complimentary: boolean;
};
export type UptakeLine = Named & { stays: number; share: number };
export type TimingLine = {
  name: string;
  targetMinutes: number;
  responded: number;
  responseMedian: number | null;
  responseP90: number | null;
  responseOnTime: number | null;
  fulfilled: number;
  fulfilmentMedian: number | null;
  fulfilmentP90: number | null;
  fulfilmentOnTime: number | null;
};
export type RatingLine = Named & { count: number; average: number; low: number; complaints: number };
export type CreditReasonLine = { reason: string; count: number; amountMinor: number };

export type ReportData = {
  services: MoneyLine[];
  packages: MoneyLine[];
  uptake: { staysPresent: number; staysWithChildren: number; services: UptakeLine[]; familyPackages: UptakeLine[] };
  timing: TimingLine[];
  ratings: RatingLine[];
  credits: { reasons: CreditReasonLine[] };
};

/**
 * What a cell holds, which decides how it is written: a catalogue name (localized on screen, English in the CSV), free
 * text, a count, an amount in minor units, a share (0–1), minutes, a score, a yes/no flag, or the property's currency.
 */
export type ColumnKind = "name" | "text" | "count" | "money" | "share" | "minutes" | "score" | "flag" | "currency";
export type CellValue = LocalizedText | Named["name"] | string | number | boolean | null;

type Column<R> = {
  /** The CSV header. */
  key: string;
  /** The heading on screen, a key under staff.reports; a column without one is in the CSV only. */
  label?: string;
  kind: ColumnKind;
  value: (line: R) => CellValue;
};

export type ReportColumn = Omit<Column<unknown>, "value">;
export type ReportTable = { columns: ReportColumn[]; rows: CellValue[][] };

type Report = { columns: ReportColumn[]; rows: (data: ReportData) => CellValue[][] };

function report<R>(lines: (data: ReportData) => R[], columns: Column<R>[]): Report {
  return {
    columns: columns.map(({ key, label, kind }) => ({ key, label, kind })),
    rows: (data) => lines(data).map((line) => columns.map((c) => c.value(line))),
  };
}

const moneyColumns = (withFlag: boolean): Column<MoneyLine>[] => [
  { key: "name", label: "money.name", kind: "name", value: (r) => r.name },
  { key: "bookings", label: "money.bookings", kind: "count", value: (r) => r.bookings },
  { key: "units", label: "money.units", kind: "count", value: (r) => r.units },
  { key: "revenue_gross", label: "money.gross", kind: "money", value: (r) => r.grossMinor },
  { key: "tax", label: "money.tax", kind: "money", value: (r) => r.taxMinor },
  { key: "revenue_net", label: "money.net", kind: "money", value: (r) => r.netMinor },
  { key: "cost", label: "money.cost", kind: "money", value: (r) => r.costMinor },
  { key: "margin", label: "money.margin", kind: "money", value: (r) => r.marginMinor },
  // On screen a complimentary item says so after its name.
  ...(withFlag ? [{ key: "complimentary", kind: "flag" as const, value: (r: MoneyLine) => r.complimentary }] : []),
  { key: "currency", kind: "currency", value: () => null },
];

type UptakeOf = UptakeLine & { of: number };
const uptakeColumns = (nameKey: string, nameLabel: string, bookedKey: string, ofKey: string): Column<UptakeOf>[] => [
  { key: nameKey, label: nameLabel, kind: "name", value: (r) => r.name },
  { key: bookedKey, label: "uptake.stays", kind: "count", value: (r) => r.stays },
  { key: ofKey, kind: "count", value: (r) => r.of },
  { key: "share", label: "uptake.share", kind: "share", value: (r) => r.share },
];

export const REPORTS: Record<ReportKey, Report> = {
  services: report((d) => d.services, moneyColumns(true)),
  packages: report((d) => d.packages, moneyColumns(false)),
  uptake: report(
    (d) => d.uptake.services.map((r) => ({ ...r, of: d.uptake.staysPresent })),
    uptakeColumns("service", "uptake.service", "stays_booked", "stays_present"),
  ),
  family: report(
    (d) => d.uptake.familyPackages.map((r) => ({ ...r, of: d.uptake.staysWithChildren })),
    uptakeColumns("package", "family.package", "stays_with_children_booked", "stays_with_children"),
  ),
  timing: report((d) => d.timing, [
    { key: "department", label: "timing.department", kind: "text", value: (r) => r.name },
    { key: "response_target_minutes", label: "timing.target", kind: "count", value: (r) => r.targetMinutes },
    { key: "responded", label: "timing.responded", kind: "count", value: (r) => r.responded },
    { key: "response_median_minutes", label: "timing.responseMedian", kind: "minutes", value: (r) => r.responseMedian },
    { key: "response_p90_minutes", label: "timing.responseP90", kind: "minutes", value: (r) => r.responseP90 },
    { key: "response_on_time_share", label: "timing.responseOnTime", kind: "share", value: (r) => r.responseOnTime },
    { key: "fulfilled", label: "timing.fulfilled", kind: "count", value: (r) => r.fulfilled },
    { key: "fulfilment_median_minutes", label: "timing.fulfilmentMedian", kind: "minutes", value: (r) => r.fulfilmentMedian },
    { key: "fulfilment_p90_minutes", label: "timing.fulfilmentP90", kind: "minutes", value: (r) => r.fulfilmentP90 },
    { key: "fulfilment_on_time_share", label: "timing.fulfilmentOnTime", kind: "share", value: (r) => r.fulfilmentOnTime },
  ]),
  ratings: report((d) => d.ratings, [
    { key: "service", label: "ratings.service", kind: "name", value: (r) => r.name },
    { key: "ratings", label: "ratings.count", kind: "count", value: (r) => r.count },
    { key: "average_score", label: "ratings.average", kind: "score", value: (r) => r.average },
    { key: "low_scores", label: "ratings.low", kind: "count", value: (r) => r.low },
    { key: "complaints", label: "ratings.complaints", kind: "count", value: (r) => r.complaints },
  ]),
  credits: report((d) => d.credits.reasons, [
    { key: "reason", label: "credits.reason", kind: "text", value: (r) => r.reason },
    { key: "credits", label: "credits.count", kind: "count", value: (r) => r.count },
    { key: "amount", label: "credits.amount", kind: "money", value: (r) => r.amountMinor },
    { key: "currency", kind: "currency", value: () => null },
  ]),
};

/** A report as a table: every column (the CSV's), or just those shown on screen. */
export function reportTable(key: ReportKey, data: ReportData, only: "csv" | "screen" = "csv"): ReportTable {
  const { columns, rows } = REPORTS[key];
  const keep = columns.map((c) => only === "csv" || c.label !== undefined);
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: rows(data).map((row) => row.filter((_, i) => keep[i])),
  };
}
