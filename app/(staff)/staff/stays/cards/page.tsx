// Printable room cards: hotel, room, guest, and a QR code that opens guest sign-in with the reservation code filled in.
// The page speaks the staff member's language; each card the guest's (it is handed to them).
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { toString as qrSvg } from "qrcode";
import { z } from "zod";
import { PrintButton } from "@/components/print-button";
import { getPropertyName } from "@/server/stays/manage-stays";
import { listRoomCardStays } from "@/server/stays/room-cards";
import type { Locale } from "@/lib/i18n/locales";
import { displayHost, signInUrl } from "@/lib/sign-in-url";
import { requireDeskStaff } from "../_lib/desk";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.qr"))("title") };
}

const MAX_CARDS = 100;

/** "id1,id2,…": ids that are not ids are ignored, at most 100 cards at once. */
const idsQuery = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => [...new Set((v ?? "").split(","))].filter((id) => z.uuid().safeParse(id).success).slice(0, MAX_CARDS));

export default async function RoomCardsPage({ searchParams }: { searchParams: Promise<{ ids?: string }> }) {
  const staff = await requireDeskStaff();
  const ids = idsQuery.parse((await searchParams).ids);
  const [stays, hotel, t, h] = await Promise.all([
    listRoomCardStays(staff.propertyId, ids),
    getPropertyName(staff.propertyId),
    getTranslations("staff.qr"),
    headers(),
  ]);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  // The cards' texts once per language among the chosen guests'.
  const cardTexts = new Map<Locale, Awaited<ReturnType<typeof getTranslations<"roomCard">>>>();
  for (const locale of new Set(stays.map((s) => s.locale))) cardTexts.set(locale, await getTranslations({ locale, namespace: "roomCard" }));
  const cards = await Promise.all(
    stays.map(async (stay) => {
      const url = signInUrl(stay.reservationCode, host, h.get("x-forwarded-proto"));
      // An SVG made here from our own URL: no script or markup from users goes into it.
      const svg = await qrSvg(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
      return { stay, url, svg, tc: cardTexts.get(stay.locale)! };
    }),
  );

  return (
    <>
      <div className="no-print mb-4">
        <Link href="/staff/stays" className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
        {cards.length > 0 && (
          <div className="mt-3">
            <PrintButton label={t("print")} primary />
          </div>
        )}
      </div>
      {cards.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-center text-stone-700 shadow-sm">{t("empty")}</p>
      ) : (
        <div className="room-cards grid gap-4 sm:grid-cols-2">
          {cards.map(({ stay, url, svg, tc }) => (
            <article key={stay.id} lang={stay.locale} data-testid="room-card" className="room-card flex flex-col items-center rounded-2xl bg-white p-6 text-center shadow-sm">
              <p className="text-lg font-semibold text-brand-800">{tc("welcome", { hotel })}</p>
              {stay.room && <p className="mt-1 text-3xl font-bold">{tc("room", { room: stay.room })}</p>}
              <p className="mt-1">{tc("guest", { name: stay.guestName })}</p>
              <div role="img" aria-label={tc("qrLabel", { code: stay.reservationCode })} className="mt-4 w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
              <p className="mt-3 font-semibold">{tc("scan")}</p>
              <p className="mt-3 text-sm text-stone-700">
                {tc.rich("orVisit", {
                  url: displayHost(url),
                  link: (chunks) => (
                    <a href={url} className="font-semibold text-ink underline">
                      {chunks}
                    </a>
                  ),
                })}
              </p>
              <p className="mt-1 text-sm text-stone-700">{tc("code")}</p>
              <p className="font-mono text-2xl font-bold tracking-wider" data-testid="room-card-code">
                {stay.reservationCode}
              </p>
            </article>
          ))}
        </div>
      )}
    </>
  );
}
