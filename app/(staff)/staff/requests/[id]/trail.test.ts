// The request trail in the staff member's language: changes with details (reschedule, hand-over, assign) are told from
// them in that language, with Gregorian dates in Thai; older events without details show their stored note.
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider, type Formats } from "next-intl";
import { describe, expect, it } from "vitest";
import { appFormats } from "@/lib/i18n/formats";
import { loadStaffMessages } from "@/lib/i18n/staff-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { TrailEntry } from "@/server/requests/detail";
import { Trail } from "./trail";

const at = new Date("2026-12-04T09:00:00Z");
const event = (id: string, action: string, details: Extract<TrailEntry, { type: "event" }>["details"], note: string | null): TrailEntry => ({
  type: "event",
  id,
  at,
  actorKind: "staff",
  actorName: "Rafa Desk",
  action,
  fromStatus: "confirmed",
  toStatus: "confirmed",
  note,
  details,
});

const ENTRIES: TrailEntry[] = [
  event("1", "reschedule", { kind: "reschedule", from: "2026-12-05T09:00:00Z", to: "2026-12-05T11:00:00Z" }, "Moved from Sat 5 Dec, 10:00 to Sat 5 Dec, 12:00"),
  event("2", "hand_over", { kind: "hand_over", fromDepartmentId: "a", toDepartmentId: "b", fromName: "Spa", toName: "Kitchen", note: "bring towels" }, "Handed over from Spa to Kitchen: bring towels"),
  event("3", "assign", { kind: "assign", to: "Ada Spa", was: "Mia Boss" }, "Assigned to Ada Spa (was Mia Boss)"),
  event("4", "assign", null, "Assigned to Old Entry"),
  event("5", "", null, "Not answered in time"),
  event("6", "", null, "Package: family"),
  event("7", "", null, "The guest asked for a later time"),
];

async function render(locale: Locale): Promise<string> {
  const read = async (name: string) => (await import(`../../../../../lib/i18n/messages/${name}.json`).catch(() => null))?.default ?? null;
  const messages = { status: (await read(locale)).status, staff: await loadStaffMessages(locale, read) };
  const provider = { locale, messages, formats: appFormats("staff") as Formats, timeZone: "UTC" } as unknown as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider, createElement(Trail, { entries: ENTRIES, timeZone: "Asia/Bangkok" })));
}

describe("Trail", () => {
  it("in English reads as the stored notes did", async () => {
    const html = await render("en");
    expect(html).toContain("Handed over from Spa to Kitchen: bring towels");
    expect(html).toContain("Assigned to Ada Spa (was Mia Boss)");
    expect(html).toContain("Assigned to Old Entry");
    expect(html).toContain("Not answered in time");
    expect(html).toContain("Package: family");
    expect(html).toMatch(/Moved from Sat, Dec 5, 04:00 PM to Sat, Dec 5, 06:00 PM/);
  });

  it("in Thai: the changes in Thai, dates Gregorian; an event without details keeps its note", async () => {
    const html = await render("th");
    expect(html).toContain("ส่งต่อจาก Spa ไปยัง Kitchen: bring towels");
    expect(html).toContain("มอบหมายให้ Ada Spa (เดิม Mia Boss)");
    expect(html).toContain("ย้ายจาก ");
    expect(html).toContain("Assigned to Old Entry");
    expect(html).toContain("ไม่ได้รับการตอบกลับทันเวลา");
    expect(html).toContain("แพ็กเกจ: family");
    expect(html).toContain("The guest asked for a later time");
    expect(html).toContain("2026");
    expect(html).not.toContain("2569");
  });
});
