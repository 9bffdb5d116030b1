"use client";
// The pickers of the booking form: a session time, who takes part, the days of a rental, a plain quantity.
import { useTranslations } from "next-intl";
import { Field, FieldError, inputClass } from "@/components/field";

export type SessionOption = { id: string; label: string; remaining: number; reason: string | null };
export type DayOption = { day: string; label: string; remaining: number | null };
export type PartyOption = { adults: number; children: { age: number; eligible: boolean }[] };

export function SessionPicker({
  sessions,
  selected,
  onSelect,
  errors,
}: {
  sessions: SessionOption[];
  selected: string | null;
  onSelect: (id: string) => void;
  errors?: string[];
}) {
  const t = useTranslations();
  return (
    <fieldset aria-describedby={errors?.length ? "session-error" : undefined}>
      <legend className="font-medium">{t("service.chooseTime")}</legend>
      {sessions.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("service.noSessions")}</p>
      ) : (
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {sessions.map((s) => {
            // A full time can still be chosen: to join its waiting list.
            const blocked = !!s.reason && s.reason !== "full";
            return (
              <label
                key={s.id}
                className={`flex min-h-14 flex-col rounded-xl border-2 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-700 ${
                  blocked ? "cursor-not-allowed border-stone-200 bg-stone-100 text-stone-500" : "cursor-pointer border-stone-300 bg-white"
                }`}
              >
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="sessionId"
                    value={s.id}
                    disabled={blocked}
                    checked={selected === s.id}
                    onChange={() => onSelect(s.id)}
                    className="size-4 accent-brand-600"
                  />
                  <span className="text-lg font-semibold">{s.label}</span>
                </span>
                <span className="text-sm">{s.reason ? t(`availability.${s.reason}`) : t("service.left", { n: s.remaining })}</span>
              </label>
            );
          })}
        </div>
      )}
      <FieldError id="session-error" errors={errors} />
    </fieldset>
  );
}

export function PartyPicker({
  party,
  adults,
  childAges,
  onChange,
  childrenOnly,
  max,
  limitNote,
  errors,
}: {
  party: PartyOption;
  adults: number;
  childAges: number[];
  onChange: (adults: number, childAges: number[]) => void;
  childrenOnly: boolean;
  /** At most this many in one booking: once reached, the others can come only instead of someone chosen. */
  max: number;
  limitNote?: string | null;
  errors?: string[];
}) {
  const full = adults + childAges.length >= max;
  const t = useTranslations("service");
  // Children are told apart by their position: two children may share an age.
  const checked = (index: number) => {
    const age = party.children[index].age;
    const before = party.children.slice(0, index).filter((c) => c.age === age).length;
    return childAges.filter((a) => a === age).length > before;
  };
  const toggle = (index: number, on: boolean) => {
    const age = party.children[index].age;
    const next = [...childAges];
    if (on) next.push(age);
    else next.splice(next.indexOf(age), 1);
    onChange(adults, next.sort((a, b) => b - a));
  };
  return (
    <fieldset aria-describedby={errors?.length ? "party-error" : undefined} className="space-y-3">
      <legend className="font-medium">{t("whoComes")}</legend>
      {limitNote && <p className="text-sm text-stone-700">{limitNote}</p>}
      <input type="hidden" name="adults" value={adults} />
      <input type="hidden" name="childAges" value={childAges.join(",")} />
      {!childrenOnly && party.adults > 0 && (
        <div>
          <label htmlFor="party-adults" className="block font-medium">
            {t("adults")}
          </label>
          {/* No name: the hidden fields above carry the choice. */}
          <select id="party-adults" value={adults} onChange={(e) => onChange(Number(e.target.value), childAges)} className={inputClass}>
            {Array.from({ length: Math.max(adults, Math.min(party.adults, max - childAges.length)) + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      {party.children.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {party.children.map((child, i) => (
            <li key={i}>
              <label
                className={`flex min-h-11 items-center gap-2 rounded-lg border px-3 py-2 ${child.eligible ? "cursor-pointer border-stone-300 bg-white" : "border-stone-200 bg-stone-100 text-stone-500"}`}
              >
                <input
                  type="checkbox"
                  checked={checked(i)}
                  disabled={!child.eligible || (full && !checked(i))}
                  onChange={(e) => toggle(i, e.target.checked)}
                  className="size-4 accent-brand-600"
                />
                {t("child", { age: child.age })}
                {!child.eligible && <span className="text-sm">· {t("tooYoung")}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id="party-error" errors={errors} />
    </fieldset>
  );
}

export function DayRangePicker({
  days,
  startDay,
  endDay,
  onChange,
  errors,
}: {
  days: DayOption[];
  startDay: string;
  endDay: string;
  onChange: (startDay: string, endDay: string) => void;
  errors?: { startDay?: string[]; endDay?: string[] };
}) {
  const t = useTranslations("service");
  const option = (d: DayOption) => (
    <option key={d.day} value={d.day}>
      {d.label}
      {d.remaining !== null ? ` — ${t("left", { n: d.remaining })}` : ""}
    </option>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field name="startDay" label={t("from")} errors={errors?.startDay}>
        {(p) => (
          <select {...p} value={startDay} onChange={(e) => onChange(e.target.value, e.target.value > endDay ? e.target.value : endDay)} className={inputClass}>
            {days.map(option)}
          </select>
        )}
      </Field>
      <Field name="endDay" label={t("until")} errors={errors?.endDay}>
        {(p) => (
          <select {...p} value={endDay} onChange={(e) => onChange(startDay, e.target.value)} className={inputClass}>
            {days.filter((d) => d.day >= startDay).map(option)}
          </select>
        )}
      </Field>
    </div>
  );
}

export function QuantityPicker({
  label,
  max,
  value,
  onChange,
  errors,
}: {
  label: string;
  max: number;
  value: number;
  onChange: (n: number) => void;
  errors?: string[];
}) {
  return (
    <Field name="quantity" label={label} errors={errors}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(Number(e.target.value))} className={inputClass}>
          {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
