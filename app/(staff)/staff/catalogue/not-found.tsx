// Shown for a catalogue page that does not exist, or to staff who are not managers.
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/staff/not-found-panel";

export default function CatalogueNotFound() {
  const t = useTranslations("staff.catalogueAdmin.notFound");
  return <NotFoundPanel title={t("title")} text={t("text")} back={t("back")} />;
}
