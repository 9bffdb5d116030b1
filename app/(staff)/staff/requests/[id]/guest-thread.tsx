"use client";
// The messages between guest and staff on a request, and a form to write to the guest (not an internal note).
import { useTranslations } from "next-intl";
import { RequestTextForm } from "@/components/staff/request-text-form";
import { sendGuestMessageAction } from "./guest-thread-actions";

export type ThreadMessage = { id: string; at: string; authorKind: "guest" | "staff" | "system"; authorName: string | null; body: string; when: string };

export function GuestThread({ bookingId, messages }: { bookingId: string; messages: ThreadMessage[] }) {
  const t = useTranslations("conversation.staffThread");
  return (
    <section aria-labelledby="guest-thread-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="guest-thread-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {messages.length === 0 ? (
        <p className="mt-2 text-stone-700">{t("empty")}</p>
      ) : (
        <ol className="mt-2 space-y-2" data-testid="guest-thread">
          {messages.map((m) => (
            <li key={m.id} className={`rounded-xl p-3 ${m.authorKind === "guest" ? "bg-amber-50" : "bg-stone-100"}`}>
              <p className="text-sm text-stone-600">
                {m.authorKind === "guest" ? `${t("guest")}${m.authorName ? ` (${m.authorName})` : ""}` : m.authorName} ·{" "}
                <time dateTime={m.at}>{m.when}</time>
              </p>
              <p className="whitespace-pre-wrap">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <RequestTextForm
        bookingId={bookingId}
        action={sendGuestMessageAction}
        fieldId="guestMessage"
        label={t("label")}
        hint={t("hint")}
        maxLength={1000}
        submitLabel={t("send")}
        pendingLabel={t("sending")}
        sentMessage={t("sent")}
      />
    </section>
  );
}
