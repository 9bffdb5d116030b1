"use client";
// Toasts: a short visual confirmation of an action's result, in a corner a phone's thumb does not cover.
// The inline role="status" message next to each form is what a screen reader hears; the toast repeats it
// visually (and stays reachable as a labelled region with a dismiss button), so it is not a live region itself,
// and nothing is announced twice.
import { useEffect, useEffectEvent, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

type Toast = { id: number; kind: "success" | "error"; text: string };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const EMPTY: Toast[] = [];

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** Shows a toast for a few seconds; at most three at a time. */
export function toast(text: string, kind: Toast["kind"] = "success") {
  const id = nextId++;
  toasts = [...toasts.slice(-2), { id, kind, text }];
  emit();
  setTimeout(() => dismissToast(id), kind === "error" ? 8000 : 5000);
}

/** Calls toast() once per new action result (a useActionState state object). */
export function useResultToast<S>(state: S | null, text: (state: S) => { text: string; kind: Toast["kind"] } | null) {
  // text() is a fresh closure each render: only a new state object is a new result.
  const show = useEffectEvent((result: S) => {
    const t = text(result);
    if (t && t.text) toast(t.text, t.kind);
  });
  useEffect(() => {
    if (state) show(state);
  }, [state]);
}

export function Toaster() {
  const t = useTranslations("ui");
  const list = useSyncExternalStore(subscribe, () => toasts, () => EMPTY);
  return (
    <section aria-label={t("notifications")} className="no-print pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-3 sm:bottom-auto sm:top-16">
      <ol className="flex w-full max-w-md flex-col gap-2">
        {list.map((item) => (
          <li
            key={item.id}
            data-testid="toast"
            className={`toast-in pointer-events-auto flex items-start gap-3 rounded-xl p-3 pl-4 text-sm font-medium shadow-lg ring-1 ${
              item.kind === "success" ? "bg-emerald-900 text-white ring-emerald-950" : "bg-red-800 text-white ring-red-950"
            }`}
          >
            <span aria-hidden className="mt-0.5 text-base leading-none">
              {item.kind === "success" ? "✓" : "!"}
            </span>
            <span className="flex-1">{item.text}</span>
            <button
              type="button"
              onClick={() => dismissToast(item.id)}
              className="-m-1 grid size-8 shrink-0 place-items-center rounded-lg hover:bg-white/15"
            >
              <span aria-hidden>×</span>
              <span className="sr-only">{t("dismiss")}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
