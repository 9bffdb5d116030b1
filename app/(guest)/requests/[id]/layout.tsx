// The messages of this page's client components (message and rating forms): app/_server/client-messages.ts.
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/app/_server/client-messages";

export default async function GuestRequestLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages("guestThread")}>{children}</NextIntlClientProvider>;
}
