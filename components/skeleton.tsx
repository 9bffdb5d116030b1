// Placeholders in the shape of the page that is loading: no layout jump when it arrives.
import { getTranslations } from "next-intl/server";

export function Bone({ className = "" }: { className?: string }) {
  return <div className={`animate-pulse rounded-lg bg-stone-200 ${className}`} />;
}

/** The frame every guest skeleton shares: hidden from screen readers but for one "Loading…". */
export async function SkeletonFrame({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("ui");
  return (
    <div aria-busy="true">
      <p className="sr-only">{t("loading")}</p>
      <div aria-hidden className="space-y-6">
        {children}
      </div>
    </div>
  );
}

export function CardListBones({ count = 3, image = true }: { count?: number; image?: boolean }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex items-center gap-4 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-stone-200">
          {image && <Bone className="size-18 shrink-0 rounded-xl" />}
          <div className="flex-1 space-y-2">
            <Bone className="h-3 w-1/3" />
            <Bone className="h-4 w-2/3" />
            <Bone className="h-3 w-1/4" />
          </div>
        </div>
      ))}
    </div>
  );
}
