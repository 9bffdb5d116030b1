// Staff sign-in page: work email and password; shows the demo logins while the demo hotel is in use.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentStaff } from "@/app/_server/session";
import { demoInUse } from "@/server/auth/demo-in-use";
import { StaffSignInForm } from "./staff-sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.signin"))("title") };
}

const DEMO_PASSWORD = "demo-pass-2026";

const DEMO_STAFF = [
  { email: "manager@demo.hotel", label: "manager" },
  { email: "reception@demo.hotel", label: "reception" },
  { email: "activities@demo.hotel", label: "activities" },
  { email: "kids@demo.hotel", label: "kids" },
] as const;

export default async function StaffSignInPage() {
  await connection();
  if (await currentStaff()) redirect("/staff");
  const t = await getTranslations("staff.signin");
  const demo = await demoInUse();
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("intro")}</p>
      <div className="mt-6 rounded-2xl bg-white p-5 shadow-sm">
        <StaffSignInForm />
      </div>
      {demo && (
        <section aria-labelledby="demo-title" className="mt-6 rounded-2xl border border-dashed border-stone-400 p-4 text-sm">
          <h2 id="demo-title" className="font-semibold">
            {t("demoTitle")}
          </h2>
          <p className="text-stone-700">
            {t.rich("demoHint", {
              password: DEMO_PASSWORD,
              code: (chunks) => <code className="font-mono font-semibold">{chunks}</code>,
            })}
          </p>
          <ul className="mt-2 space-y-1">
            {DEMO_STAFF.map((s) => (
              <li key={s.email}>
                <code className="font-mono font-semibold break-all">{s.email}</code>{" "}
                <span className="text-stone-600">({t(`demo.${s.label}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 text-center">
        <Link href="/signin" className="text-brand-700 underline">
          {t("guestLink")}
        </Link>
      </p>
    </main>
  );
}
