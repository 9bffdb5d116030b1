// Who takes part in one booking, for staff: "2 adults, 1 child aged 7" (the booking's own participants, not the stay's party).
import { useFormatter, useTranslations } from "next-intl";
import type { Participants } from "@/lib/pricing";

export function useParticipantsText() {
  const t = useTranslations("staff.request");
  const format = useFormatter();
  return (p: Participants) => {
    const parts: string[] = [];
    if (p.adults > 0) parts.push(t("adults", { n: p.adults }));
    if (p.childAges.length > 0) {
      const ages = format.list(p.childAges.map(String), { type: "conjunction" });
      parts.push(t("children", { n: p.childAges.length, ages }));
    }
    return parts.join(", ");
  };
}

export function ParticipantsText({ participants }: { participants: Participants }) {
  return <>{useParticipantsText()(participants)}</>;
}
