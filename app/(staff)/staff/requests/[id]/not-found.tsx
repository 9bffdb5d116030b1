// Shown when a request does not exist or lies outside the staff member's departments.
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/staff/not-found-panel";

export default function RequestNotFound() {
  const t = useTranslations("staff.notFound");
  return <NotFoundPanel title={t("title")} text={t("text")} back={t("back")} />;
}
