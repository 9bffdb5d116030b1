// Root layout: language, fonts-free system stack, and the intl provider for client components (only the messages every
// page may need: each area's layout hands its own client components their part, app/_server/client-messages.ts).
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/app/_server/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    icons: { icon: "/favicon.svg" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f6f54" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh antialiased font-sans">
        <NextIntlClientProvider messages={await clientMessages("shared")}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
