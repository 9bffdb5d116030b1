"use client";
// The back office's language switcher (in the staff header): each language in its own name; the choice is stored on the
// staff member's account and the page re-renders in it.
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";
import { setStaffLocaleAction } from "../language-actions";

export function StaffLanguageSwitcher() {
  const t = useTranslations("staff.common.language");
  const locale = useLocale();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(setStaffLocaleAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const saved = state?.ok && state.data.locale === locale;
  return (
    <form ref={form} action={dispatch} className="flex flex-col">
      <label className="inline-flex items-center gap-2 text-sm">
        <span>{t("label")}</span>
        <select
          name="locale"
          data-testid="staff-language"
          defaultValue={locale}
          key={locale}
          disabled={pending}
          aria-busy={pending}
          onChange={() => form.current?.requestSubmit()}
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-2 py-1 disabled:opacity-60"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {/* A live region without role="status": the page's own status messages stay the only ones by that role. */}
      <p aria-live="polite" className="sr-only">
        {saved && isLocale(locale) ? t("saved", { language: LOCALE_NAMES[locale] }) : ""}
      </p>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {t("failed")}
        </p>
      )}
    </form>
  );
}
