// Guest area: only a signed-in guest with a current stay gets in; header with navigation and sign-out. Its client
// components read only the messages the root layout hands every page; each page hands its own client components their
// part (app/_server/client-messages.ts).
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(public)/actions";
import { currentGuest } from "@/app/_server/session";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { NavLink } from "@/components/nav-link";
import { Toaster } from "@/components/toast";

export default async function GuestLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const guest = await currentGuest();
  if (!guest) redirect("/signin");
  const t = await getTranslations();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      {/* Phone first: the name, the language and sign-out on one row; the three places as tabs below. */}
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto max-w-3xl px-4">
          <div className="flex items-center justify-between gap-2 py-2">
            <Link href="/stay" className="min-w-0 truncate py-2 font-bold">
              {t("app.name")}
            </Link>
            <div className="flex shrink-0 items-center gap-1 text-sm">
              <LanguageSwitcher tone="dark" />
              <form action={signOutAction}>
                <button type="submit" className="min-h-11 rounded-lg px-2 py-2 text-white hover:bg-brand-700">
                  {t("nav.signOut")}
                </button>
              </form>
            </div>
          </div>
          <nav aria-label={t("nav.main")} className="-mx-2 flex gap-1 overflow-x-auto pb-2 text-sm font-medium">
            <NavLink href="/stay">
              {t("nav.home")}
            </NavLink>
            <NavLink href="/requests">
              {t("nav.requests")}
            </NavLink>
            <NavLink href="/folio">
              {t("nav.folio")}
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 pb-24">
        {children}
      </main>
      <footer className="no-print mx-auto max-w-3xl px-4 pb-8 text-sm">
        <Link href="/your-data" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("nav.yourData")}
        </Link>
      </footer>
      <Toaster />
    </>
  );
}
