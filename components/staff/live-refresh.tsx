"use client";
// Keeps a back-office page current: listens to /api/staff/events and re-renders the page when a booking changes.
import { useEffect, useEffectEvent, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type Props = {
  /** Only changes of this booking matter (a request page); all of them otherwise (the queue). */
  bookingId?: string;
  /** Announce new requests ("New request") politely to screen readers and on screen. */
  announceNew?: boolean;
};

type State = "connecting" | "live" | "reconnecting";

const DEBOUNCE_MS = 300;
// A stream the browser gave up on (e.g. the server answered with an error) is reopened after this.
const REOPEN_MS = 5_000;

export function LiveRefresh({ bookingId, announceNew = false }: Props) {
  const t = useTranslations("staff.live");
  const router = useRouter();
  const [state, setState] = useState<State>("connecting");
  const [newCount, setNewCount] = useState(0);
  // The router object may change between renders; the stream must not be reopened for that.
  const refresh = useEffectEvent(() => router.refresh());

  useEffect(() => {
    let source: EventSource | null = null;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let wasLive = false;
    let stopped = false;

    const refreshSoon = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => refresh(), DEBOUNCE_MS);
    };

    const open = () => {
      source = new EventSource("/api/staff/events");
      source.addEventListener("ready", () => {
        // After a gap, changes may have been missed: catch up once.
        if (wasLive) refreshSoon();
        wasLive = true;
        setState("live");
      });
      source.addEventListener("booking", (event) => {
        let change: { bookingId?: string; kind?: string } = {};
        try {
          change = JSON.parse((event as MessageEvent<string>).data);
        } catch {}
        if (change.kind !== "resync" && bookingId && change.bookingId !== bookingId) return;
        if (announceNew && change.kind === "created") setNewCount((n) => n + 1);
        refreshSoon();
      });
      source.addEventListener("error", () => {
        if (stopped) return;
        setState("reconnecting");
        // EventSource retries by itself unless it gave up (CLOSED); then try again later.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(open, REOPEN_MS);
        }
      });
    };
    open();

    return () => {
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(reopen);
      source?.close();
    };
  }, [bookingId, announceNew]);

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span data-live={state} className="inline-flex items-center gap-1.5 text-stone-700">
        <span
          aria-hidden
          className={`inline-block size-2.5 rounded-full ${state === "live" ? "bg-emerald-600" : "bg-amber-500"}`}
        />
        {t(state)}
      </span>
      {announceNew && (
        <div role="status" aria-live="polite" aria-atomic="true" className="empty:hidden">
          {newCount > 0 && (
            <span className="inline-block rounded-full bg-brand-600 px-2.5 py-0.5 font-semibold text-white">
              {t("newRequests", { count: newCount })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
