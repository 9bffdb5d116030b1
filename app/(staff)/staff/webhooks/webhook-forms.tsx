"use client";
// The manager's webhook forms: add an endpoint (its secret shown once, with a copy button), change it, resume it,
// make a new secret, send a delivery again. Field errors sit by their fields; every result is announced.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, CheckboxGroup, FormResult, TextField, useAdminForm, type AdminAction } from "@/components/staff-admin/form-kit";
import { SubmitButton } from "@/components/submit-button";
import { inputClass } from "@/components/field";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX } from "@/lib/webhooks/limits";

type Values = { url: string; description: string | null; events: readonly string[]; active: boolean };

const messages = { events: "staff.webhooks.errors.events" };

/** A secret shown once, selectable and with a copy button. */
function OneTimeSecret({ secret }: { secret: string }) {
  const t = useTranslations("staff.webhooks");
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <label htmlFor="webhook-secret" className="block font-semibold">
        {t("secretOnce")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="webhook-secret"
          data-testid="webhook-secret"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} mt-0 min-w-0 flex-1 font-mono text-sm`}
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-50"
        >
          {t("copy")}
        </button>
      </div>
      <p className="mt-1 text-sm">{t("secretHint")}</p>
      <p aria-live="polite" className="text-sm">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}

function EndpointFields({ values, errors }: { values: Values; errors: (field: string) => string[] | undefined }) {
  const t = useTranslations("staff.webhooks");
  return (
    <>
      <TextField name="url" type="url" inputMode="url" autoComplete="off" label={t("url")} hint={t("urlHint")} maxLength={WEBHOOK_URL_MAX} defaultValue={values.url} errors={errors("url")} />
      <TextField
        name="description"
        autoComplete="off"
        label={t("description")}
        hint={t("descriptionHint")}
        maxLength={WEBHOOK_DESCRIPTION_MAX}
        defaultValue={values.description ?? ""}
        errors={errors("description")}
      />
      <CheckboxGroup
        name="events"
        legend={t("events")}
        hint={t("eventsHint")}
        options={WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: `${t(`event.${type.replace(".", "_")}`)} (${type})` }))}
        checked={values.events}
        errors={errors("events")}
      />
      <Checkbox name="active" label={t("active")} hint={t("activeHint")} defaultChecked={values.active} />
    </>
  );
}

export function CreateEndpointForm({ action }: { action: AdminAction<{ id: string; secret: string }> }) {
  const t = useTranslations("staff.webhooks");
  const form = useAdminForm(action, { multi: ["events"], messages, resetOnSuccess: true });
  const created = form.state?.ok ? form.state.data : null;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <EndpointFields values={{ url: "", description: null, events: WEBHOOK_EVENT_TYPES, active: true }} errors={form.errors} />
      <FormResult
        state={form.state}
        success={
          created && (
            <>
              <p>
                {t("created")}{" "}
                <a href={`/staff/webhooks/${created.id}`} className="underline">
                  {t("open")}
                </a>
              </p>
              <OneTimeSecret secret={created.secret} />
            </>
          )
        }
      />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("create")}</SubmitButton>
    </form>
  );
}

export function EditEndpointForm({ action, id, values }: { action: AdminAction<{ changed: string[] }>; id: string; values: Values }) {
  const t = useTranslations("staff.webhooks.detail");
  const form = useAdminForm(action, { multi: ["events"], messages });
  const changed = form.state?.ok ? form.state.data.changed.length : 0;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <EndpointFields values={values} errors={form.errors} />
      <FormResult state={form.state} success={<p>{changed ? t("saved") : t("unchanged")}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("save")}</SubmitButton>
    </form>
  );
}

export function ResumeForm({ action, id }: { action: AdminAction<{ resumed: boolean; pending: number }>; id: string }) {
  const t = useTranslations("staff.webhooks.detail");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormResult state={form.state} success={form.state?.ok && <p>{t("resumed", { n: form.state.data.pending })}</p>} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>{t("resume")}</SubmitButton>
    </form>
  );
}

export function RotateSecretForm({ action, id }: { action: AdminAction<{ secret: string }>; id: string }) {
  const t = useTranslations("staff.webhooks.detail");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate className="mt-3 space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormResult state={form.state} success={form.state?.ok && <OneTimeSecret secret={form.state.data.secret} />} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant="secondary">
        {t("rotate")}
      </SubmitButton>
    </form>
  );
}

export function ResendButton({ action, endpointId, deliveryId, label }: { action: AdminAction<{ id: string }>; endpointId: string; deliveryId: string; label: string }) {
  const t = useTranslations("staff.webhooks.detail");
  const form = useAdminForm(action);
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <input type="hidden" name="endpointId" value={endpointId} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <SubmitButton pending={form.pending} pendingLabel={form.pendingLabel} variant="secondary">
        {t("resend")}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
      <div className="mt-1 text-sm">
        <FormResult state={form.state} success={<p>{t("resent")}</p>} />
      </div>
    </form>
  );
}
