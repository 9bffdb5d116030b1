// The lines of a price, as the guest sees them before confirming and on the folio: what, how many, how much, tax included.
import { useFormatter, useTranslations } from "next-intl";
import type { QuoteLine } from "@/lib/pricing";
import { formatMoney } from "./format";

export function PriceLines({
  lines,
  totalMinor,
  taxMinor,
  currency,
}: {
  lines: QuoteLine[];
  totalMinor: number;
  taxMinor: number;
  currency: string;
}) {
  const t = useTranslations("priceLine");
  const format = useFormatter();
  const money = (minor: number) => formatMoney(format, minor, currency);
  return (
    <div>
      <table className="w-full text-sm">
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <th scope="row" className="py-0.5 text-left font-normal">
                {t.has(line.label) ? t(line.label, { ...line.params, maxAgeMinusOne: (line.params?.maxAge ?? 1) - 1 }) : line.label}
                {line.quantity > 1 && line.unitMinor !== 0 && <span className="text-stone-600"> · {line.quantity} × {money(line.unitMinor)}</span>}
              </th>
              <td className="py-0.5 text-right tabular-nums">{line.unitMinor === 0 && line.totalMinor === 0 ? t("free") : money(line.totalMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-2 flex items-baseline justify-between border-t border-stone-300 pt-2 text-lg font-bold">
        <span>{t("total")}</span>
        <span data-testid="total" className="tabular-nums">
          {totalMinor === 0 ? t("complimentaryTotal") : money(totalMinor)}
        </span>
      </div>
      {taxMinor > 0 && <p className="text-right text-sm text-stone-700">{t("taxIncluded", { amount: money(taxMinor) })}</p>}
    </div>
  );
}
