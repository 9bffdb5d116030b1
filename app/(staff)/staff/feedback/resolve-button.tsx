"use client";
// "Mark resolved" on one flagged rating, with its pending state and result announced.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/submit-button";
import { ActionFeedback } from "@/components/staff/action-feedback";
import { resolveFeedbackAction } from "./actions";

export function ResolveButton({ id }: { id: string }) {
  const t = useTranslations("conversation.feedback");
  const [state, dispatch] = useActionState(resolveFeedbackAction, null);
  return (
    <form action={dispatch}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel={t("resolving")}>
        {t("resolve")}
      </SubmitButton>
      <ActionFeedback state={state} fields={[]} success={() => t("resolved")} />
    </form>
  );
}
