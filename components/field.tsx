"use client";
// A labelled form field whose error is linked with aria-describedby and read out when it appears.
import { useTranslations } from "next-intl";

/** Translates a field error key such as "validation.too_big:10". */
export function useErrorText() {
  const t = useTranslations();
  return (key: string) => {
    const [id, param] = key.split(":");
    return t.has(id) ? t(id, { n: param ?? "" }) : t("validation.invalid");
  };
}

/** An action's refusal as the user reads it: the text of its stable error code (with the correlation id to quote), or
 * the server's own message for a code that has none. Every form shows a failure through this. */
export function useFailureText() {
  const t = useTranslations();
  return (failure: { code: string; message: string; correlationId?: string }) => {
    const key = `errors.${failure.code}`;
    return t.has(key) ? t(key, { id: failure.correlationId ?? "" }) : failure.message;
  };
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800" aria-live="polite">
      {errors.map(text).join(" ")}
    </p>
  );
}

export function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": !!errors?.length, "aria-describedby": describedBy })}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export const inputClass =
  "mt-1 block w-full min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
