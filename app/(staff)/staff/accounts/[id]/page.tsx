// One staff account (manager): name, role and departments, disable or enable, reset the password.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountActiveForm, EditAccountForm, ResetPasswordForm } from "@/components/staff-admin/account-forms";
import { UUID_RE } from "@/lib/uuid";
import { requireManagerPage } from "@/app/_server/manager-page";
import { listDepartmentsForAdmin } from "@/server/catalogue/manage-services";
import { getAccount } from "@/server/staff/accounts";
import { changeAccountActive, resetAccountPassword, saveAccount } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.accounts"))("editTitle") };
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireManagerPage();
  const { id } = await params;
  if (!UUID_RE.test(id)) notFound();
  const account = await getAccount(staff, id);
  if (!account) notFound();
  const [departments, t] = await Promise.all([listDepartmentsForAdmin(staff.propertyId), getTranslations("staff.accounts")]);
  const self = account.id === staff.staffId;
  const card = "rounded-2xl bg-white p-4 shadow-sm sm:p-5";
  return (
    <div className="space-y-6">
      <Link href="/staff/accounts" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{account.name}</h1>
        <p className="mt-1 break-all text-stone-700">
          {account.email} · {account.active ? t("active") : t("inactive")}
        </p>
        {self && <p className="mt-1 text-sm text-stone-700">{t("selfNote")}</p>}
      </header>
      <section aria-labelledby="account-details" className={card}>
        <h2 id="account-details" className="mb-4 text-lg font-semibold">
          {t("details")}
        </h2>
        <EditAccountForm
          action={saveAccount}
          staffId={account.id}
          departments={departments}
          values={{ name: account.name, role: account.role, departmentIds: account.departmentIds }}
        />
      </section>
      <section aria-labelledby="account-status" className={card}>
        <h2 id="account-status" className="mb-2 text-lg font-semibold">
          {t("status")}
        </h2>
        <AccountActiveForm action={changeAccountActive} staffId={account.id} active={account.active} />
      </section>
      <section aria-labelledby="account-password" className={card}>
        <h2 id="account-password" className="mb-2 text-lg font-semibold">
          {t("passwordTitle")}
        </h2>
        <ResetPasswordForm action={resetAccountPassword} staffId={account.id} />
      </section>
    </div>
  );
}
