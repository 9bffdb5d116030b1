// Back-office shell: only signed-in staff get past it; header with who is signed in, navigation and sign-out.
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/app/_server/client-messages";
import { signOutAction } from "@/app/(public)/actions";
import { currentStaff, type StaffRole } from "@/app/_server/session";
import { listDepartmentNamesByIds } from "@/server/staff/department-names";
import { countPausedWebhookEndpoints } from "@/server/webhooks/endpoints";
import { workplacesOf } from "@/server/auth/sessions";
import { PropertySwitcher } from "./_components/property-switcher";
import { switchPropertyAction } from "./group/actions";
import { StaffLanguageSwitcher } from "./_components/staff-language-switcher";

type NavItem = { href: string; label: string; roles: readonly StaffRole[] };

const ALL: readonly StaffRole[] = ["manager", "reception", "department"];
const DESK: readonly StaffRole[] = ["manager", "reception"];

/** Links each role may follow; the pages behind them check the role again. */
const NAV: NavItem[] = [
  { href: "/staff", label: "queue", roles: ALL },
  { href: "/staff/run-sheet", label: "runSheet", roles: ALL },
  { href: "/staff/stays", label: "stays", roles: DESK },
  { href: "/staff/stays/folio", label: "folioExport", roles: DESK },
  { href: "/staff/catalogue", label: "catalogue", roles: ["manager"] },
  { href: "/staff/departments", label: "departmentsPage", roles: ["manager"] },
  { href: "/staff/accounts", label: "accounts", roles: ["manager"] },
  { href: "/staff/api-tokens", label: "apiTokens", roles: ["manager"] },
  { href: "/staff/webhooks", label: "webhooks", roles: ["manager"] },
  { href: "/staff/outbox", label: "outbox", roles: ["manager"] },
  { href: "/staff/reports", label: "reports", roles: ["manager"] },
  { href: "/staff/feedback", label: "feedback", roles: ["manager"] },
  // A dotted label is a key of its own file's namespace under `staff` (staff.templates.nav).
  { href: "/staff/templates", label: "templates.nav", roles: ["manager"] },
  { href: "/staff/settings", label: "retention.nav", roles: ["manager"] },
];

function navFor(role: StaffRole): NavItem[] {
  return NAV.filter((item) => item.roles.includes(role));
}

export async function generateMetadata() {
  return { title: (await getTranslations("staff.layout"))("back_office") };
}

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  const t = await getTranslations("staff.layout");
  const tApp = await getTranslations("app");
  const tStaff = await getTranslations("staff");
  const departmentNames = staff.role === "department" ? await listDepartmentNamesByIds(staff.propertyId, staff.departmentIds) : [];
  // The manager is told on every page while an endpoint is paused after failing (its events are waiting).
  const pausedWebhooks = staff.role === "manager" ? await countPausedWebhookEndpoints(staff.propertyId) : 0;
  const tHooks = pausedWebhooks ? await getTranslations("staff.webhooks") : null;
  // Where this staff member works: a switcher when it is more than one property.
  const places = await workplacesOf(staff.staffId);
  const tGroup = await getTranslations("staff.group");
  const here = places.find((p) => p.id === staff.propertyId);
  // The staff member's language (app/_server/i18n-request.ts): their stored choice, else the browser's.
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={await clientMessages("staff")}>
      <div className="min-h-dvh" lang={locale}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2"
        >
          {tApp("skipToContent")}
        </a>
        <header className="no-print border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <div>
              <p className="font-bold text-brand-800">
                {tApp("name")} · {t("back_office")}
              </p>
              <p className="text-sm text-stone-700">
                {here && places.length > 1 && <>{here.name} · </>}
                {t("signedInAs", { name: staff.name })} · {t(`role.${staff.role}`)}
                {staff.groupAdmin && <> · {tGroup("groupAdmin")}</>}
                {departmentNames.length > 0 && <> · {t("departments", { names: departmentNames.join(", ") })}</>}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <nav aria-label={t("nav")}>
                <ul className="flex flex-wrap gap-x-3">
                  {navFor(staff.role).map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-700 underline">
                        {item.label.includes(".") ? tStaff(item.label) : t(item.label)}
                      </Link>
                    </li>
                  ))}
                  {staff.groupAdmin && (
                    <li>
                      <Link href="/staff/group" className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-700 underline">
                        {tGroup("nav")}
                      </Link>
                    </li>
                  )}
                </ul>
              </nav>
              {places.length > 1 && (
                <PropertySwitcher
                  action={switchPropertyAction}
                  current={staff.propertyId}
                  places={places}
                  labels={{ label: tGroup("switchLabel"), submit: tGroup("switch"), pending: tGroup("switching") }}
                />
              )}
              <StaffLanguageSwitcher />
              <form action={signOutAction}>
                <input type="hidden" name="to" value="/staff/signin" />
                <button
                  type="submit"
                  className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-50"
                >
                  {t("signOut")}
                </button>
              </form>
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {tHooks && (
            <p role="status" className="no-print mb-4 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
              {tHooks("pausedNotice", { n: pausedWebhooks })}{" "}
              <Link href="/staff/webhooks" className="font-semibold underline">
                {tHooks("pausedNoticeLink")}
              </Link>
            </p>
          )}
          {children}
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
