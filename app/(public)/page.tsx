// Start page: guests and staff each go to their own sign-in, or straight in when signed in.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentGuest, currentStaff } from "@/app/_server/session";
import { LanguageSwitcher } from "@/app/_components/language-switcher";

export default async function LandingPage() {
  await connection();
  if (await currentGuest()) redirect("/stay");
  if (await currentStaff()) redirect("/staff");
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex justify-end">
        <LanguageSwitcher />
      </div>
      <p className="font-semibold text-brand-700">{t("app.name")}</p>
      <h1 className="mt-1 text-3xl font-bold">{t("landing.title")}</h1>
      <p className="mt-3 text-stone-700">{t("landing.intro")}</p>
      <div className="mt-8 flex flex-col gap-3">
        <Link href="/signin" className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("landing.guest")}
        </Link>
        <Link href="/staff/signin" className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold hover:bg-stone-50">
          {t("landing.staff")}
        </Link>
      </div>
    </main>
  );
}
