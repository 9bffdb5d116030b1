// Shown to staff who are not managers.
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/staff/not-found-panel";

export default function DepartmentsNotFound() {
  const t = useTranslations("staff.departments.notFound");
  return <NotFoundPanel title={t("title")} text={t("text")} back={t("back")} />;
}
