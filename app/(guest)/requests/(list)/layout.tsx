// The messages of this page's client components (cancel and offer buttons): app/_server/client-messages.ts.
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/app/_server/client-messages";

export default async function RequestsListLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages("guestRequests")}>{children}</NextIntlClientProvider>;
}
