"use client";
// "Send a prepared message": pick one of the manager's templates, see it in your own language and — editable — in the
// guest's, filled in for this request, and send it. A template without the guest's language says so before sending.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { ActionFeedback, lengthErrors } from "@/components/staff/action-feedback";
import type { ActionResult } from "@/lib/action-result";
import { fillTemplate, placeholdersIn, type PlaceholderValues } from "@/lib/message-templates";

type Text = { text: string; locale: string; fallback: boolean };
export type TemplateChoice = { situation: string; guest: Text; staff: Text };
export type TemplateMessageProps = {
  bookingId: string;
  templates: TemplateChoice[];
  values: { guest: PlaceholderValues; staff: PlaceholderValues };
  guestLocale: string;
  /** Locale → its name in the staff member's language, for every locale shown. */
  languageNames: Record<string, string>;
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string; locale: string }>>;
};

export function TemplateMessage({ bookingId, templates, values, guestLocale, languageNames, action }: TemplateMessageProps) {
  const t = useTranslations("staff.templates");
  const [state, dispatch] = useActionState(action, null);
  const [situation, setSituation] = useState("");
  const [alternative, setAlternative] = useState("");
  // The text the staff member rewrote; null while it follows the template.
  const [edited, setEdited] = useState<string | null>(null);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setSituation("");
      setAlternative("");
      setEdited(null);
    }
  }
  const chosen = templates.find((c) => c.situation === situation) ?? null;
  const failure = state && !state.ok ? state : null;
  const name = (locale: string) => languageNames[locale] ?? locale;
  const fill = (text: string, v: PlaceholderValues) => fillTemplate(text, { ...v, alternative });
  const body = edited ?? (chosen ? fill(chosen.guest.text, values.guest) : "");
  const wantsAlternative = !!chosen && [chosen.guest.text, chosen.staff.text].some((x) => placeholdersIn(x).includes("alternative"));

  return (
    <section aria-labelledby="template-message-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="template-message-title" className="text-lg font-semibold">
        {t("send.title")}
      </h2>
      {templates.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("send.none")}</p>
      ) : (
        <>
          <ActionFeedback state={state} fields={["situation", "alternative", "body"]} success={() => t("send.sent")} />
          <form action={dispatch} className="mt-3 space-y-3" noValidate>
            <input type="hidden" name="bookingId" value={bookingId} />
            <Field name="templateSituation" label={t("send.situation")} errors={failure?.fieldErrors?.situation}>
              {(p) => (
                <select
                  {...p}
                  name="situation"
                  value={situation}
                  onChange={(e) => {
                    setSituation(e.target.value);
                    setEdited(null);
                  }}
                  className={inputClass}
                >
                  <option value="">{t("send.choose")}</option>
                  {templates.map((c) => (
                    <option key={c.situation} value={c.situation}>
                      {t(`situation.${c.situation}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {chosen && (
              <>
                {wantsAlternative && (
                  <Field name="templateAlternative" label={t("send.alternative")} hint={t("send.alternativeHint")} errors={lengthErrors(failure?.fieldErrors?.alternative)}>
                    {(p) => <input {...p} name="alternative" value={alternative} onChange={(e) => setAlternative(e.target.value)} maxLength={200} className={inputClass} />}
                  </Field>
                )}
                <div>
                  <p className="font-medium">{t("send.previewStaff", { language: name(chosen.staff.locale) })}</p>
                  <p lang={chosen.staff.locale} data-testid="template-preview-staff" className="mt-1 whitespace-pre-wrap rounded-lg bg-stone-100 p-3">
                    {fill(chosen.staff.text, values.staff)}
                  </p>
                </div>
                {chosen.guest.fallback && (
                  <p role="alert" data-testid="template-missing-language" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
                    {t("send.missingLanguage", { language: name(guestLocale), fallback: name(chosen.guest.locale) })}
                  </p>
                )}
                <Field
                  name="templateBody"
                  label={t("send.previewGuest", { language: name(guestLocale) })}
                  hint={t("send.bodyHint")}
                  errors={lengthErrors(failure?.fieldErrors?.body)}
                >
                  {(p) => (
                    <textarea
                      {...p}
                      name="body"
                      lang={chosen.guest.fallback ? undefined : guestLocale}
                      value={body}
                      onChange={(e) => setEdited(e.target.value)}
                      rows={4}
                      maxLength={1000}
                      className={inputClass}
                    />
                  )}
                </Field>
                <SubmitButton pendingLabel={t("send.sending")}>{t("send.send")}</SubmitButton>
              </>
            )}
          </form>
        </>
      )}
    </section>
  );
}
