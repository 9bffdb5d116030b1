// Departments (manager): each department's names, response target, open requests and staff, editable in place,
// and a new one. There is no delete: requests, services and staff accounts refer to their department.
import { getTranslations } from "next-intl/server";
import { CalendarFeed } from "@/components/staff-admin/calendar-feed";
import { DepartmentForm, type DepartmentFormValues } from "@/components/staff-admin/department-form";
import { requireManagerPage } from "@/app/_server/manager-page";
import { listDepartmentsWithCounts, type DepartmentRow } from "@/server/staff/departments";
import { env } from "@/lib/env";
import { addDepartment, rotateCalendarAction, saveDepartment } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.departments"))("title") };
}

function valuesOf(d: DepartmentRow): DepartmentFormValues {
  return { name: d.name, nameTranslations: d.nameTranslations, responseTargetMinutes: String(d.responseTargetMinutes) };
}

export default async function DepartmentsPage() {
  const staff = await requireManagerPage();
  const [{ departments, guestLocales }, t] = await Promise.all([listDepartmentsWithCounts(staff), getTranslations("staff.departments")]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </header>
      {departments.length === 0 && <p className="rounded-2xl bg-white p-4 text-stone-700 shadow-sm">{t("none")}</p>}
      {departments.map((d) => (
        <section key={d.id} aria-labelledby={`department-${d.id}`} className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id={`department-${d.id}`} className="text-lg font-semibold">
              {d.name}
            </h2>
            <p className="text-stone-700">
              {t("counts", { requests: d.openRequests, staff: d.staff })} · {t("slugIs", { slug: d.slug })}
            </p>
          </div>
          <DepartmentForm action={saveDepartment} departmentId={d.id} values={valuesOf(d)} guestLocales={guestLocales} />
          <CalendarFeed
            action={rotateCalendarAction}
            departmentId={d.id}
            departmentName={d.name}
            url={`${env().PUBLIC_URL}/api/calendar/departments/${d.calendarToken}.ics`}
          />
        </section>
      ))}
      <section aria-labelledby="new-department" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-department" className="mb-3 text-lg font-semibold">
          {t("new")}
        </h2>
        <DepartmentForm action={addDepartment} values={{ name: "", nameTranslations: {}, responseTargetMinutes: "15" }} guestLocales={guestLocales} />
      </section>
    </div>
  );
}
