// The guest's folio statement: every charge and credit of the stay, with the total; requests awaiting confirmation apart.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireGuest } from "@/app/_server/session";
import { getFolio, type FolioLine } from "@/server/billing/folio";
import { formatDay, formatMoney } from "@/components/format";
import { localized } from "@/components/localized";

export async function generateMetadata() {
  return { title: (await getTranslations("folio"))("title") };
}

export default async function FolioPage() {
  const guest = await requireGuest();
  const [folio, t, locale, format] = await Promise.all([
    getFolio(guest.propertyId, guest.stayId),
    getTranslations("folio"),
    getLocale(),
    getFormatter(),
  ]);
  if (!folio) notFound();
  const money = (minor: number) => formatMoney(format, minor, folio.currency);
  const describe = (line: FolioLine) =>
    line.kind === "credit"
      ? t("credit", { reason: line.reason ?? "" })
      : `${line.serviceName ? localized(line.serviceName, locale) : ""}${line.quantity > 1 ? ` × ${line.quantity}` : ""}`;
  const dayText = (line: FolioLine) => (line.endDay && line.endDay !== line.day ? `${formatDay(format, line.day)} – ${formatDay(format, line.endDay)}` : formatDay(format, line.day));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/requests" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </div>
      <p className="text-stone-700">{t("intro")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        {folio.lines.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-2 pr-2">{t("date")}</th>
                <th scope="col" className="py-2 pr-2">{t("description")}</th>
                <th scope="col" className="py-2 text-right">{t("amount")}</th>
              </tr>
            </thead>
            <tbody>
              {folio.lines.map((line) => (
                <tr key={`${line.kind}-${line.id}`} data-testid="folio-line" className="border-b border-stone-100 align-top">
                  <td className="py-2 pr-2 whitespace-nowrap">{dayText(line)}</td>
                  <td className="py-2 pr-2">{describe(line)}</td>
                  <td className={`py-2 text-right tabular-nums ${line.amountMinor < 0 ? "text-emerald-800" : ""}`}>
                    {line.amountMinor === 0 ? t("complimentary") : money(line.amountMinor)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <dl className="mt-4 space-y-1 text-right">
          <div className="flex justify-end gap-4">
            <dt>{t("charges")}</dt>
            <dd className="w-28 tabular-nums">{money(folio.totals.chargesMinor)}</dd>
          </div>
          {folio.totals.creditsMinor !== 0 && (
            <div className="flex justify-end gap-4">
              <dt>{t("credits")}</dt>
              <dd className="w-28 tabular-nums text-emerald-800">{money(-Math.abs(folio.totals.creditsMinor))}</dd>
            </div>
          )}
          <div className="flex justify-end gap-4 text-lg font-bold">
            <dt>{t("balance")}</dt>
            <dd className="w-28 tabular-nums" data-testid="folio-balance">
              {money(folio.totals.balanceMinor)}
            </dd>
          </div>
          <div className="flex justify-end gap-4 text-sm text-stone-600">
            <dt>{t("taxIncluded")}</dt>
            <dd className="w-28 tabular-nums">{money(folio.totals.taxMinor)}</dd>
          </div>
        </dl>
      </section>
      {folio.pending.length > 0 && (
        <section aria-labelledby="pending-title" className="rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="pending-title" className="font-semibold">
            {t("pending")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {folio.pending.map((line) => (
              <li key={line.id} className="flex justify-between gap-2">
                <span>
                  {dayText(line)} · {describe(line)}
                </span>
                <span className="tabular-nums">{money(line.amountMinor)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
