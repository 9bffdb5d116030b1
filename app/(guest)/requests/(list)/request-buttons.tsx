"use client";
// Buttons on My requests: cancel a booking, take or leave a waiting-list place. Each shows that it works and what came of it.
import { useActionState, useState } from "react";
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

export function CancelBookingButton({ bookingId }: { bookingId: string }) {
  const t = useTranslations("requests");
  const [state, action] = useActionState(cancelBookingAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={bookingId} />
      <SubmitButton variant="danger" pendingLabel={t("cancelling")}>
        {t("cancel")}
      </SubmitButton>
      <Outcome state={state} okText={t("cancelled")} />
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
