// Which messages each area hands to its client components (NextIntlClientProvider serialises them into every page):
// a guest page carries the texts of its own client components only, not the back office's 30 KB nor the other guest
// pages'; the back office not the guests' booking texts.
// A client component that reads a namespace missing here shows its key and logs MISSING_MESSAGE: add the namespace
// to the area of every page that renders it.
import "server-only";
import { getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n/pick-messages";

// Every page: the error page, the toaster, the language switcher, field errors. The guest layout's client components
// (language switcher, navigation links, toaster) need nothing more, so a guest page without client components of its
// own (/stay, /folio, /your-data) carries only these.
const SHARED = ["app", "nav", "errors", "validation", "ui"] as const;

/** Namespaces as dotted paths ("conversation.thread"), each taken whole. */
const AREAS = {
  shared: SHARED,
  // The sign-in pages (guest and staff) and the landing page.
  public: [...SHARED, "signin", "landing", "staff.signin"],
  // The back office: its own texts, the staff's view of a conversation, and the statuses and prices it shows.
  staff: [...SHARED, "status", "priceLine", "staff", "conversation.staffThread", "conversation.feedback"],
  // A guest service page's booking form (app/(guest)/services/[slug]/booking-form.tsx, pickers.tsx, price lines).
  guestService: [...SHARED, "service", "availability", "priceLine"],
  // A package's review (app/(guest)/packages/[slug]/review/review-form.tsx).
  guestPackageReview: [...SHARED, "package.review", "package.problem", "priceLine", "service"],
  // The guest's list of requests: cancel and offer buttons (app/(guest)/requests/(list)/request-buttons.tsx).
  guestRequests: [...SHARED, "requests"],
  // One request's conversation: message and rating forms (app/(guest)/requests/[id]/thread-forms.tsx).
  guestThread: [...SHARED, "conversation.thread", "conversation.rating"],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof AREAS;

export async function clientMessages(area: MessageArea): Promise<Messages> {
  return pickMessages((await getMessages()) as Messages, AREAS[area]);
}
