"use client";
// The one submit button: it shows it is working and cannot be pressed twice meanwhile. A form submitted through its
// `action` needs nothing more (useFormStatus knows); a form that submits itself (the manager's forms, onSubmit with
// useActionState) passes `pending`.
import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  pendingLabel,
  pending,
  className = "",
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  /** Whether the form is being submitted, for a form that does not submit through its `action`; else the form's status. */
  pending?: boolean;
  className?: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "bg-white text-ink border border-stone-400 hover:bg-stone-50",
    danger: "bg-white text-red-800 border border-red-400 hover:bg-red-50",
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={busy}
      aria-disabled={busy}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold disabled:opacity-60 ${styles} ${className}`}
    >
      {busy && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {busy ? pendingLabel : children}
    </button>
  );
}
