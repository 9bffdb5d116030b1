// A request's full trail: every recorded change (who, when, from what to what) and the internal notes, in time order.
import { useFormatter, useTranslations } from "next-intl";
import { formatWhen, When } from "@/components/format";
import { systemNoteOf } from "@/lib/booking-event-notes";
import type { TrailEntry } from "@/server/requests/detail";

type EventEntry = Extract<TrailEntry, { type: "event" }>;

/**
 * What a change did, in the reader's language: from its details, or a note the system writes itself; otherwise the stored
 * note (free text, or an older event's English sentence).
 */
function ChangeNote({ entry, timeZone }: { entry: EventEntry; timeZone: string }) {
  const t = useTranslations("staff.common.trail");
  const format = useFormatter();
  const d = entry.details;
  if (d?.kind === "reschedule") {
    return <>{t("moved", { from: formatWhen(format, new Date(d.from), timeZone, "slot"), to: formatWhen(format, new Date(d.to), timeZone, "slot") })}</>;
  }
  if (d?.kind === "hand_over" && d.fromName !== undefined && d.toName !== undefined) {
    const names = { from: d.fromName, to: d.toName };
    return <>{d.note ? t("handedOverWithNote", { ...names, note: d.note }) : t("handedOver", names)}</>;
  }
  if (d?.kind === "assign") {
    if (d.to) return <>{d.was ? t("assignedWas", { name: d.to, was: d.was }) : t("assigned", { name: d.to })}</>;
    return <>{d.was ? t("unassignedWas", { was: d.was }) : t("unassigned")}</>;
  }
  const system = systemNoteOf(entry.note);
  if (system?.key === "package") return <>{t("package", { slug: system.slug })}</>;
  if (system) return <>{t(system.key)}</>;
  return <>{entry.note}</>;
}

const CHANGE_ACTIONS = ["assign", "reschedule", "hand_over"];

function Heading({ entry }: { entry: EventEntry }) {
  const t = useTranslations("staff.request");
  const tTrail = useTranslations("staff.requestTrail");
  const tStatus = useTranslations("status");
  if (entry.action && CHANGE_ACTIONS.includes(entry.action)) return <>{tTrail(`action.${entry.action}`)}</>;
  return (
    <>
      {entry.fromStatus ? tStatus(entry.fromStatus) : t("created")}
      {entry.toStatus && (
        <>
          {" "}
          <span aria-hidden>→</span>
          <span className="sr-only">{t("to")}</span> {tStatus(entry.toStatus)}
        </>
      )}
    </>
  );
}

export function Trail({ entries, timeZone }: { entries: TrailEntry[]; timeZone: string }) {
  const t = useTranslations("staff.request");
  const tTrail = useTranslations("staff.requestTrail");
  return (
    <section aria-labelledby="trail-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="trail-title" className="text-lg font-semibold">
        {tTrail("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("trailEmpty")}</p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="trail">
          {entries.map((e) => (
            <li
              key={`${e.type}-${e.id}`}
              data-testid={e.type === "note" ? "trail-note" : "trail-event"}
              className={e.type === "note" ? "border-l-2 border-amber-500 bg-amber-50 py-1 pl-3" : "border-l-2 border-stone-300 pl-3"}
            >
              <p className="text-sm text-stone-700">
                <When value={e.at} timeZone={timeZone} /> · {e.actorName ?? t(`actor.${e.actorKind}`)}
              </p>
              {e.type === "note" ? (
                <>
                  <p className="font-medium">{tTrail("internal")}</p>
                  <p className="mt-1 whitespace-pre-line text-stone-800">{e.body}</p>
                </>
              ) : (
                <>
                  <p className="font-medium">
                    <Heading entry={e} />
                  </p>
                  {(e.note || e.details) && (
                    <p className="mt-1 whitespace-pre-line text-stone-800">
                      <ChangeNote entry={e} timeZone={timeZone} />
                    </p>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
