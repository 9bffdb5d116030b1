"use client";
// Booking a whole package at its bundle price, in one tap from the package page.
import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFailureText } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { useResultToast } from "@/components/toast";
import { newRequestKey } from "@/lib/request-key";
import { bookPackageAction } from "../../actions";

export function PackageBooking({ packageSlug, priceText, initialKey }: { packageSlug: string; priceText: string; initialKey: string }) {
  const t = useTranslations();
  const failureText = useFailureText();
  const [state, action] = useActionState(bookPackageAction, null);
  const [key, setKey] = useState(initialKey);
  // A new result is noticed while rendering (not in an effect, which would render twice): a booked package gets a new key.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setKey(newRequestKey());
  }
  useResultToast(state, (s) => (s.ok ? { kind: "success", text: t("service.packageBooked") } : { kind: "error", text: failureText(s) }));
  return (
    <form action={action} className="space-y-3 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <input type="hidden" name="packageSlug" value={packageSlug} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <p className="text-stone-700">{t("service.packageIncludes")}</p>
      <SubmitButton pendingLabel={t("service.booking")} className="w-full">
        {t("service.bookPackageFor", { price: priceText })}
      </SubmitButton>
      <div role="status" aria-live="polite">
        {state?.ok && (
          <p className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">
            {t("service.packageBooked")}{" "}
            <Link href="/requests" className="underline">
              {t("service.seeRequests")}
            </Link>
          </p>
        )}
        {state && !state.ok && <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{failureText(state)}</p>}
      </div>
    </form>
  );
}
