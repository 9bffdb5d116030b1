"use client";
// The review of a whole package: per item its choice, who takes part and its own price; the saving as one line; one
// confirm that books all or nothing. After booking, the bundle is shown with a link to My requests, not the form again.
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { FieldError, inputClass, useFailureText } from "@/components/field";
import { formatMoney } from "@/components/format";
import { SubmitButton } from "@/components/submit-button";
import { useResultToast } from "@/components/toast";
import type { Counted } from "@/lib/counted";
import { quote, type Participants, type Priced } from "@/lib/pricing";
import { newRequestKey } from "@/lib/request-key";
import { bookPackageChoicesAction } from "../../../actions";

export type ReviewItemView = {
  slug: string;
  name: string;
  mode: "timed" | "ticket" | "on_request" | "rental";
  counted: Counted;
  participants: Participants | null;
  problem: "no_children" | "min_age" | "no_time" | "sold_out" | null;
  minAge: number | null;
  ownTotalMinor: number | null;
  priced: Priced;
  familyDiscountBp: number;
  sessionDays: { day: string; label: string; sessions: { id: string; label: string }[] }[];
  days: { day: string; label: string; remaining: number }[];
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

export function PackageReviewForm({
  packageSlug,
  items,
  bundlePriceMinor,
  currency,
  initialKey,
}: {
  packageSlug: string;
  items: ReviewItemView[];
  bundlePriceMinor: number;
  currency: string;
  initialKey: string;
}) {
  const t = useTranslations("package.review");
  const tt = useTranslations();
  const format = useFormatter();
  const failureText = useFailureText();
  const money = (minor: number) => formatMoney(format, minor, currency);
  const [state, action] = useActionState(bookPackageChoicesAction, null);
  const [key, setKey] = useState(initialKey);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setKey(newRequestKey());
  }
  useResultToast(state, (s) => (s.ok ? { kind: "success", text: t("booked", { n: s.data.bookingIds.length }) } : { kind: "error", text: failureText(s) }));
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) doneRef.current?.focus();
  }, [state]);

  // Rental days as chosen: each item's own price follows them.
  const [ranges, setRanges] = useState<Record<string, { startDay: string; endDay: string }>>(() =>
    Object.fromEntries(
      items
        .filter((i) => i.mode === "rental" && i.days[0])
        .map((i) => {
          const first = (i.days.find((d) => d.remaining > 0) ?? i.days[0]).day;
          return [i.slug, { startDay: first, endDay: first }];
        }),
    ),
  );
  // Rentals whose chosen days include one with none left: said at the item, and the package cannot be confirmed.
  const soldOutDays = Object.fromEntries(
    items
      .filter((i) => i.mode === "rental" && !i.problem && ranges[i.slug])
      .map((i) => [i.slug, i.days.filter((d) => d.day >= ranges[i.slug].startDay && d.day <= ranges[i.slug].endDay && d.remaining === 0)] as const)
      .filter(([, days]) => days.length > 0),
  );
  const own = useMemo(
    () =>
      Object.fromEntries(
        items.map((i) => {
          const range = ranges[i.slug];
          if (i.problem || i.ownTotalMinor === null) return [i.slug, null];
          if (!range) return [i.slug, i.ownTotalMinor];
          const n = daysBetween(range.startDay, range.endDay);
          if (n < 1) return [i.slug, null];
          const days = i.priced.priceUnit === "per_night" ? Math.max(1, n - 1) : n;
          return [i.slug, quote(i.priced, { quantity: 1, days, familyDiscountBp: i.familyDiscountBp }).totalMinor];
        }),
      ) as Record<string, number | null>,
    [items, ranges],
  );
  const ownTotal = Object.values(own).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const saving = Math.max(0, ownTotal - bundlePriceMinor);
  const pay = ownTotal - saving;
  const blocked = items.filter((i) => i.problem);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  if (state?.ok) {
    return (
      <div role="status" aria-live="polite">
        <div ref={doneRef} tabIndex={-1} className="rounded-2xl bg-emerald-50 p-4 text-emerald-950 outline-none ring-1 ring-emerald-200">
          <p className="font-semibold">{t("booked", { n: state.data.bookingIds.length })}</p>
          <p className="mt-1 text-sm">
            {t("youPay")}: {money(state.data.totalMinor)}
            {state.data.savingMinor > 0 && <> · {t("saving")} {money(state.data.savingMinor)}</>}
          </p>
          <Link href="/requests" className="mt-3 inline-flex min-h-11 items-center font-semibold underline underline-offset-4">
            {tt("service.seeRequests")}
          </Link>
        </div>
      </div>
    );
  }

  const who = (p: Participants | null, counted: Counted) => {
    if (!p) return counted === "group" ? t("whoGroup") : t("whoUnits");
    const parts = [];
    if (p.adults > 0) parts.push(t("whoAdults", { n: p.adults }));
    if (p.childAges.length > 0) parts.push(t("whoChildren", { n: p.childAges.length, ages: p.childAges.join(", ") }));
    return parts.join(", ");
  };

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="packageSlug" value={packageSlug} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <ol className="space-y-3">
        {items.map((item) => {
          const sessionErrors = errors[`${item.slug}.sessionId`];
          const itemErrors = [...(errors[item.slug] ?? []), ...(errors[`${item.slug}.startDay`] ?? []), ...(errors[`${item.slug}.endDay`] ?? []), ...(errors[`${item.slug}.quantity`] ?? [])];
          const price = own[item.slug];
          return (
            <li key={item.slug} data-testid="review-item" data-slug={item.slug} className={`rounded-2xl bg-white p-4 shadow-sm ring-1 ${item.problem ? "ring-red-300" : "ring-stone-200"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{item.name}</h2>
                <span className="text-sm tabular-nums text-stone-800" data-testid="own-price">
                  {price === null ? "–" : price === 0 ? tt("priceLine.free") : t("ownPrice", { price: money(price) })}
                </span>
              </div>
              <p className="text-sm text-stone-700">{t("who", { who: who(item.participants, item.counted) })}</p>
              {item.problem ? (
                <p className="mt-2 text-sm font-medium text-red-800" data-testid="item-problem">
                  {tt(`package.problem.${item.problem}`, { age: item.minAge ?? 0 })}
                </p>
              ) : item.mode === "timed" || item.mode === "ticket" ? (
                <div className="mt-2">
                  <label htmlFor={`choice-${item.slug}`} className="block text-sm font-medium">
                    {item.mode === "ticket" ? t("chooseEvent") : t("chooseTime")}
                  </label>
                  <select
                    id={`choice-${item.slug}`}
                    name={`${item.slug}.sessionId`}
                    defaultValue=""
                    required
                    aria-invalid={!!sessionErrors?.length}
                    aria-describedby={sessionErrors?.length ? `choice-${item.slug}-error` : undefined}
                    className={inputClass}
                  >
                    <option value="" disabled>
                      {t("choosePlaceholder")}
                    </option>
                    {item.sessionDays.map((d) => (
                      <optgroup key={d.day} label={d.label}>
                        {d.sessions.map((s) => (
                          <option key={s.id} value={s.id}>
                            {d.label}, {s.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  <FieldError id={`choice-${item.slug}-error`} errors={sessionErrors} />
                </div>
              ) : item.mode === "rental" ? (
                <div className="mt-2 grid grid-cols-2 gap-2">
                  {(["startDay", "endDay"] as const).map((field) => (
                    <div key={field}>
                      <label htmlFor={`choice-${item.slug}-${field}`} className="block text-sm font-medium">
                        {t(field === "startDay" ? "firstDay" : "lastDay")}
                      </label>
                      <select
                        id={`choice-${item.slug}-${field}`}
                        name={`${item.slug}.${field}`}
                        value={ranges[item.slug]?.[field] ?? ""}
                        onChange={(e) => {
                          const next = { ...ranges[item.slug], [field]: e.target.value };
                          if (field === "startDay" && next.endDay < next.startDay) next.endDay = next.startDay;
                          setRanges({ ...ranges, [item.slug]: next });
                        }}
                        className={inputClass}
                      >
                        {item.days
                          .filter((d) => field === "startDay" || d.day >= (ranges[item.slug]?.startDay ?? ""))
                          .map((d) => (
                            <option key={d.day} value={d.day}>
                              {`${d.label} — ${tt("service.left", { n: d.remaining })}`}
                            </option>
                          ))}
                      </select>
                    </div>
                  ))}
                </div>
              ) : (
                <p className="mt-2 text-sm text-stone-700">{t("onRequest")}</p>
              )}
              {soldOutDays[item.slug] && (
                <p className="mt-2 text-sm font-medium text-red-800" data-testid="item-sold-out" role="alert">
                  {t("soldOutOn", { days: soldOutDays[item.slug].map((d) => d.label).join(", ") })}
                </p>
              )}
              <FieldError id={`item-${item.slug}-error`} errors={itemErrors} />
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="review-total" className="rounded-2xl bg-brand-50 p-4" aria-live="polite">
        <h2 id="review-total" className="sr-only">
          {t("totalTitle")}
        </h2>
        <table className="w-full text-sm">
          <tbody>
            <tr>
              <th scope="row" className="py-0.5 text-left font-normal">
                {t("itemsTotal")}
              </th>
              <td className="py-0.5 text-right tabular-nums" data-testid="items-total">
                {money(ownTotal)}
              </td>
            </tr>
            {saving > 0 && (
              <tr>
                <th scope="row" className="py-0.5 text-left font-normal">
                  {t("saving")}
                </th>
                <td className="py-0.5 text-right tabular-nums" data-testid="saving">
                  −{money(saving)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <div className="mt-2 flex items-baseline justify-between border-t border-stone-300 pt-2 text-lg font-bold">
          <span>{t("youPay")}</span>
          <span data-testid="pay" className="tabular-nums">
            {money(pay)}
          </span>
        </div>
        {saving === 0 && <p className="mt-1 text-sm text-stone-700">{t("noSaving")}</p>}
        <p className="mt-2 text-sm text-stone-700">{tt("service.chargedToRoom")}</p>
      </section>

      <div role="status" aria-live="polite">
        {state && !state.ok && <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{failureText(state)}</p>}
      </div>
      {blocked.length > 0 ? (
        <p className="rounded-lg bg-amber-50 p-3 font-medium text-amber-950" data-testid="cannot-book">
          {t("cannotBook", { n: blocked.length })}
        </p>
      ) : Object.keys(soldOutDays).length > 0 ? (
        <p className="rounded-lg bg-amber-50 p-3 font-medium text-amber-950" data-testid="cannot-book">
          {t("chooseOtherDays")}
        </p>
      ) : (
        <SubmitButton pendingLabel={tt("service.booking")} className="w-full text-lg">
          {t("confirm", { n: items.length, price: money(pay) })}
        </SubmitButton>
      )}
    </form>
  );
}
