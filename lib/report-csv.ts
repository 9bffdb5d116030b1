// The reports as CSV: one table per report, the same columns as on screen, money as plain decimals, shares as fractions.
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "./csv";
import { formatMinorPlain } from "./money";

export const REPORT_KEYS = ["services", "packages", "uptake", "family", "timing", "ratings", "credits"] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

type Named = { name: { en: string } };
type Money = Named & { bookings: number; units: number; grossMinor: number; taxMinor: number; netMinor: number; costMinor: number; marginMinor: number; complimentary: boolean };
type UptakeLine = Named & { stays: number; share: number };
type Timing = {
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
type Rating = Named & { count: number; average: number; low: number; complaints: number };

export type ReportData = {
  services: Money[];
  packages: Money[];
  uptake: { staysPresent: number; staysWithChildren: number; services: UptakeLine[]; familyPackages: UptakeLine[] };
  timing: Timing[];
  ratings: Rating[];
  credits: { reasons: { reason: string; count: number; amountMinor: number }[] };
};

const MONEY_COLUMNS = ["name", "bookings", "units", "revenue_gross", "tax", "revenue_net", "cost", "margin", "complimentary", "currency"];
export const REPORT_COLUMNS: Record<ReportKey, string[]> = {
  services: MONEY_COLUMNS,
  packages: MONEY_COLUMNS.filter((c) => c !== "complimentary"),
  uptake: ["service", "stays_booked", "stays_present", "share"],
  family: ["package", "stays_with_children_booked", "stays_with_children", "share"],
  timing: [
    "department",
    "response_target_minutes",
    "responded",
    "response_median_minutes",
    "response_p90_minutes",
    "response_on_time_share",
    "fulfilled",
    "fulfilment_median_minutes",
    "fulfilment_p90_minutes",
    "fulfilment_on_time_share",
  ],
  ratings: ["service", "ratings", "average_score", "low_scores", "complaints"],
  credits: ["reason", "credits", "amount", "currency"],
};

/** Free text (names, credit reasons) that a spreadsheet would run as a formula is quoted as text. */
const text = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const round = (v: number | null, digits = 2) => (v === null ? "" : String(Math.round(v * 10 ** digits) / 10 ** digits));

export function reportRows(key: ReportKey, data: ReportData, currency: string): (string | number)[][] {
  const money = (m: number) => formatMinorPlain(m, currency);
  const moneyRow = (r: Money, withFlag: boolean) => [
    text(r.name.en),
    r.bookings,
    r.units,
    money(r.grossMinor),
    money(r.taxMinor),
    money(r.netMinor),
    money(r.costMinor),
    money(r.marginMinor),
    ...(withFlag ? [r.complimentary ? "yes" : "no"] : []),
    currency,
  ];
  switch (key) {
    case "services":
      return data.services.map((r) => moneyRow(r, true));
    case "packages":
      return data.packages.map((r) => moneyRow(r, false));
    case "uptake":
      return data.uptake.services.map((r) => [text(r.name.en), r.stays, data.uptake.staysPresent, round(r.share, 4)]);
    case "family":
      return data.uptake.familyPackages.map((r) => [text(r.name.en), r.stays, data.uptake.staysWithChildren, round(r.share, 4)]);
    case "timing":
      return data.timing.map((r) => [
        text(r.name),
        r.targetMinutes,
        r.responded,
        round(r.responseMedian, 1),
        round(r.responseP90, 1),
        round(r.responseOnTime, 4),
        r.fulfilled,
        round(r.fulfilmentMedian, 1),
        round(r.fulfilmentP90, 1),
        round(r.fulfilmentOnTime, 4),
      ]);
    case "ratings":
      return data.ratings.map((r) => [text(r.name.en), r.count, round(r.average), r.low, r.complaints]);
    case "credits":
      return data.credits.reasons.map((r) => [text(r.reason), r.count, money(r.amountMinor), currency]);
  }
}

/** RFC 4180 (CRLF, quoted where needed), with a header row. */
export function reportCsv(key: ReportKey, data: ReportData, currency: string): string {
  return stringify([REPORT_COLUMNS[key], ...reportRows(key, data, currency)], CSV_OPTIONS);
}
