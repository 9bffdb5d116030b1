// Placeholder while a back-office page loads: the shape of the queue, announced as loading.
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
