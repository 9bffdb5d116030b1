// A request's full trail: every recorded change (who, when, from what to what) and the internal notes, in time order.
import { useTranslations } from "next-intl";
import { When } from "@/components/format";
import type { TrailEntry } from "@/server/requests/detail";

const CHANGE_ACTIONS = ["assign", "reschedule", "hand_over"];

function Heading({ entry }: { entry: Extract<TrailEntry, { type: "event" }> }) {
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
                  {e.note && <p className="mt-1 whitespace-pre-line text-stone-800">{e.note}</p>}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
