"use client";
// Making an API token (shown once, with a copy button) and revoking one; every result is announced.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, useFailureText } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

type Owner = { id: string; name: string; role: "manager" | "reception" | "department" };

function Failure({ state }: { state: { ok: false; code: string; message: string; correlationId?: string } | null }) {
  const failureText = useFailureText();
  if (!state) return null;
  return (
    <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
      {failureText(state)}
    </p>
  );
}

export function CreateTokenForm({ owners, selfId }: { owners: Owner[]; selfId: string }) {
  const t = useTranslations("staff.apiTokens");
  const tRole = useTranslations("staff.layout.role");
  const [state, dispatch] = useActionState(createApiTokenAction, null);
  const [copied, setCopied] = useState<string | null>(null);
  const failure = state && !state.ok ? state : null;
  const fieldError = failure?.code === "input:invalid";
  const created = state?.ok ? state.data : null;

  return (
    <section aria-labelledby="create-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="create-title" className="text-lg font-semibold">
        {t("create.title")}
      </h2>
      <form action={dispatch} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate>
        <Field name="name" label={t("create.name")} hint={t("create.nameHint")} errors={failure?.fieldErrors?.name}>
          {(p) => <input {...p} type="text" maxLength={80} required autoComplete="off" className={inputClass} />}
        </Field>
        <Field name="staffId" label={t("create.actingAs")} hint={t("create.actingAsHint")} errors={failure?.fieldErrors?.staffId}>
          {(p) => (
            <select {...p} defaultValue="" className={inputClass}>
              {owners.map((o) => (
                <option key={o.id} value={o.id === selfId ? "" : o.id}>
                  {o.id === selfId ? t("create.you", { name: o.name }) : `${o.name} · ${tRole(o.role)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("create.pending")}>{t("create.submit")}</SubmitButton>
        </div>
      </form>
      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {failure && !fieldError && <Failure state={failure} />}
        {created && (
          <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
            <p className="font-semibold">{t("created.title", { name: created.name, staff: created.staffName })}</p>
            <p className="mt-1">{t("created.warning")}</p>
          </div>
        )}
      </div>
      {created && (
        <div className="mt-2">
          <label htmlFor="new-token" className="block font-medium">
            {t("created.label")}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="new-token"
              readOnly
              value={created.token}
              onFocus={(e) => e.currentTarget.select()}
              className={`${inputClass} mt-0 min-w-0 flex-1 font-mono text-sm`}
            />
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                setCopied(created.id);
              }}
              className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-50"
            >
              {t("created.copy")}
            </button>
          </div>
          <p aria-live="polite" className="mt-1 text-sm text-stone-700">
            {copied === created.id ? t("created.copied") : ""}
          </p>
        </div>
      )}
    </section>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("staff.apiTokens");
  const [state, dispatch] = useActionState(revokeApiTokenAction, null);
  return (
    <form action={dispatch}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="name" value={name} />
      <SubmitButton variant="danger" pendingLabel={t("revoke.pending")}>
        {t("revoke.submit")}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
      <div role="status" aria-live="polite" className="mt-1 text-sm empty:hidden">
        {state?.ok && <span className="text-emerald-900">{t("revoke.done", { name: state.data.name })}</span>}
        {state && !state.ok && <Failure state={state} />}
      </div>
    </form>
  );
}
