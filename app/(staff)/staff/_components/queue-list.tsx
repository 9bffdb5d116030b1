// The request queue's rows: cards on phones, a table on wide screens; VIP marked, overdue ones stand out,
// and a request whose guest wrote last says so.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Day, When } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import type { QueueRow } from "@/server/requests/queue";
import { languageName } from "@/lib/i18n/locales";
import { ParticipantsText } from "@/components/staff/participants";
import type { Waiting } from "@/lib/sla";

export type QueueItem = Omit<QueueRow, "serviceName"> & { service: string; waiting: Waiting | null };

function VipMark() {
  const t = useTranslations("staff.queue");
  return (
    <span className="inline-block rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-amber-950">
      <span aria-hidden>★ </span>
      <span aria-hidden>{t("vip")}</span>
      <span className="sr-only">{t("vipLabel")}</span>
    </span>
  );
}

/** The guest wrote last on the request's thread: a message waits for an answer. */
function GuestWroteMark() {
  const t = useTranslations("staff.queue");
  return (
    <span className="inline-block rounded-full bg-sky-100 px-2 py-0.5 text-xs font-bold text-sky-950" data-testid="guest-wrote">
      <span aria-hidden>✉ </span>
      <span aria-hidden>{t("guestWrote")}</span>
      <span className="sr-only">{t("guestWroteLabel")}</span>
    </span>
  );
}

function GuestLanguage({ locale }: { locale: string | null }) {
  const t = useTranslations("staff.queue");
  // The guest's language named in the staff member's ("Hungarian", "ฮังการี").
  const name = languageName(locale, useLocale());
  if (!name) return null;
  return (
    <span className="ml-1 inline-block rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800" title={t("language", { name })}>
      <span className="sr-only">{t("language", { name })}</span>
      <span aria-hidden>{name}</span>
    </span>
  );
}

/** How long an unanswered request has waited; otherwise what became of it: answered (still open) or how it ended. */
function WaitingText({ row }: { row: QueueItem }) {
  const t = useTranslations("staff.queue");
  const { waiting, status } = row;
  if (!waiting) {
    const text = status === "requested" || status === "confirmed" || status === "in_progress" ? t("answered") : t(`closed.${status}`);
    return (
      <span className="text-stone-700" data-testid="queue-state">
        {text}
      </span>
    );
  }
  return (
    <span className={waiting.overdue ? "font-semibold text-red-800" : "text-stone-800"} data-testid="queue-state">
      {waiting.overdue && (
        <strong className="mr-1 inline-block rounded bg-red-700 px-1.5 py-0.5 text-xs text-white">{t("overdue")}</strong>
      )}
      {t("waiting", { minutes: waiting.minutes, target: waiting.target })}
    </span>
  );
}

function Scheduled({ row, timeZone }: { row: QueueItem; timeZone: string }) {
  const t = useTranslations("staff.queue");
  if (row.scheduledAt) return <When value={row.scheduledAt} timeZone={timeZone} />;
  if (row.startDay && row.endDay) {
    return (
      <>
        <Day day={row.startDay} /> – <Day day={row.endDay} />
      </>
    );
  }
  return <>{t("asap")}</>;
}

function Assignee({ row }: { row: QueueItem }) {
  const t = useTranslations("staff.queueList");
  return <span className="text-sm text-stone-700">{row.assigneeName ? t("assignedTo", { name: row.assigneeName }) : t("unassigned")}</span>;
}

function RequestLink({ row }: { row: QueueItem }) {
  const t = useTranslations("staff.queue");
  return (
    <Link
      href={`/staff/requests/${row.id}`}
      aria-label={t("open", { service: row.service, guest: row.guestName })}
      className="font-semibold text-brand-700 underline"
    >
      {row.service}
    </Link>
  );
}

function Room({ room }: { room: string | null }) {
  const t = useTranslations("staff.queue");
  return <>{room ? t("room", { room }) : t("noRoom")}</>;
}

/** Phones: one card per request. */
export function QueueCards({ rows, timeZone }: { rows: QueueItem[]; timeZone: string }) {
  const t = useTranslations("staff.queue");
  return (
    <ul className="mt-4 space-y-3 md:hidden" data-testid="queue-cards">
      {rows.map((row) => (
        <li
          key={row.id}
          className={`rounded-2xl p-4 shadow-sm ${row.waiting?.overdue ? "border-l-4 border-red-700 bg-red-50" : "bg-white"}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={row.status} />
            {row.vip && <VipMark />}
            {row.awaitingReply && <GuestWroteMark />}
          </div>
          <p className="mt-2 text-lg">
            <RequestLink row={row} />
          </p>
          <p className="text-sm text-stone-700">{row.departmentName}</p>
          <p className="mt-1">
            {row.guestName} · <Room room={row.room} /> <GuestLanguage locale={row.guestLocale} />
          </p>
          <p className="text-sm">
            <Scheduled row={row} timeZone={timeZone} /> · {t("quantity", { n: row.quantity })}
          </p>
          {row.participants && (
            <p className="text-sm" data-testid="taking-part">
              <ParticipantsText participants={row.participants} />
            </p>
          )}
          <p className="mt-1 text-sm">
            <WaitingText row={row} />
          </p>
          <p>
            <Assignee row={row} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Wide screens: a table. */
export function QueueTable({ rows, timeZone }: { rows: QueueItem[]; timeZone: string }) {
  const t = useTranslations("staff.queue");
  const th = "px-3 py-2 text-left text-sm font-semibold text-stone-700";
  return (
    <div className="mt-4 hidden overflow-hidden rounded-2xl bg-white shadow-sm md:block">
      <table className="w-full border-collapse">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className={th}>{t("col.status")}</th>
            <th scope="col" className={th}>{t("col.service")}</th>
            <th scope="col" className={th}>{t("col.guest")}</th>
            <th scope="col" className={th}>{t("col.when")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.quantity")}</th>
            <th scope="col" className={th}>{t("col.waiting")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-t border-stone-200 align-top ${row.waiting?.overdue ? "bg-red-50" : ""}`}>
              <td className="px-3 py-3">
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={row.status} />
                  {row.vip && <VipMark />}
                  {row.awaitingReply && <GuestWroteMark />}
                </div>
              </td>
              <td className="px-3 py-3">
                <RequestLink row={row} />
                <div className="text-sm text-stone-700">{row.departmentName}</div>
              </td>
              <td className="px-3 py-3">
                {row.guestName}
                <div className="text-sm text-stone-700">
                  <Room room={row.room} />
                </div>
                <GuestLanguage locale={row.guestLocale} />
              </td>
              <td className="px-3 py-3">
                <Scheduled row={row} timeZone={timeZone} />
              </td>
              <td className="px-3 py-3 text-right tabular-nums">
                {row.quantity}
                {row.participants && (
                  <div className="text-sm text-stone-700" data-testid="taking-part">
                    <ParticipantsText participants={row.participants} />
                  </div>
                )}
              </td>
              <td className="px-3 py-3">
                <WaitingText row={row} />
                <div>
                  <Assignee row={row} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
