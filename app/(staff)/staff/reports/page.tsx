// The manager's reports: money, uptake, timing, ratings and credits over a chosen period, each as a chart, a table and a CSV.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatDay, formatMoney } from "@/components/format";
import { localized } from "@/components/localized";
import { requireManagerPage } from "@/app/_server/manager-page";
import { ReportChart, type ChartKind, type ChartSeries } from "@/components/staff-reports/report-chart";
import { PrintButton } from "@/components/print-button";
import { getPropertySettings } from "@/server/property/settings";
import { loadReports, type MoneyRow } from "@/server/reports/reports";
import { toMajor } from "@/lib/money";
import type { LocalizedText } from "@/lib/catalogue-text";
import { reportTable, type CellValue, type ColumnKind, type ReportKey } from "@/lib/report-columns";
import { FULFILMENT_ALLOWANCE_MINUTES, MAX_PERIOD_DAYS, parsePeriod, type ReportPeriod } from "@/lib/report-period";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.reports"))("title") };
}

const COLORS = { a: "#1d4ed8", b: "#b45309", c: "#15803d", d: "#7c3aed" };

type Cell = string | number;

function Section(props: {
  id: ReportKey;
  title: string;
  note?: string;
  period: ReportPeriod;
  csvLabel: string;
  emptyLabel: string;
  chart: { rows: Record<string, string | number | null>[]; series: ChartSeries[]; kind: ChartKind };
  table: { head: string[]; rows: Cell[][] };
  locale: string;
  currency: string;
  extra?: React.ReactNode;
}) {
  const csv = `/api/staff/reports/${props.id}?from=${props.period.from}&to=${props.period.to}`;
  return (
    <section aria-labelledby={`report-${props.id}`} className="report-section space-y-3 rounded-xl border border-stone-300 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`report-${props.id}`} className="text-xl font-bold">
          {props.title}
        </h2>
        <a href={csv} download className="no-print inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {props.csvLabel}
        </a>
      </div>
      {props.note && <p className="max-w-3xl text-sm text-stone-700">{props.note}</p>}
      {props.extra}
      {props.table.rows.length === 0 ? (
        <p className="text-stone-700">{props.emptyLabel}</p>
      ) : (
        <div className="space-y-4">
          <ReportChart title={props.title} rows={props.chart.rows} series={props.chart.series} kind={props.chart.kind} locale={props.locale} currency={props.currency} />
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  {props.table.head.map((h, i) => (
                    <th key={h} scope="col" className={`border-b border-stone-300 px-2 py-1 ${i === 0 ? "text-left" : "text-right"}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.table.rows.map((row, r) => (
                  <tr key={r} className="odd:bg-stone-50">
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className="px-2 py-1 text-right tabular-nums">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> }) {
  // The layout lets every staff member in; the reports are the manager's (others see "not found").
  const staff = await requireManagerPage();
  const property = await getPropertySettings(staff.propertyId);
  const { period, error } = parsePeriod(await searchParams, property.timeZone);
  const [t, format, locale, data] = await Promise.all([
    getTranslations("staff.reports"),
    getFormatter(),
    getLocale(),
    loadReports({ propertyId: staff.propertyId, timeZone: property.timeZone, period }),
  ]);
  const { currency } = property;
  const money = (minor: number) => formatMoney(format, minor, currency);
  const pct = (share: number | null) => (share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 0 }));
  const mins = (v: number | null) => (v === null ? "–" : format.number(v, { maximumFractionDigits: 1 }));
  const major = (minor: number) => toMajor(minor, currency);
  const common = { period, csvLabel: t("csv"), emptyLabel: t("empty"), locale, currency };
  // A cell as the manager reads it; the columns themselves are lib/report-columns.ts's, the same as the CSV's.
  const cell = (kind: ColumnKind, value: CellValue): Cell => {
    switch (kind) {
      case "name":
        return localized(value as LocalizedText, locale);
      case "text":
        return value as string;
      case "count":
        return value as number;
      case "money":
        return money(value as number);
      case "share":
        return pct(value as number | null);
      case "minutes":
        return mins(value as number | null);
      case "score":
        return format.number(value as number, { maximumFractionDigits: 2 });
      case "flag":
        return value ? t("money.complimentary") : "";
      case "currency":
        return currency;
    }
  };
  const table = (key: ReportKey) => {
    const { columns, rows } = reportTable(key, data, "screen");
    return { head: columns.map((c) => t(c.label!)), rows: rows.map((row) => row.map((value, i) => cell(columns[i].kind, value))) };
  };
  const moneyTable = (key: "services" | "packages") => {
    const { head, rows } = table(key);
    // A complimentary item says so after its name (the CSV has a column for it).
    return { head, rows: rows.map((row, i) => (data[key][i].complimentary ? [`${row[0]} (${t("money.complimentary")})`, ...row.slice(1)] : row)) };
  };
  const moneyChart = (rows: MoneyRow[]) => ({
    kind: "money" as const,
    rows: rows.map((r) => ({ label: localized(r.name, locale), net: major(r.netMinor), cost: major(r.costMinor), margin: major(r.marginMinor) })),
    series: [
      { key: "net", label: t("money.net"), color: COLORS.a },
      { key: "cost", label: t("money.cost"), color: COLORS.b },
      { key: "margin", label: t("money.margin"), color: COLORS.c },
    ],
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
        <p className="mt-1 font-semibold">{t("period.showing", { from: formatDay(format, period.from), to: formatDay(format, period.to) })}</p>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-describedby={error ? "period-error" : undefined}>
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="sr-only">{t("period.legend")}</legend>
          <label className="flex flex-col text-sm font-semibold">
            {t("period.from")}
            <input type="date" name="from" defaultValue={period.from} required className="min-h-11 rounded-lg border border-stone-400 px-2" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t("period.to")}
            <input type="date" name="to" defaultValue={period.to} required className="min-h-11 rounded-lg border border-stone-400 px-2" />
          </label>
        </fieldset>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("period.show")}
        </button>
        <PrintButton label={t("period.print")} />
      </form>
      {error && (
        <p id="period-error" role="alert" className="font-semibold text-red-800">
          {t.has(`period.error.${error}`) ? t(`period.error.${error}` as "period.error.invalid", { max: MAX_PERIOD_DAYS }) : t("period.error.invalid")}
        </p>
      )}

      <Section id="services" title={t("services.title")} note={t("services.note")} {...common} chart={moneyChart(data.services)} table={moneyTable("services")} />
      <Section id="packages" title={t("packages.title")} note={t("packages.note")} {...common} chart={moneyChart(data.packages)} table={moneyTable("packages")} />
      <Section
        id="uptake"
        title={t("uptake.title")}
        note={t("uptake.note", { stays: data.uptake.staysPresent })}
        {...common}
        chart={{
          kind: "percent",
          rows: data.uptake.services.map((r) => ({ label: localized(r.name, locale), share: r.share })),
          series: [{ key: "share", label: t("uptake.share"), color: COLORS.a }],
        }}
        table={table("uptake")}
      />
      <Section
        id="family"
        title={t("family.title")}
        note={t("family.note", { stays: data.uptake.staysWithChildren })}
        {...common}
        chart={{
          kind: "percent",
          rows: data.uptake.familyPackages.map((r) => ({ label: localized(r.name, locale), share: r.share })),
          series: [{ key: "share", label: t("uptake.share"), color: COLORS.d }],
        }}
        table={table("family")}
      />
      <Section
        id="timing"
        title={t("timing.title")}
        note={t("timing.note", { allowance: FULFILMENT_ALLOWANCE_MINUTES })}
        {...common}
        chart={{
          kind: "minutes",
          rows: data.timing.map((r) => ({ label: r.name, target: r.targetMinutes, median: r.responseMedian, p90: r.responseP90 })),
          series: [
            { key: "target", label: t("timing.target"), color: COLORS.c },
            { key: "median", label: t("timing.responseMedian"), color: COLORS.a },
            { key: "p90", label: t("timing.responseP90"), color: COLORS.b },
          ],
        }}
        table={table("timing")}
      />
      <Section
        id="ratings"
        title={t("ratings.title")}
        note={t("ratings.note")}
        {...common}
        chart={{
          kind: "score",
          rows: data.ratings.map((r) => ({ label: localized(r.name, locale), average: Math.round(r.average * 100) / 100 })),
          series: [{ key: "average", label: t("ratings.average"), color: COLORS.a }],
        }}
        table={table("ratings")}
      />
      <Section
        id="credits"
        title={t("credits.title")}
        {...common}
        extra={<p className="font-semibold">{t("credits.total", { count: data.credits.count, amount: money(data.credits.amountMinor) })}</p>}
        chart={{
          kind: "money",
          rows: data.credits.reasons.map((r) => ({ label: r.reason, amount: major(r.amountMinor) })),
          series: [{ key: "amount", label: t("credits.amount"), color: COLORS.b }],
        }}
        table={table("credits")}
      />
    </div>
  );
}
