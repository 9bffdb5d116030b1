// Landing and sign-in pages: their client components get the sign-in texts, not the guests' or the back office's.
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/app/_server/client-messages";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages("public")}>{children}</NextIntlClientProvider>;
}
