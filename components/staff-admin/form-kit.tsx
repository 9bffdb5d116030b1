"use client";
// The manager's forms: submit through useActionState without React resetting what was typed,
// field errors next to their fields, one announced result; the button is the shared SubmitButton, given `pending`.
import { useActionState, useEffect, useId, useRef, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { FieldError, inputClass, useErrorText, useFailureText } from "@/components/field";

export type AdminAction<T> = (prev: unknown, input: unknown) => Promise<ActionResult<T>>;

/** Form data as a plain object; fields that may repeat (checkbox groups) become arrays. */
function toPayload(data: FormData, multi: readonly string[]): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of data.entries()) if (!multi.includes(key)) out[key] = value;
  for (const key of multi) out[key] = data.getAll(key);
  return out;
}

/**
 * Submits with onSubmit rather than `action`: a form action would clear every field after an
 * attempt, and a refused edit must keep what the manager typed. Pending comes from useActionState.
 */
export function useAdminForm<T>(
  action: AdminAction<T>,
  options: { multi?: readonly string[]; messages?: Record<string, string>; resetOnSuccess?: boolean } = {},
) {
  const t = useTranslations("staff.catalogueAdmin");
  const [state, dispatch, pending] = useActionState(action, null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    // A form that creates something starts empty again once it has.
    if (state?.ok && options.resetOnSuccess) formRef.current?.reset();
  }, [state, options.resetOnSuccess]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const payload = toPayload(new FormData(event.currentTarget, submitter), options.multi ?? []);
    startTransition(() => dispatch(payload));
  }
  /** A field's error keys; a generic "not valid" becomes the field's own explanation when it has one. */
  function errors(field: string): string[] | undefined {
    const keys = state && !state.ok ? state.fieldErrors?.[field] : undefined;
    const own = options.messages?.[field];
    return keys?.map((k) => (own && k.startsWith("validation.") && k !== "validation.required" ? own : k));
  }
  /** What the submit button says while the form is being saved: `<SubmitButton pending={form.pending} pendingLabel={form.pendingLabel}>`. */
  const pendingLabel = t("saving");
  return { state, pending, pendingLabel, onSubmit, errors };
}

/** The announced result of the last attempt: what was saved, or what went wrong. */
export function FormResult({ state, success }: { state: ActionResult<unknown> | null; success?: React.ReactNode }) {
  const failureText = useFailureText();
  const text = useErrorText();
  const failure = state && !state.ok ? state : null;
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {state?.ok && success && <div className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">{success}</div>}
      {failure && (
        <div className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
          <p>{failureText(failure)}</p>
          {failure.fieldErrors?._form?.map((key) => (
            <p key={key}>{text(key)}</p>
          ))}
        </div>
      )}
    </div>
  );
}

type A11y = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string };

/**
 * A labelled field with its hint and error linked by aria-describedby. Ids come from useId, so the
 * same form may appear several times on a page (one per price rule, say).
 */
function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: A11y) => React.ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": !!errors?.length, "aria-describedby": describedBy })}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, hint, errors, ...input }: { name: string; label: string; hint?: string; errors?: string[] } & InputProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(p) => <input {...p} {...input} className={inputClass} />}
    </Field>
  );
}

export function TextArea({
  name,
  label,
  hint,
  errors,
  ...area
}: { name: string; label: string; hint?: string; errors?: string[] } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(p) => <textarea {...p} {...area} className={inputClass} />}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  options,
  ...select
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(p) => (
        <select {...p} {...select} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ name, label, hint, defaultChecked, value }: { name: string; label: string; hint?: string; defaultChecked?: boolean; value?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-5 accent-brand-600"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-stone-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** A group of checkboxes of one name, with a legend and its error linked and announced. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  errors,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
  checked: readonly string[];
}) {
  const text = useErrorText();
  const id = useId();
  const errorId = `${id}-error`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="size-5 accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800" aria-live="polite">
          {errors.map(text).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
