// A price with its unit ("€35.00 per person"), or "Complimentary".
import { useTranslations } from "next-intl";
import type { PriceUnit } from "@/lib/pricing";
import { Price } from "./format";

export function PriceTag({
  minor,
  unit,
  complimentary,
  currency,
}: {
  minor: number;
  unit: PriceUnit;
  complimentary: boolean;
  currency: string;
}) {
  const t = useTranslations("service");
  if (complimentary || minor === 0) return <>{t("complimentary")}</>;
  return (
    <>
      <Price minor={minor} currency={currency} /> {t(`unit.${unit}`)}
    </>
  );
}
