// Guest sign-in page; ?code= fills in the reservation code (room card QR).
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentGuest } from "@/app/_server/session";
import { demoInUse } from "@/server/auth/demo-in-use";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { GuestSignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("signin"))("title") };
}

export const DEMO_GUESTS = [
  { code: "FAM-1001", surname: "Garcia", label: "demoFamily" as const },
  { code: "CPL-2002", surname: "Novak", label: "demoCouple" as const },
  { code: "VIP-3003", surname: "Tanaka", label: "demoVip" as const },
];

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  await connection();
  if (await currentGuest()) redirect("/stay");
  const { code } = await searchParams;
  const t = await getTranslations("signin");
  const demo = await demoInUse();
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitcher />
      </div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <div className="mt-6 rounded-2xl bg-white p-5 shadow-sm">
        <GuestSignInForm code={typeof code === "string" ? code.slice(0, 40) : undefined} />
      </div>
      {demo && (
        <section aria-labelledby="demo-title" className="mt-6 rounded-2xl border border-dashed border-stone-400 p-4 text-sm">
          <h2 id="demo-title" className="font-semibold">
            {t("demoTitle")}
          </h2>
          <p className="text-stone-700">{t("demoHint")}</p>
          <ul className="mt-2 space-y-1">
            {DEMO_GUESTS.map((g) => (
              <li key={g.code}>
                <code className="font-mono font-semibold">{g.code}</code> · {g.surname} <span className="text-stone-600">({t(g.label)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 text-center">
        <Link href="/staff/signin" className="text-brand-700 underline">
          {t("staffLink")}
        </Link>
      </p>
    </main>
  );
}
