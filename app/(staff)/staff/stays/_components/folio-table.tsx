// A stay's folio as staff see it: every charge and credit by day, pending requests apart, and the totals.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDay, formatMoney } from "@/components/format";
import { localized } from "@/components/localized";
import type { Folio, FolioLine } from "@/server/billing/folio";

function useDescribe() {
  const t = useTranslations("staff.folio");
  const locale = useLocale();
  const format = useFormatter();
  return (line: FolioLine) => {
    const service = line.serviceName ? localized(line.serviceName, locale) : null;
    if (line.kind === "credit") return service ? t("creditFor", { service, reason: line.reason ?? "" }) : t("credit", { reason: line.reason ?? "" });
    const days = line.endDay && line.endDay !== line.day ? ` (${t("rentalDays", { from: formatDay(format, line.day), to: formatDay(format, line.endDay) })})` : "";
    return `${service ?? ""}${days}`;
  };
}

function Lines({ lines, currency, testId }: { lines: FolioLine[]; currency: string; testId: string }) {
  const t = useTranslations("staff.folio");
  const format = useFormatter();
  const describe = useDescribe();
  return (
    <table className="mt-2 w-full text-left" data-testid={testId}>
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-sm text-stone-700">
          <th scope="col" className="py-2 pr-3 font-semibold">
            {t("col.date")}
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            {t("col.description")}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            {t("col.quantity")}
          </th>
          <th scope="col" className="py-2 text-right font-semibold">
            {t("col.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id} data-kind={line.kind} className="border-b border-stone-200 align-top">
            <td className="whitespace-nowrap py-2 pr-3">{formatDay(format, line.day)}</td>
            <td className="py-2 pr-3">{describe(line)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{line.kind === "credit" ? "" : line.quantity}</td>
            <td className={`whitespace-nowrap py-2 text-right tabular-nums ${line.kind === "credit" ? "text-emerald-800" : ""}`}>
              {formatMoney(format, line.amountMinor, currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FolioTable({ folio }: { folio: Folio }) {
  const t = useTranslations("staff.folio");
  const format = useFormatter();
  const money = (minor: number) => formatMoney(format, minor, folio.currency);
  return (
    <div>
      {folio.lines.length === 0 ? <p className="mt-2 text-stone-700">{t("empty")}</p> : <Lines lines={folio.lines} currency={folio.currency} testId="folio-lines" />}
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-right sm:ml-auto sm:max-w-xs" data-testid="folio-totals">
        <dt className="text-left">{t("charges")}</dt>
        <dd className="tabular-nums">{money(folio.totals.chargesMinor)}</dd>
        <dt className="text-left">{t("credits")}</dt>
        <dd className="tabular-nums">{money(folio.totals.creditsMinor ? -folio.totals.creditsMinor : 0)}</dd>
        <dt className="text-left text-sm text-stone-700">{t("tax")}</dt>
        <dd className="text-sm tabular-nums text-stone-700">{money(folio.totals.taxMinor)}</dd>
        <dt className="border-t border-stone-300 pt-1 text-left font-bold">{t("balance")}</dt>
        <dd className="border-t border-stone-300 pt-1 font-bold tabular-nums">{money(folio.totals.balanceMinor)}</dd>
      </dl>
      {folio.pending.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t("pendingTitle")}</h3>
          <Lines lines={folio.pending} currency={folio.currency} testId="folio-pending" />
        </>
      )}
    </div>
  );
}
