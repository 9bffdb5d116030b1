"use client";
// A timed service's weekly start times: listed per weekday, removable one by one, added for several weekdays at once.
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormResult, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { WEEKDAYS } from "./service-form";
import { SyncNote, type Sync } from "./sync-note";

type Rule = { id: string; weekday: number; startTime: string; capacity: number | null };

export function ScheduleEditor({
  serviceId,
  schedule,
  defaultCapacity,
  addAction,
  removeAction,
}: {
  serviceId: string;
  schedule: Rule[];
  defaultCapacity: number | null;
  addAction: AdminAction<{ added: number; sync: Sync }>;
  removeAction: AdminAction<{ sync: Sync }>;
}) {
  const t = useTranslations("staff.catalogueAdmin.schedule");
  const tc = useTranslations("staff.catalogueAdmin");
  const remove = useAdminForm(removeAction);
  const add = useAdminForm(addAction, { multi: ["weekdays"], messages: { startTime: "staff.catalogueAdmin.errors.time" }, resetOnSuccess: true });

  return (
    <section aria-labelledby="schedule-title" className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="schedule-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <form onSubmit={remove.onSubmit} noValidate>
        <input type="hidden" name="serviceId" value={serviceId} />
        <dl className="divide-y divide-stone-200">
          {WEEKDAYS.map((d) => {
            const times = schedule.filter((r) => r.weekday === Number(d));
            return (
              <div key={d} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
                <dt className="w-28 font-medium">{tc(`weekday.${d}`)}</dt>
                <dd className="flex flex-wrap gap-2">
                  {times.length === 0 && <span className="text-stone-600">{t("none")}</span>}
                  {times.map((r) => (
                    <span key={r.id} className="inline-flex items-center gap-1 rounded-full bg-stone-100 py-1 pl-3 pr-1">
                      <span className="tabular-nums">{r.startTime}</span>
                      <span className="text-sm text-stone-700">· {t("seats", { n: r.capacity ?? defaultCapacity ?? 0 })}</span>
                      <button
                        type="submit"
                        name="scheduleId"
                        value={r.id}
                        disabled={remove.pending}
                        aria-label={t("remove", { time: r.startTime, day: tc(`weekday.${d}`) })}
                        className="inline-flex size-9 items-center justify-center rounded-full text-red-800 hover:bg-red-50 disabled:opacity-60"
                      >
                        <span aria-hidden>✕</span>
                      </button>
                    </span>
                  ))}
                </dd>
              </div>
            );
          })}
        </dl>
        <FormResult state={remove.state} success={remove.state?.ok && <><p>{t("removed")}</p><SyncNote sync={remove.state.data.sync} /></>} />
      </form>

      <form onSubmit={add.onSubmit} noValidate className="space-y-3 border-t border-stone-200 pt-4">
        <input type="hidden" name="serviceId" value={serviceId} />
        <h3 className="font-semibold">{t("addTitle")}</h3>
        <CheckboxGroup
          name="weekdays"
          legend={t("weekdays")}
          options={WEEKDAYS.map((d) => ({ value: d, label: tc(`weekday.${d}`) }))}
          checked={[]}
          errors={add.errors("weekdays")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="startTime" type="time" label={t("startTime")} errors={add.errors("startTime")} />
          <TextField name="capacity" label={t("capacity")} hint={t("capacityHint", { n: defaultCapacity ?? 0 })} inputMode="numeric" errors={add.errors("capacity")} />
        </div>
        <FormResult
          state={add.state}
          success={add.state?.ok && <><p>{t("added", { count: add.state.data.added })}</p><SyncNote sync={add.state.data.sync} /></>}
        />
        <SubmitButton pending={add.pending} pendingLabel={add.pendingLabel}>{t("add")}</SubmitButton>
      </form>
    </section>
  );
}
