"use client";
// Forms that change an open request without moving its status: assign a person, reschedule, hand over to another department.
import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { ActionFeedback, lengthErrors } from "@/components/staff/action-feedback";
import { HAND_OVER_NOTE_MAX } from "@/lib/form-limits";
import { assignRequestAction, handOverRequestAction, rescheduleRequestAction } from "../../actions";

const card = "rounded-2xl bg-white p-4 shadow-sm sm:p-5";

export type Person = { id: string; name: string; role: "manager" | "reception" | "department" };

export function AssignForm({ bookingId, assignedTo, people }: { bookingId: string; assignedTo: string | null; people: Person[] }) {
  const t = useTranslations("staff.requestChanges");
  const tRole = useTranslations("staff.layout.role");
  const [state, dispatch] = useActionState(assignRequestAction, null);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? "";
  const failure = state && !state.ok ? state : null;
  return (
    <section aria-labelledby="assign-title" className={card}>
      <h2 id="assign-title" className="text-lg font-semibold">
        {t("assignTitle")}
      </h2>
      <p className="text-sm text-stone-700">{assignedTo ? t("currentAssignee", { name: nameOf(assignedTo) }) : t("currentNobody")}</p>
      <ActionFeedback
        state={state}
        fields={["assigneeId"]}
        success={(data) => (data.assigneeId ? t("assigned", { name: nameOf(data.assigneeId) }) : t("unassignedDone"))}
      />
      {/* key: after a change the select starts again from who is assigned now. */}
      <form key={assignedTo ?? "nobody"} action={dispatch} className="mt-3 space-y-3">
        <input type="hidden" name="bookingId" value={bookingId} />
        <input type="hidden" name="expectedAssigneeId" value={assignedTo ?? ""} />
        <Field name="assigneeId" label={t("assignee")} errors={failure?.fieldErrors?.assigneeId}>
          {(p) => (
            <select {...p} defaultValue={assignedTo ?? ""} className={inputClass}>
              <option value="">{t("nobody")}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} · {tRole(person.role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pendingLabel={t("pending")} variant="secondary">
          {t("assignSubmit")}
        </SubmitButton>
      </form>
    </section>
  );
}

export type SessionChoice = { id: string; startsAt: Date; capacity: number; booked: number };

export function RescheduleForm({
  bookingId,
  sessionId,
  quantity,
  sessions,
  timeZone,
}: {
  bookingId: string;
  sessionId: string;
  quantity: number;
  sessions: SessionChoice[];
  timeZone: string;
}) {
  const t = useTranslations("staff.requestChanges");
  const format = useFormatter();
  const [state, dispatch] = useActionState(rescheduleRequestAction, null);
  const failure = state && !state.ok ? state : null;
  const when = (d: Date | string) => format.dateTime(new Date(d), "slot", { timeZone });
  return (
    <section aria-labelledby="reschedule-title" className={card}>
      <h2 id="reschedule-title" className="text-lg font-semibold">
        {t("rescheduleTitle")}
      </h2>
      <ActionFeedback state={state} fields={["sessionId"]} success={(data) => t("rescheduled", { when: when(data.scheduledAt) })} />
      {sessions.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("noSessions")}</p>
      ) : (
        <form key={sessionId} action={dispatch} className="mt-3 space-y-3">
          <input type="hidden" name="bookingId" value={bookingId} />
          <input type="hidden" name="expectedSessionId" value={sessionId} />
          <Field name="sessionId" label={t("session")} hint={t("sessionHint", { n: quantity })} errors={failure?.fieldErrors?.sessionId}>
            {(p) => (
              <select {...p} defaultValue="" required className={inputClass}>
                <option value="" disabled>
                  {t("choose")}
                </option>
                {sessions.map((s) => {
                  const left = Math.max(0, s.capacity - s.booked);
                  return (
                    <option key={s.id} value={s.id} disabled={left < quantity}>
                      {when(s.startsAt)} · {t("seatsLeft", { left })}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
          <SubmitButton pendingLabel={t("pending")} variant="secondary">
            {t("rescheduleSubmit")}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

export function HandOverForm({
  bookingId,
  departmentId,
  departments,
}: {
  bookingId: string;
  departmentId: string;
  departments: { id: string; name: string }[];
}) {
  const t = useTranslations("staff.requestChanges");
  const [state, dispatch] = useActionState(handOverRequestAction, null);
  const [note, setNote] = useState("");
  // Emptied once handed over; a new result is noticed while rendering rather than in an effect (one render, not two).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setNote("");
  }
  const failure = state && !state.ok ? state : null;
  const others = departments.filter((d) => d.id !== departmentId);
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? "";
  return (
    <section aria-labelledby="handover-title" className={card}>
      <h2 id="handover-title" className="text-lg font-semibold">
        {t("handOverTitle")}
      </h2>
      <ActionFeedback
        state={state}
        fields={["departmentId", "note"]}
        success={(data) => t("handedOver", { name: nameOf(data.departmentId) })}
      />
      <form key={departmentId} action={dispatch} className="mt-3 space-y-3">
        <input type="hidden" name="bookingId" value={bookingId} />
        <input type="hidden" name="expectedDepartmentId" value={departmentId} />
        <Field name="departmentId" label={t("department")} errors={failure?.fieldErrors?.departmentId}>
          {(p) => (
            <select {...p} defaultValue="" required className={inputClass}>
              <option value="" disabled>
                {t("choose")}
              </option>
              {others.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="note" label={t("handOverNote")} errors={lengthErrors(failure?.fieldErrors?.note)}>
          {(p) => (
            <textarea
              {...p}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              rows={2}
              maxLength={HAND_OVER_NOTE_MAX}
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton pendingLabel={t("pending")} variant="secondary">
          {t("handOverSubmit")}
        </SubmitButton>
      </form>
    </section>
  );
}
