"use client";
// The language switcher: each language in its own name; the choice is remembered (cookie, and the stay when signed in).
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { setLocaleAction } from "@/app/_server/locale";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export function LanguageSwitcher({ tone = "light" }: { tone?: "light" | "dark" }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const styles =
    tone === "dark"
      ? "border-white/40 bg-brand-800 text-white hover:bg-brand-700"
      : "border-stone-300 bg-white text-ink hover:bg-stone-50";
  return (
    <label className="inline-flex items-center gap-1 text-sm">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      <span className="sr-only">{t("language")}</span>
      <select
        name="locale"
        data-testid="language-switcher"
        value={locale}
        disabled={pending}
        aria-busy={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            const result = await setLocaleAction(next);
            if (result.ok) router.refresh();
          });
        }}
        className={`min-h-11 rounded-lg border px-2 py-1 ${styles} disabled:opacity-60`}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
