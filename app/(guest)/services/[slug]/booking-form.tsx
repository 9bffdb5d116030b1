"use client";
// The booking form of a service page: the mode's pickers, the live total with every line, and Book (or join the waiting list).
import { useActionState, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, inputClass, useFailureText } from "@/components/field";
import { Price } from "@/components/format";
import { PriceLines } from "@/components/price-lines";
import { SubmitButton } from "@/components/submit-button";
import { useResultToast } from "@/components/toast";
import { quote, type AgeBand, type Priced, type Quote } from "@/lib/pricing";
import { newRequestKey } from "@/lib/request-key";
import { bookServiceAction } from "../../actions";
import { DayRangePicker, PartyPicker, QuantityPicker, SessionPicker, type DayOption, type PartyOption, type SessionOption } from "./pickers";

export type { DayOption, PartyOption, SessionOption };

type Mode = "timed" | "ticket" | "on_request" | "rental";

/** Nothing to subscribe to: the snapshot only tells the server's HTML (false) from the hydrated page (true). */
const subscribeNothing = () => () => {};

export function BookingForm(props: {
  serviceSlug: string;
  mode: Mode;
  sessions: SessionOption[];
  days: DayOption[];
  /** Who may take part, when the booking counts people; null for items. */
  party: PartyOption | null;
  childrenOnly: boolean;
  priced: Priced;
  ageBands: AgeBand[];
  familyDiscountBp: number;
  currency: string;
  maxQuantity: number;
  /** The places of one session, when fewer than a booking may have: said next to who comes. */
  perSession?: number | null;
  instant: boolean;
  /** Made on the server so the hydrated form starts with the key it was rendered with. */
  initialKey: string;
}) {
  const { serviceSlug, mode, sessions, days, party, childrenOnly, priced, currency, maxQuantity, instant } = props;
  const t = useTranslations();
  const failureText = useFailureText();
  const router = useRouter();
  const [state, action] = useActionState(bookServiceAction, null);
  // One key per booking attempt: a double click or a retried submit is the same booking.
  const [idempotencyKey, setIdempotencyKey] = useState(props.initialKey);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(1);
  // Who would really take part comes by default: the children a per-child service is for, or the whole party that
  // may take part in a per-person one (the eldest first), never more than one booking takes.
  const [adults, setAdults] = useState(party && !childrenOnly ? Math.min(party.adults, maxQuantity) : 0);
  const [childAges, setChildAges] = useState<number[]>(() =>
    party
      ? party.children
          .filter((c) => c.eligible)
          .map((c) => c.age)
          .sort((a, b) => b - a)
          .slice(0, Math.max(0, maxQuantity - (childrenOnly ? 0 : Math.min(party.adults, maxQuantity))))
      : [],
  );
  const [range, setRange] = useState({ startDay: days[0]?.day ?? "", endDay: days[0]?.day ?? "" });
  // False in the server's HTML, true once hydrated.
  const ready = useSyncExternalStore(subscribeNothing, () => true, () => false);
  // A new result is noticed while rendering (not in an effect, which would render twice): a booking gets a new key.
  const [seen, setSeen] = useState(state);
  // The booking just made: shown in place of the form until the guest deliberately asks to book again, so a second
  // tap where the button was cannot book twice.
  const [done, setDone] = useState<Extract<typeof state, { ok: true }>["data"] | null>(null);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setIdempotencyKey(newRequestKey());
      setDone(state.data);
    }
  }
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Seats changed either way: show the availability as it is now.
    if (state) router.refresh();
  }, [state, router]);
  useEffect(() => {
    // The booking takes the form's place: bring it into view and give it the focus (a screen reader reads it).
    if (done) doneRef.current?.focus();
  }, [done]);

  useResultToast(state, (s) =>
    s.ok
      ? { kind: "success", text: t(s.data.status === "waitlisted" ? "service.waitlisted" : s.data.status === "confirmed" ? "service.bookedInstant" : "service.bookedRequest") }
      : s.code === "input:invalid"
        ? null
        : { kind: "error", text: failureText(s) },
  );

  const people = party ? adults + childAges.length : quantity;
  const dayCount = useMemo(() => {
    if (mode !== "rental" || !range.startDay) return undefined;
    const n = Math.round((Date.parse(range.endDay) - Date.parse(range.startDay)) / 86_400_000) + 1;
    return priced.priceUnit === "per_night" ? Math.max(1, n - 1) : n;
  }, [mode, range, priced.priceUnit]);
  const total: Quote | null = useMemo(() => {
    try {
      return quote(priced, {
        quantity: people,
        participants: party ? { adults, childAges } : undefined,
        days: dayCount,
        ageBands: props.ageBands,
        familyDiscountBp: props.familyDiscountBp,
      });
    } catch {
      return null; // nobody chosen yet
    }
  }, [priced, people, party, adults, childAges, dayCount, props.ageBands, props.familyDiscountBp]);

  const chosenSession = sessions.find((s) => s.id === sessionId);
  const waitlist = chosenSession?.reason === "full" || (state && !state.ok && state.code === "booking:full" && mode === "rental");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const tooMany = people > maxQuantity;

  if (done) {
    return (
      <div className="space-y-4" data-ready={ready || undefined}>
        <div role="status" aria-live="polite">
          <div ref={doneRef} tabIndex={-1} data-testid="booked" className="rounded-xl bg-emerald-50 p-4 text-emerald-950 outline-none ring-1 ring-emerald-200">
            <p className="font-semibold">
              {done.status === "waitlisted" ? t("service.waitlisted") : done.status === "confirmed" ? t("service.bookedInstant") : t("service.bookedRequest")}
            </p>
            {done.status !== "waitlisted" && done.totalMinor > 0 && (
              <p className="mt-1 text-sm">
                {t("service.bookedTotal")} <Price minor={done.totalMinor} currency={currency} />
              </p>
            )}
            <Link
              href={done.bookingId ? `/requests/${done.bookingId}` : "/requests"}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4"
            >
              {done.bookingId ? t("service.seeBooking") : t("service.seeRequests")}
            </Link>
          </div>
        </div>
        <button
          type="button"
          onClick={() => setDone(null)}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-xl border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("service.bookAgain")}
        </button>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-5" noValidate data-ready={ready || undefined}>
      <input type="hidden" name="serviceSlug" value={serviceSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="intent" value={waitlist ? "waitlist" : "book"} />

      {(mode === "timed" || mode === "ticket") && (
        <SessionPicker sessions={sessions} selected={sessionId} onSelect={setSessionId} errors={errors?.sessionId} />
      )}
      {mode === "rental" && (
        <DayRangePicker
          days={days}
          startDay={range.startDay}
          endDay={range.endDay}
          onChange={(startDay, endDay) => setRange({ startDay, endDay })}
          errors={{ startDay: errors?.startDay, endDay: errors?.endDay }}
        />
      )}
      {party ? (
        <>
          <input type="hidden" name="quantity" value={people} />
          <PartyPicker
            party={party}
            adults={adults}
            childAges={childAges}
            childrenOnly={childrenOnly}
            max={maxQuantity}
            limitNote={props.perSession ? t(childrenOnly ? "service.perSessionChildren" : "service.perSessionPeople", { n: props.perSession }) : null}
            onChange={(a, c) => {
              setAdults(a);
              setChildAges(c);
            }}
            errors={[...(errors?.quantity ?? []), ...(tooMany ? [`validation.max_per_booking:${maxQuantity}`] : [])]}
          />
        </>
      ) : (
        <QuantityPicker
          label={t(mode === "rental" ? "service.units" : "service.quantityItems")}
          max={maxQuantity}
          value={quantity}
          onChange={setQuantity}
          errors={errors?.quantity}
        />
      )}
      {mode === "on_request" && (
        <Field name="dueAt" label={t("service.dueAt")} hint={t("service.dueAtHint")} errors={errors?.dueAt}>
          {(p) => <input {...p} type="datetime-local" className={inputClass} />}
        </Field>
      )}
      <Field name="note" label={t("service.note")} hint={t("service.noteHint")} errors={errors?.note}>
        {(p) => <textarea {...p} rows={2} maxLength={500} className={inputClass} />}
      </Field>

      <div className="rounded-xl bg-brand-50 p-4" aria-live="polite">
        {total ? <PriceLines lines={total.lines} totalMinor={total.totalMinor} taxMinor={total.taxMinor} currency={currency} /> : <p>{t("service.choosePeople")}</p>}
        <p className="mt-2 text-sm text-stone-700">{t("service.chargedToRoom")}</p>
      </div>

      <div role="status" aria-live="polite">
        {state && !state.ok && state.code !== "input:invalid" && (
          <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
            {failureText(state)}
            {state.code === "booking:full" && mode === "rental" && <> {t("service.waitlistOffer")}</>}
          </p>
        )}
      </div>

      <SubmitButton pendingLabel={t("service.booking")} className="w-full text-lg">
        {waitlist ? t("service.joinWaitlist") : instant ? t("service.book") : t("service.request")}
      </SubmitButton>
    </form>
  );
}
