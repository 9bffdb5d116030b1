// The headline price, as it is charged and in the service's own words: "€29.00 per person · €14.50 per child aged 6–11",
// "€54.00 per child cared for (3 hours at €18.00)", or "Complimentary" (lib/counted.ts decides the parts).
import { useFormatter, useTranslations } from "next-intl";
import { headlinePrice, type CountedService } from "@/lib/counted";
import type { AgeBand } from "@/lib/pricing";
import { formatMoney } from "./format";

export function PriceTag({ service, ageBands, currency }: { service: CountedService; ageBands: readonly AgeBand[]; currency: string }) {
  const t = useTranslations("service");
  const format = useFormatter();
  const money = (minor: number) => formatMoney(format, minor, currency);
  const parts = headlinePrice(service, ageBands);
  return (
    <>
      {parts
        .map((part) =>
          part.key === "complimentary"
            ? t("complimentary")
            : t(`headline.${part.key}`, {
                amount: part.amountMinor === null ? "" : money(part.amountMinor),
                ...part.params,
                ...(part.params?.hourlyMinor !== undefined ? { hourly: money(part.params.hourlyMinor) } : {}),
              }),
        )
        .join(" · ")}
    </>
  );
}
