"use client";
// Days that differ from the weekly schedule: close a day or one start time, or add an extra session.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Day } from "@/components/format";
import { FormResult, SelectField, TextField, useAdminForm, type AdminAction } from "./form-kit";
import { SubmitButton } from "@/components/submit-button";
import { SyncNote, type Sync } from "./sync-note";

type Exception = { id: string; day: string; startTime: string | null; closed: boolean; capacity: number | null; note: string | null };
type Kind = "close_day" | "close_time" | "extra";

export function ExceptionEditor({
  serviceId,
  exceptions,
  today,
  addAction,
  removeAction,
}: {
  serviceId: string;
  exceptions: Exception[];
  today: string;
  addAction: AdminAction<{ sync: Sync }>;
  removeAction: AdminAction<{ sync: Sync }>;
}) {
  const t = useTranslations("staff.catalogueAdmin.exceptions");
  const [kind, setKind] = useState<Kind>("close_day");
  const remove = useAdminForm(removeAction);
  const add = useAdminForm(addAction, {
    messages: { startTime: "staff.catalogueAdmin.errors.time", day: "staff.catalogueAdmin.errors.day" },
    resetOnSuccess: true,
  });

  function describe(e: Exception): string {
    if (e.closed && !e.startTime) return t("closedDay");
    if (e.closed) return t("closedTime", { time: e.startTime! });
    if (e.capacity === null) return t("extraDefault", { time: e.startTime! });
    return t("extraAt", { time: e.startTime!, n: e.capacity });
  }

  return (
    <section aria-labelledby="exceptions-title" className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="exceptions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <form onSubmit={remove.onSubmit} noValidate>
        <input type="hidden" name="serviceId" value={serviceId} />
        {exceptions.length === 0 ? (
          <p className="text-stone-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {exceptions.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Day day={e.day} style="weekday" /> · {describe(e)}
                  {e.note && <span className="text-stone-700"> · {e.note}</span>}
                </span>
                <SubmitButton pending={remove.pending} pendingLabel={remove.pendingLabel} variant="secondary" name="exceptionId" value={e.id}>
                  {t("remove")}
                  <span className="sr-only"> {e.day}</span>
                </SubmitButton>
              </li>
            ))}
          </ul>
        )}
        <FormResult state={remove.state} success={remove.state?.ok && <><p>{t("removed")}</p><SyncNote sync={remove.state.data.sync} /></>} />
      </form>

      <form onSubmit={add.onSubmit} noValidate className="space-y-3 border-t border-stone-200 pt-4">
        <input type="hidden" name="serviceId" value={serviceId} />
        <h3 className="font-semibold">{t("addTitle")}</h3>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="day" type="date" min={today} label={t("day")} errors={add.errors("day")} />
          <SelectField
            name="kind"
            label={t("kind")}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            options={(["close_day", "close_time", "extra"] as const).map((k) => ({ value: k, label: t(`kindOption.${k}`) }))}
          />
          {kind !== "close_day" && <TextField name="startTime" type="time" label={t("startTime")} errors={add.errors("startTime")} />}
          {kind === "extra" && <TextField name="capacity" label={t("capacity")} hint={t("capacityHint")} inputMode="numeric" errors={add.errors("capacity")} />}
          <TextField name="note" label={t("note")} maxLength={200} errors={add.errors("note")} />
        </div>
        <FormResult state={add.state} success={add.state?.ok && <><p>{t("added")}</p><SyncNote sync={add.state.data.sync} /></>} />
        <SubmitButton pending={add.pending} pendingLabel={add.pendingLabel}>{t("add")}</SubmitButton>
      </form>
    </section>
  );
}
