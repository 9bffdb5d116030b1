// Placeholder while the request queue loads: its shape, announced as loading. It lives in the (queue) group so that it
// wraps the queue alone: above the other back-office pages it would start their response (200) before their role check
// could answer 404.
import { useTranslations } from "next-intl";

export default function StaffLoading() {
  const t = useTranslations("staff");
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden className="animate-pulse space-y-3">
        <div className="h-8 w-56 rounded-lg bg-stone-200" />
        <div className="h-4 w-72 rounded bg-stone-200" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 rounded-2xl bg-white shadow-sm md:h-14" />
        ))}
      </div>
    </div>
  );
}
