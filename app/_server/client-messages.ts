// Which messages each area hands to its client components (NextIntlClientProvider serialises them into every page):
// a guest page carries the guest's texts, not the back office's 30 KB; the back office not the guests' booking texts.
// A client component that reads a namespace missing here shows its key and logs MISSING_MESSAGE: add the namespace.
import "server-only";
import { getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n/pick-messages";

/** Namespaces as dotted paths ("conversation.thread"), each taken whole. */
const AREAS = {
  // Every page: the error page, the toaster, the language switcher, field errors.
  shared: ["app", "nav", "errors", "validation", "ui"],
  // The sign-in pages (guest and staff) and the landing page.
  public: ["app", "nav", "errors", "validation", "ui", "signin", "landing", "staff.signin"],
  // The guest's pages: their booking forms, requests, thread and rating.
  guest: [
    "app", "nav", "errors", "validation", "ui", "home", "package", "service", "availability", "status", "requests",
    "priceLine", "folio", "suggest", "conversation.thread", "conversation.rating",
  ],
  // The back office: its own texts, the staff's view of a conversation, and the statuses and prices it shows.
  staff: ["app", "nav", "errors", "validation", "ui", "status", "priceLine", "staff", "conversation.staffThread", "conversation.feedback"],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof AREAS;

export async function clientMessages(area: MessageArea): Promise<Messages> {
  return pickMessages((await getMessages()) as Messages, AREAS[area]);
}
