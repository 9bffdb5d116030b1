// Editing one service (manager): its fields and texts, and for timed or ticketed ones the weekly schedule and exceptions.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/localized";
import { ExceptionEditor } from "@/components/staff-admin/exception-editor";
import { serviceFormValues } from "@/app/(staff)/staff/catalogue/_lib/form-values";
import { UUID_RE } from "@/lib/uuid";
import { requireManagerPage } from "@/app/_server/manager-page";
import { ScheduleEditor } from "@/components/staff-admin/schedule-editor";
import { ServiceForm } from "@/components/staff-admin/service-form";
import { getServiceForEdit } from "@/server/catalogue/manage-services";
import { hotelToday } from "@/lib/time";
import { addScheduleException, addStartTime, removeScheduleException, removeStartTime, saveService } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.catalogueAdmin"))("editService") };
}

export default async function EditServicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const staff = await requireManagerPage();
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  if (!UUID_RE.test(id)) notFound();
  const edit = await getServiceForEdit(staff, id);
  if (!edit) notFound();
  const [t, locale] = await Promise.all([getTranslations("staff.catalogueAdmin"), getLocale()]);
  const { service, property } = edit;
  const name = localized(service.name, locale);
  const sessions = service.mode === "timed" || service.mode === "ticket";

  return (
    <div className="space-y-6">
      <Link href="/staff/catalogue" className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{name}</h1>
        <p className="mt-1 text-stone-700">
          {t(`mode.${service.mode}`)} · {t("slugIs", { slug: service.slug })}
          {edit.packages.length > 0 && <> · {t("inPackages", { names: edit.packages.map((p) => localized(p.name, locale)).join(", ") })}</>}
        </p>
        <p className="mt-1 text-sm text-stone-700">{t("pricesNote")}</p>
      </header>
      {created === "1" && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("created")}
        </p>
      )}
      <section aria-labelledby="details-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
        <h2 id="details-title" className="mb-4 text-lg font-semibold">
          {t("details")}
        </h2>
        <ServiceForm
          action={saveService}
          target={{ kind: "edit", serviceId: service.id, mode: service.mode }}
          values={serviceFormValues(service, property.currency)}
          departments={edit.departments}
          currency={property.currency}
        />
      </section>
      {sessions && (
        <>
          <ScheduleEditor serviceId={service.id} schedule={edit.schedule} defaultCapacity={service.capacity} addAction={addStartTime} removeAction={removeStartTime} />
          <ExceptionEditor
            serviceId={service.id}
            exceptions={edit.exceptions}
            today={hotelToday(property.timeZone)}
            addAction={addScheduleException}
            removeAction={removeScheduleException}
          />
        </>
      )}
    </div>
  );
}
