// Which messages each area hands to its client components (NextIntlClientProvider serialises them into every page):
// a guest page carries the guest's texts, not the back office's 30 KB; the back office not the guests' booking texts.
// A client component that reads a namespace missing here shows its key and logs MISSING_MESSAGE: add the namespace.
import "server-only";
import { getMessages } from "next-intl/server";
import { omitMessages, pickMessages, type Messages } from "@/lib/i18n/pick-messages";

/** Namespaces as dotted paths ("conversation.thread"), each taken whole. */
const AREAS = {
  // Every page: the error page, the toaster, the language switcher, field errors.
  shared: ["app", "nav", "errors", "validation", "ui"],
  // The sign-in pages (guest and staff) and the landing page.
  public: ["app", "nav", "errors", "validation", "ui", "signin", "landing", "staff.signin"],
  // The back office: its own texts, the staff's view of a conversation, and the statuses and prices it shows.
  staff: ["app", "nav", "errors", "validation", "ui", "status", "priceLine", "staff", "conversation.staffThread", "conversation.feedback"],
} as const satisfies Record<string, readonly string[]>;

// The guest's pages: everything but the back office's texts (new guest namespaces are in without a change here).
// roomCard: the room card's texts, printed from the back office in the guest's language (server-rendered only).
const NOT_FOR_GUESTS = ["staff", "conversation.staffThread", "conversation.feedback", "landing", "roomCard"];

export type MessageArea = keyof typeof AREAS | "guest";

export async function clientMessages(area: MessageArea): Promise<Messages> {
  const messages = (await getMessages()) as Messages;
  return area === "guest" ? omitMessages(messages, NOT_FOR_GUESTS) : pickMessages(messages, AREAS[area]);
}
