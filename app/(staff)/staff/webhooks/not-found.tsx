// Shown for an endpoint that does not exist here, or to staff who are not managers.
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/staff/not-found-panel";

export default function WebhooksNotFound() {
  const t = useTranslations("staff.webhooks.notFound");
  return <NotFoundPanel title={t("title")} text={t("text")} back={t("back")} />;
}
