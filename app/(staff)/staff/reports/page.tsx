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
import type { ReportKey } from "@/lib/report-csv";
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
  head: string[];
  rows: Cell[][];
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
      {props.rows.length === 0 ? (
        <p className="text-stone-700">{props.emptyLabel}</p>
      ) : (
        <div className="space-y-4">
          <ReportChart title={props.title} rows={props.chart.rows} series={props.chart.series} kind={props.chart.kind} locale={props.locale} currency={props.currency} />
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  {props.head.map((h, i) => (
                    <th key={h} scope="col" className={`border-b border-stone-300 px-2 py-1 ${i === 0 ? "text-left" : "text-right"}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.rows.map((row, r) => (
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
  const moneyHead = [t("money.name"), t("money.bookings"), t("money.units"), t("money.gross"), t("money.tax"), t("money.net"), t("money.cost"), t("money.margin")];
  const moneyRows = (rows: MoneyRow[]) =>
    rows.map((r) => [
      localized(r.name, locale) + (r.complimentary ? ` (${t("money.complimentary")})` : ""),
      r.bookings,
      r.units,
      money(r.grossMinor),
      money(r.taxMinor),
      money(r.netMinor),
      money(r.costMinor),
      money(r.marginMinor),
    ]);
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

      <Section id="services" title={t("services.title")} note={t("services.note")} {...common} chart={moneyChart(data.services)} head={moneyHead} rows={moneyRows(data.services)} />
      <Section id="packages" title={t("packages.title")} note={t("packages.note")} {...common} chart={moneyChart(data.packages)} head={moneyHead} rows={moneyRows(data.packages)} />
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
        head={[t("uptake.service"), t("uptake.stays"), t("uptake.share")]}
        rows={data.uptake.services.map((r) => [localized(r.name, locale), r.stays, pct(r.share)])}
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
        head={[t("family.package"), t("uptake.stays"), t("uptake.share")]}
        rows={data.uptake.familyPackages.map((r) => [localized(r.name, locale), r.stays, pct(r.share)])}
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
        head={[
          t("timing.department"),
          t("timing.target"),
          t("timing.responded"),
          t("timing.responseMedian"),
          t("timing.responseP90"),
          t("timing.responseOnTime"),
          t("timing.fulfilled"),
          t("timing.fulfilmentMedian"),
          t("timing.fulfilmentP90"),
          t("timing.fulfilmentOnTime"),
        ]}
        rows={data.timing.map((r) => [
          r.name,
          r.targetMinutes,
          r.responded,
          mins(r.responseMedian),
          mins(r.responseP90),
          pct(r.responseOnTime),
          r.fulfilled,
          mins(r.fulfilmentMedian),
          mins(r.fulfilmentP90),
          pct(r.fulfilmentOnTime),
        ])}
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
        head={[t("ratings.service"), t("ratings.count"), t("ratings.average"), t("ratings.low"), t("ratings.complaints")]}
        rows={data.ratings.map((r) => [localized(r.name, locale), r.count, format.number(r.average, { maximumFractionDigits: 2 }), r.low, r.complaints])}
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
        head={[t("credits.reason"), t("credits.count"), t("credits.amount")]}
        rows={data.credits.reasons.map((r) => [r.reason, r.count, money(r.amountMinor)])}
      />
    </div>
  );
}
