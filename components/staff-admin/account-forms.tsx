"use client";
// Staff account forms: create (with a password typed or generated and shown once), edit role and
// departments, disable or enable, reset the password.
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormResult, SelectField, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";

const ROLES = ["manager", "reception", "department"] as const;
type Department = { id: string; name: string };

const passwordMessages = { password: "staff.accounts.errors.password", departmentIds: "staff.accounts.errors.department" };

/** A generated password, shown once, with what to do with it. */
function OneTimePassword({ password }: { password: string }) {
  const t = useTranslations("staff.accounts");
  return (
    <div className="mt-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t("generated")}</p>
      <p className="mt-1">
        <code data-testid="generated-password" className="select-all rounded bg-white px-2 py-1 text-lg tracking-wide">
          {password}
        </code>
      </p>
      <p className="mt-1 text-sm">{t("generatedHint")}</p>
    </div>
  );
}

function RoleAndDepartments({
  errors,
  values,
  departments,
}: {
  errors: (field: string) => string[] | undefined;
  values: { role: string; departmentIds: string[] };
  departments: Department[];
}) {
  const t = useTranslations("staff.accounts");
  return (
    <>
      <SelectField name="role" label={t("role")} hint={t("roleHint")} defaultValue={values.role} options={ROLES.map((r) => ({ value: r, label: t(`roleOption.${r}`) }))} errors={errors("role")} />
      <CheckboxGroup
        name="departmentIds"
        legend={t("departments")}
        hint={t("departmentsHint")}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        checked={values.departmentIds}
        errors={errors("departmentIds")}
      />
    </>
  );
}

export function CreateAccountForm({ action, departments }: { action: AdminAction<{ id: string; generatedPassword: string | null }>; departments: Department[] }) {
  const t = useTranslations("staff.accounts");
  const form = useAdminForm(action, { multi: ["departmentIds"], messages: { ...passwordMessages, email: "validation.email" }, resetOnSuccess: true });
  const created = form.state?.ok ? form.state.data : null;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" type="email" autoComplete="off" label={t("email")} maxLength={254} errors={form.errors("email")} />
        <TextField name="name" autoComplete="off" label={t("name")} maxLength={100} errors={form.errors("name")} />
      </div>
      <RoleAndDepartments errors={form.errors} values={{ role: "reception", departmentIds: [] }} departments={departments} />
      <TextField name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} maxLength={72} errors={form.errors("password")} />
      <FormResult
        state={form.state}
        success={
          created && (
            <>
              <p>
                {t("createdAccount")}{" "}
                <a href={`/staff/accounts/${created.id}`} className="underline">
                  {t("openAccount")}
                </a>
              </p>
              {created.generatedPassword && <OneTimePassword password={created.generatedPassword} />}
            </>
          )
        }
      />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("create")}</SubmitButton>
    </form>
  );
}

export function EditAccountForm({
  action,
  staffId,
  values,
  departments,
}: {
  action: AdminAction<{ changed: string[] }>;
  staffId: string;
  values: { name: string; role: string; departmentIds: string[] };
  departments: Department[];
}) {
  const t = useTranslations("staff.accounts");
  const form = useAdminForm(action, { multi: ["departmentIds"], messages: passwordMessages });
  const changed = form.state?.ok ? form.state.data.changed.length : 0;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="staffId" value={staffId} />
      <TextField name="name" label={t("name")} maxLength={100} defaultValue={values.name} errors={form.errors("name")} />
      <RoleAndDepartments errors={form.errors} values={values} departments={departments} />
      <FormResult state={form.state} success={<p>{changed ? t("saved") : t("unchanged")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("save")}</SubmitButton>
    </form>
  );
}

export function AccountActiveForm({ action, staffId, active }: { action: AdminAction<{ changed: boolean; sessionsRevoked: number }>; staffId: string; active: boolean }) {
  const t = useTranslations("staff.accounts");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="staffId" value={staffId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-stone-700">{active ? t("disableHint") : t("enableHint")}</p>
      <FormResult
        state={form.state}
        success={form.state?.ok && <p>{active ? t("enabled") : t("disabled", { n: form.state.data.sessionsRevoked })}</p>}
      />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant={active ? "danger" : "primary"}>
        {active ? t("disable") : t("enable")}
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action, staffId }: { action: AdminAction<{ generatedPassword: string | null }>; staffId: string }) {
  const t = useTranslations("staff.accounts");
  const form = useAdminForm(action, { messages: passwordMessages, resetOnSuccess: true });
  const generated = form.state?.ok ? form.state.data.generatedPassword : null;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="staffId" value={staffId} />
      <TextField name="password" type="password" autoComplete="new-password" label={t("newPassword")} hint={t("passwordHint")} maxLength={72} errors={form.errors("password")} />
      <FormResult state={form.state} success={<><p>{t("passwordReset")}</p>{generated && <OneTimePassword password={generated} />}</>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant="secondary">
        {t("resetPassword")}
      </SubmitButton>
    </form>
  );
}

/** Password sign-in for the whole property, on or off (off is refused while single sign-on is not configured). */
export function PasswordSignInForm({ action, on }: { action: AdminAction<{ changed: boolean }>; on: boolean }) {
  const t = useTranslations("staff.accounts");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="passwordSignIn" value={on ? "false" : "true"} />
      <p className="font-medium" data-testid="password-sign-in">
        {on ? t("passwordOn") : t("passwordOffNow")}
      </p>
      <FormResult state={form.state} success={<p>{t("passwordSaved")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant={on ? "danger" : "primary"}>
        {on ? t("passwordTurnOff") : t("passwordTurnOn")}
      </SubmitButton>
    </form>
  );
}
