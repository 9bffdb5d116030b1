"use client";
// The property a staff member works in, for those who work at several (and every property for a group administrator):
// choosing one moves this browser's session there; every page, list and export then shows only that hotel.
import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { useFailureText } from "@/components/field";
import type { ActionResult } from "@/lib/action-result";

export function PropertySwitcher({
  action,
  current,
  places,
  labels,
}: {
  action: (prev: unknown, input: unknown) => Promise<ActionResult<unknown>>;
  current: string;
  places: { id: string; name: string }[];
  // From the server (the header is outside the back office's client messages).
  labels: { label: string; submit: string; pending: string };
}) {
  const failureText = useFailureText();
  const [state, dispatch, pending] = useActionState(action, null);
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-2">
      <label htmlFor="property-switch" className="text-sm font-medium">
        {labels.label}
      </label>
      <select id="property-switch" name="propertyId" defaultValue={current} className="min-h-11 rounded-lg border border-stone-400 bg-white px-2">
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" pending={pending} pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {failureText(state)}
        </p>
      )}
    </form>
  );
}
