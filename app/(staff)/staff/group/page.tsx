// The hotel group (group administrator): the properties side by side, a new property, and who works where.
import { getTranslations } from "next-intl/server";
import { Price } from "@/components/format";
import { requireGroupAdminPage } from "@/app/_server/manager-page";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { compareProperties, listMemberships } from "@/server/group/properties";
import { MembershipForm, NewPropertyForm } from "./_components/group-forms";
import { createPropertyAction, setMembershipAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.group"))("title") };
}

const DAYS = 30;

export default async function GroupPage() {
  const staff = await requireGroupAdminPage();
  const [figures, memberships, t, tRole] = await Promise.all([
    compareProperties(staff, DAYS),
    listMemberships(staff),
    getTranslations("staff.group"),
    getTranslations("staff.layout.role"),
  ]);
  const th = "px-3 py-2 text-left text-sm font-semibold text-stone-700";
  const td = "px-3 py-2 align-top";
  const nameOf = new Map(figures.map((p) => [p.id, p.name]));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro", { days: DAYS })}</p>
      </header>
      <section aria-labelledby="compare" className="overflow-x-auto rounded-2xl bg-white shadow-sm">
        <h2 id="compare" className="px-3 pt-3 text-lg font-semibold">
          {t("compareTitle", { days: DAYS })}
        </h2>
        <table className="w-full border-collapse" data-testid="group-compare">
          <thead>
            <tr className="border-b border-stone-200">
              <th scope="col" className={th}>{t("col.property")}</th>
              <th scope="col" className={th}>{t("col.timeZone")}</th>
              <th scope="col" className={th}>{t("col.staysInHouse")}</th>
              <th scope="col" className={th}>{t("col.openRequests")}</th>
              <th scope="col" className={th}>{t("col.bookings")}</th>
              <th scope="col" className={th}>{t("col.gross")}</th>
              <th scope="col" className={th}>{t("col.medianResponse")}</th>
              <th scope="col" className={th}>{t("col.rating")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((p) => (
              <tr key={p.id} className="border-b border-stone-100">
                <th scope="row" className={`${td} text-left font-semibold`}>
                  {p.name}
                  <span className="block text-sm font-normal text-stone-600">{p.locales.map((l) => LOCALE_NAMES[l as keyof typeof LOCALE_NAMES] ?? l).join(", ")}</span>
                </th>
                <td className={td}>{p.timeZone}</td>
                <td className={td}>{p.staysInHouse}</td>
                <td className={td}>{p.openRequests}</td>
                <td className={td}>{p.bookings}</td>
                <td className={td}>
                  <Price minor={p.grossMinor} currency={p.currency} />
                </td>
                <td className={td}>{p.medianResponseMinutes == null ? "—" : t("minutes", { n: p.medianResponseMinutes })}</td>
                <td className={td}>{p.averageRating == null ? "—" : p.averageRating.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="px-3 pb-3 text-sm text-stone-600">{t("currencyNote")}</p>
      </section>
      <section aria-labelledby="new-property" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-property" className="mb-4 text-lg font-semibold">
          {t("newTitle")}
        </h2>
        <NewPropertyForm
          action={createPropertyAction}
          properties={figures.map((p) => ({ id: p.id, name: p.name }))}
          locales={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        />
      </section>
      <section aria-labelledby="who-works-where" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="who-works-where" className="mb-2 text-lg font-semibold">
          {t("membersTitle")}
        </h2>
        <p className="mb-4 text-stone-700">{t("membersIntro")}</p>
        <MembershipForm action={setMembershipAction} properties={figures.map((p) => ({ id: p.id, name: p.name }))} />
        <ul className="mt-4 divide-y divide-stone-100" data-testid="memberships">
          {memberships.map((m) => (
            <li key={`${m.staffId}:${m.propertyId}`} className="py-2">
              <span className="font-medium">{m.name}</span> <span className="text-stone-600">({m.email})</span> ·{" "}
              {nameOf.get(m.propertyId)} · {tRole(m.role)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
