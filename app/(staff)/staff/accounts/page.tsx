// Staff accounts (manager): every account with its role, departments and status, and a new one.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { When } from "@/components/format";
import { CreateAccountForm, PasswordSignInForm } from "@/components/staff-admin/account-forms";
import { requireManagerPage } from "@/app/_server/manager-page";
import { listDepartmentsForAdmin } from "@/server/catalogue/manage-services";
import { getPropertySettings } from "@/server/property/settings";
import { getPasswordSignIn } from "@/server/auth/sign-in-methods";
import { listAccounts } from "@/server/staff/accounts";
import { oidcConfig } from "@/lib/env";
import { addAccount, setPasswordSignInAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.accounts"))("title") };
}

type Account = Awaited<ReturnType<typeof listAccounts>>[number];

export default async function AccountsPage() {
  const staff = await requireManagerPage();
  const [accounts, departments, property, passwordSignIn, t] = await Promise.all([
    listAccounts(staff),
    listDepartmentsForAdmin(staff.propertyId),
    getPropertySettings(staff.propertyId),
    getPasswordSignIn(staff.propertyId),
    getTranslations("staff.accounts"),
  ]);
  const sso = oidcConfig();
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </header>
      <AccountTable accounts={accounts} timeZone={property.timeZone} selfId={staff.staffId} />
      <section aria-labelledby="sign-in-methods" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="sign-in-methods" className="mb-2 text-lg font-semibold">
          {t("signInTitle")}
        </h2>
        <p className="mb-3 text-stone-700">{sso ? t("signInSso", { name: sso.name }) : t("signInNoSso")}</p>
        <PasswordSignInForm action={setPasswordSignInAction} on={passwordSignIn} />
      </section>
      <section aria-labelledby="new-account" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-account" className="mb-4 text-lg font-semibold">
          {t("new")}
        </h2>
        <CreateAccountForm action={addAccount} departments={departments} />
      </section>
    </div>
  );
}

function AccountTable({ accounts, timeZone, selfId }: { accounts: Account[]; timeZone: string; selfId: string }) {
  const t = useTranslations("staff.accounts");
  const th = "px-3 py-2 text-left text-sm font-semibold text-stone-700";
  return (
    <div className="overflow-x-auto rounded-2xl bg-white shadow-sm">
      <table className="w-full border-collapse">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className={th}>{t("col.name")}</th>
            <th scope="col" className={th}>{t("col.role")}</th>
            <th scope="col" className={th}>{t("col.departments")}</th>
            <th scope="col" className={th}>{t("col.status")}</th>
            <th scope="col" className={th}>{t("col.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className={`border-t border-stone-200 align-top ${a.active ? "" : "bg-stone-50 text-stone-700"}`}>
              <td className="px-3 py-3">
                <Link href={`/staff/accounts/${a.id}`} className="font-semibold text-brand-700 underline">
                  {a.name}
                </Link>
                {a.id === selfId && <span className="ml-1 text-sm">({t("you")})</span>}
                <div className="text-sm break-all text-stone-700">{a.email}</div>
              </td>
              <td className="px-3 py-3">{t(`roleOption.${a.role}`)}</td>
              <td className="px-3 py-3">{a.departments.map((d) => d.name).join(", ") || "—"}</td>
              <td className="px-3 py-3">
                <span className={`rounded-full px-2 py-0.5 text-sm font-semibold ${a.active ? "bg-emerald-100 text-emerald-900" : "bg-stone-200 text-stone-800"}`}>
                  {a.active ? t("active") : t("inactive")}
                </span>
              </td>
              <td className="px-3 py-3 text-sm">{a.lastSignInAt ? <When value={a.lastSignInAt} timeZone={timeZone} /> : t("never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
