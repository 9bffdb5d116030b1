// The review's heading, in the response's first part: it needs only the package the layout above has already read,
// while the items' times, days and prices (./page.tsx) stream in behind a skeleton of their own (./loading.tsx). On a
// phone the page's text is then painted at once instead of after the review's queries (issue 13, Lighthouse).
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { currentGuest } from "@/app/_server/session";
import { BackLink } from "@/components/back-link";
import { localized } from "@/components/localized";
import { findPackage } from "../find-package";

export default async function PackageReviewLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const [guest, { slug }, t, locale] = await Promise.all([currentGuest(), params, getTranslations("package.review"), getLocale()]);
  if (!guest) redirect("/signin");
  const pkg = await findPackage(guest.propertyId, slug);
  return (
    <div className="space-y-6">
      {pkg && (
        <BackLink href={`/packages/${slug}`}>{localized(pkg.name, locale)}</BackLink>
      )}
      <header>
        <h1 className="text-2xl font-bold leading-tight">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
      </header>
      {children}
    </div>
  );
}
