// Start page: guests and staff each go to their own sign-in, or straight in when signed in. On a phone it says what a
// guest can do, step by step, and, while the demo hotel is in use, that this is a demo and which logins to try.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentGuest, currentStaff } from "@/app/_server/session";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { demoInUse } from "@/server/auth/demo-in-use";
import { DEMO_GUESTS } from "./signin/page";

/** The demo hotel's staff logins (db/seed/hotel.ts), shown only while the demo hotel is in use. */
const DEMO_STAFF = ["manager@demo.hotel", "reception@demo.hotel", "kids@demo.hotel"] as const;
const DEMO_PASSWORD = "demo-pass-2026";

export default async function LandingPage() {
  await connection();
  if (await currentGuest()) redirect("/stay");
  if (await currentStaff()) redirect("/staff");
  const [t, demo] = await Promise.all([getTranslations(), demoInUse()]);
  const steps = ["signIn", "book", "follow"] as const;
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col px-4 py-6">
      <div className="mb-4 flex justify-end">
        <LanguageSwitcher />
      </div>
      <p className="font-semibold text-brand-700">{t("app.name")}</p>
      <h1 className="mt-1 text-3xl font-bold">{t("landing.title")}</h1>
      <p className="mt-3 text-stone-700">{t("landing.intro")}</p>
      <div className="mt-6 flex flex-col gap-3">
        <Link href="/signin" className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("landing.guest")}
        </Link>
        <Link href="/staff/signin" className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold hover:bg-stone-50">
          {t("landing.staff")}
        </Link>
      </div>

      {demo && (
        <section aria-labelledby="demo-title" className="mt-8 rounded-2xl border-2 border-dashed border-amber-400 bg-amber-50 p-4">
          <h2 id="demo-title" className="text-lg font-bold text-amber-950">
            {t("landing.demoTitle")}
          </h2>
          <p className="mt-1 text-sm text-amber-950">{t("landing.demoIntro")}</p>
          <h3 className="mt-3 text-sm font-semibold">{t("landing.demoGuests")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {DEMO_GUESTS.map((g) => (
              <li key={g.code}>
                <Link href={`/signin?code=${g.code}`} className="inline-flex min-h-11 items-center gap-1 text-brand-800 underline underline-offset-4">
                  <code className="font-mono font-semibold">{g.code}</code> · {g.surname}
                </Link>{" "}
                <span className="text-stone-700">({t(`signin.${g.label}`)})</span>
              </li>
            ))}
          </ul>
          <h3 className="mt-3 text-sm font-semibold">{t("landing.demoStaff")}</h3>
          <p className="text-sm text-stone-800">
            {t.rich("landing.demoPassword", { password: DEMO_PASSWORD, code: (chunks) => <code className="font-mono font-semibold">{chunks}</code> })}
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            {DEMO_STAFF.map((email) => (
              <li key={email}>
                <code className="font-mono font-semibold break-all">{email}</code>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="how-title" className="mt-8">
        <h2 id="how-title" className="text-lg font-bold">
          {t("landing.howTitle")}
        </h2>
        <ol aria-labelledby="how-title" className="mt-3 space-y-3">
          {steps.map((step, i) => (
            <li key={step} className="flex gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
              <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white">
                {i + 1}
              </span>
              <span>
                <span className="block font-semibold">{t(`landing.steps.${step}.title`)}</span>
                <span className="block text-sm text-stone-700">{t(`landing.steps.${step}.text`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
