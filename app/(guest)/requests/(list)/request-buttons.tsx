"use client";
// Buttons on My requests: cancel a booking, take or leave a waiting-list place. Each shows that it works and what came of it.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/app/_server/action";
import { SubmitButton } from "@/components/submit-button";
import { useResultToast } from "@/components/toast";
import { newRequestKey } from "@/lib/request-key";
import { acceptOfferAction, cancelBookingAction, leaveWaitlistAction } from "@/app/(guest)/actions";

function Outcome({ state, okText }: { state: ActionResult<unknown> | null; okText: string }) {
  const t = useTranslations("errors");
  useResultToast(state, (s) => (s.ok ? (okText ? { kind: "success", text: okText } : null) : { kind: "error", text: t(s.code, { id: s.correlationId ?? "" }) }));
  return (
    <span role="status" aria-live="polite" className="text-sm">
      {state?.ok && <span className="font-medium text-emerald-900">{okText}</span>}
      {state && !state.ok && <span className="font-medium text-red-900">{t(state.code, { id: state.correlationId ?? "" })}</span>}
    </span>
  );
}

/**
 * Cancel a booking. Rendered for every booking, cancellable or not, so that it stays mounted when the cancelled booking
 * comes back without its button: the live status (present before, filled after) announces the cancellation, and the
 * focus moves to it instead of falling to the top of the page.
 */
export function CancelBookingButton({ bookingId, cancellable }: { bookingId: string; cancellable: boolean }) {
  const t = useTranslations("requests");
  const [state, action] = useActionState(cancelBookingAction, null);
  const said = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (state?.ok) said.current?.focus({ preventScroll: true });
  }, [state]);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={bookingId} />
      {cancellable && !state?.ok && (
        <SubmitButton variant="danger" pendingLabel={t("cancelling")}>
          {t("cancel")}
        </SubmitButton>
      )}
      <span ref={said} tabIndex={-1} className="outline-none">
        <Outcome state={state} okText={t("cancelled")} />
      </span>
    </form>
  );
}

export function OfferButtons({ entryId, offered }: { entryId: string; offered: boolean }) {
  const t = useTranslations("requests");
  const [key] = useState(() => newRequestKey());
  const [accepted, accept] = useActionState(acceptOfferAction, null);
  const [left, leave] = useActionState(leaveWaitlistAction, null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      {offered && (
        <form action={accept}>
          <input type="hidden" name="id" value={entryId} />
          <input type="hidden" name="idempotencyKey" value={key} />
          <SubmitButton pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
        </form>
      )}
      <form action={leave}>
        <input type="hidden" name="id" value={entryId} />
        <SubmitButton variant="secondary" pendingLabel={t("leaving")}>
          {t("leave")}
        </SubmitButton>
      </form>
      <Outcome state={accepted ?? left} okText="" />
    </div>
  );
}
