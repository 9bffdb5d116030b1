// What a page carries for its client components (issue 13 point 3): next-intl serialises the messages handed to
// NextIntlClientProvider into every page. A guest page carries the texts of its own client components: none of the
// back office's, and a page without a booking form none of the booking form's; a back-office page none of the guests'
// booking texts. Prints each page's HTML size.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./fixtures/test";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

function messages(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "../lib/i18n/messages", file), "utf8"));
}

/** Plain sentences of a catalogue (no quotes or markup, so they appear verbatim in the page's payload). */
function sentences(tree: unknown, into: string[] = []): string[] {
  if (typeof tree === "string") {
    if (tree.length >= 25 && /^[A-Za-z ,.]+$/.test(tree)) into.push(tree);
  } else if (tree && typeof tree === "object") {
    for (const value of Object.values(tree)) sentences(value, into);
  }
  return into;
}

const guestTexts = new Set([...sentences(messages("en.json")), ...sentences(messages("en.conversation.json"))]);
// The back office's own sentences (some, like "Please check the highlighted fields.", are the guests' too).
const backOffice = ["en.staff-admin.json", "en.staff-ops.json", "en.staff-stays.json", "en.staff-webhooks.json", "en.staff.json"]
  .flatMap((f) => sentences(messages(f)))
  .filter((text) => !guestTexts.has(text));
const guestBooking = sentences(messages("en.json").service);
const guestReview = sentences((messages("en.json").package as Record<string, unknown>).review);

async function html(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

test("guest pages carry none of the back office's texts", async ({ browser }) => {
  expect(backOffice.length).toBeGreaterThan(20);
  const page = await newGuestPage(browser, { code: "FAM-1001", surname: "Garcia" });
  for (const url of ["/stay", "/packages/family", "/services/fishing", "/requests"]) {
    const body = await html(page, url);
    console.log(`[page weight] guest ${url}: ${(body.length / 1024).toFixed(1)} KiB`);
    expect(backOffice.filter((text) => body.includes(text)), url).toEqual([]);
  }
  const signIn = await html(page, "/signin");
  expect(backOffice.filter((text) => signIn.includes(text)), "/signin").toEqual([]);
});

test("guest pages carry only their own client components' texts", async ({ browser }) => {
  expect(guestBooking.length).toBeGreaterThan(3);
  expect(guestReview.length).toBeGreaterThan(0);
  const page = await newGuestPage(browser, { code: "FAM-1001", surname: "Garcia" });
  // Neither the service booking form nor the package review is on these pages.
  for (const url of ["/stay", "/folio", "/your-data", "/requests"]) {
    const body = await html(page, url);
    expect(guestBooking.filter((text) => body.includes(text)), url).toEqual([]);
    expect(guestReview.filter((text) => body.includes(text)), url).toEqual([]);
  }
  // A service page carries its booking form's texts, but not the package review's.
  const service = await html(page, "/services/fishing");
  expect(guestBooking.filter((text) => service.includes(text)).length, "/services/fishing").toBeGreaterThan(0);
  expect(guestReview.filter((text) => service.includes(text)), "/services/fishing").toEqual([]);
});

test("back-office pages carry none of the guests' booking texts", async ({ browser }) => {
  expect(guestBooking.length).toBeGreaterThan(3);
  const page = await newStaffPage(browser, "reception@demo.hotel");
  for (const url of ["/staff", "/staff/run-sheet", "/staff/stays"]) {
    const body = await html(page, url);
    console.log(`[page weight] staff ${url}: ${(body.length / 1024).toFixed(1)} KiB`);
    expect(guestBooking.filter((text) => body.includes(text)), url).toEqual([]);
  }
});
