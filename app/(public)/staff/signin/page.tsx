// Staff sign-in page: "Sign in with <identity provider>" when single sign-on is configured, and the email + password
// form while any property allows it; why a single sign-on was refused; the demo logins while the demo hotel is in use.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentStaff } from "@/app/_server/session";
import { SubmitButton } from "@/components/submit-button";
import { demoInUse } from "@/server/auth/demo-in-use";
import { passwordSignInOffered } from "@/server/auth/sign-in-methods";
import { oidcConfig } from "@/lib/env";
import { signInSsoAction } from "../../actions";
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

const SSO_ERRORS = ["sso_unknown", "sso_disabled", "sso_unverified", "AccessDenied"] as const;

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (await currentStaff()) redirect("/staff");
  const t = await getTranslations("staff.signin");
  const [demo, passwordOffered] = await Promise.all([demoInUse(), passwordSignInOffered()]);
  const sso = oidcConfig();
  const error = (await searchParams).error;
  const errorKey = typeof error === "string" && error ? (SSO_ERRORS.find((e) => e === error) ?? "other") : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{passwordOffered ? t("intro") : t("ssoOnly")}</p>
      {errorKey && (
        <p role="alert" data-testid="sso-error" className="mt-4 rounded-lg bg-red-50 p-3 font-medium text-red-900">
          {t(`ssoError.${errorKey}`)}
        </p>
      )}
      {sso && (
        <form action={signInSsoAction} className="mt-6 rounded-2xl bg-white p-5 shadow-sm">
          <SubmitButton pendingLabel={t("ssoPending", { name: sso.name })} className="w-full">
            {t("sso", { name: sso.name })}
          </SubmitButton>
        </form>
      )}
      {passwordOffered && (
        <div className="mt-6 rounded-2xl bg-white p-5 shadow-sm">
          {sso && <h2 className="mb-3 font-semibold">{t("or")}</h2>}
          <StaffSignInForm />
        </div>
      )}
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
