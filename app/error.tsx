"use client";
// Shown when a page fails unexpectedly: a generic message with the reference to quote, never the raw error.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("errorText")}</p>
      {error.digest && <p className="mt-2 font-mono text-sm text-stone-600">{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
