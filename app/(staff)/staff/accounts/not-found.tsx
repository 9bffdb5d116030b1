// Shown for an account that does not exist here, or to staff who are not managers.
import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/staff/not-found-panel";

export default function AccountsNotFound() {
  const t = useTranslations("staff.accounts.notFound");
  return <NotFoundPanel title={t("title")} text={t("text")} back={t("back")} />;
}
