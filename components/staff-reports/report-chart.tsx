"use client";
// A horizontal bar chart for one report (recharts); the table beside it carries the same figures for screen readers and print.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; label: string; color: string };
export type ChartKind = "money" | "percent" | "minutes" | "score";

type Props = {
  title: string;
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
  kind: ChartKind;
  locale: string;
  currency: string;
};

/** Values arrive in display units (major currency units, shares 0–1, minutes, scores). */
function formatter(kind: ChartKind, locale: string, currency: string): (v: number) => string {
  if (kind === "money") {
    const f = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 });
    return (v) => f.format(v);
  }
  if (kind === "percent") {
    const f = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    return (v) => f.format(v);
  }
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (v) => f.format(v);
}

export function ReportChart({ title, rows, series, kind, locale, currency }: Props) {
  const format = formatter(kind, locale, currency);
  const height = Math.max(160, rows.length * (series.length * 14 + 16) + 60);
  return (
    <figure role="img" aria-label={title} className="report-chart overflow-x-auto" data-testid="report-chart">
      {/* A fixed width keeps the chart the same on screen and on paper (no resize observer needed). */}
      <BarChart width={640} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} domain={kind === "percent" ? [0, 1] : kind === "score" ? [0, 5] : [(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]} />
        <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(v) => format(Number(v))} />
        <Legend />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}
