// Notifications and ratings in Chromium against a real SMTP server (the run's mailbox, e2e/fixtures/mailbox.ts, on E2E_SMTP_PORT):
// Garcia asks for horse riding, reception confirms → the "confirmed" email arrives; reception marks it
// fulfilled → Garcia rates it 2 with a complaint → the manager sees it under Flagged feedback.
// Novak books the petting zoo for tomorrow → the reminder email arrives (REMINDER_MINUTES is 48 h in e2e).
// Garcia, in Hungarian on a phone, asks for babysitting → the emails arrive in Hungarian → she rates it.
import { expect, test, type Page } from "./fixtures/test";
import { mailbox } from "./fixtures/mailbox";
import { book, key, pickSession, sessionsOn, signIn } from "./fixtures/api-client";
import { hotelDayFromToday } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage, phone } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

const GARCIA = { code: "FAM-1001", surname: "Garcia" };
const NOVAK = { code: "CPL-2002", surname: "Novak" };

test("confirmed by email, then rated 2 with a complaint, which the manager sees flagged", async ({ browser, playwright, baseURL }) => {
  // Garcia asks for a ride a few days ahead (approval needed), through the REST API.
  const api = await signIn(playwright.request, baseURL!, GARCIA);
  let sessionId: string | undefined;
  for (const offset of [4, 5, 3, 6]) {
    const free = (await sessionsOn(api, "horse-riding", hotelDayFromToday(offset))).find((s) => s.reason === null && s.remaining >= 1);
    if (free) {
      sessionId = free.id;
      break;
    }
  }
  expect(sessionId, "a horse-riding session with a free place").toBeTruthy();
  const created = await book(api, { serviceSlug: "horse-riding", sessionId, quantity: 1 }, key("notify"));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bookingId: string = created.body.booking.bookingId;
  expect(created.body.booking.status).toBe("requested");

  // Reception confirms in the back office.
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await staff.goto(`/staff/requests/${bookingId}`);
  await staff.getByRole("button", { name: "Confirm" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Confirmed" })).toBeVisible();

  // The email reaches the SMTP server (the housekeeping pass sends it within seconds).
  const confirmation = async () => (await mailbox()).find((m) => m.to.includes("garcia@example.com") && m.text.includes(`/requests/${bookingId}`));
  await expect.poll(async () => (await confirmation())?.subject, { timeout: 30_000 }).toBe("Confirmed: Horse riding");
  expect((await confirmation())!.text).toContain("Good news: your request for Horse riding");
  expect((await confirmation())!.text).toContain("is confirmed");

  // Reception writes to the guest, then marks it fulfilled.
  await staff.getByLabel("Message to guest").fill("Please wear long trousers.");
  await staff.getByRole("button", { name: "Send to guest" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Sent to the guest." })).toBeVisible();
  await staff.getByRole("button", { name: "Mark fulfilled" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Fulfilled" })).toBeVisible();

  // Garcia sees the timeline and the message, and rates it from My requests.
  const guest = await newGuestPage(browser, { ...GARCIA, viaRoomCardLink: true });
  await guest.goto("/requests");
  await guest.locator(`a[href="/requests/${bookingId}"][data-testid="rate-prompt"]`).click();
  await expect(guest.getByRole("heading", { level: 1, name: "Horse riding" })).toBeVisible();
  await expect(guest.getByTestId("thread")).toContainText("Please wear long trousers.");
  await expect(guest.getByTestId("timeline")).toContainText("Fulfilled");
  await guest.getByRole("radio", { name: "2 of 5" }).check();
  await guest.getByLabel("Comment (optional)").fill("The horse was not ready, we waited 40 minutes.");
  await guest.getByLabel(/This is a complaint/).check();
  await guest.getByRole("button", { name: "Send rating" }).click();
  await expect(guest.getByRole("status").filter({ hasText: "The manager will look into it" })).toBeVisible();
  await guest.reload();
  await expect(guest.getByTestId("rating")).toContainText("You rated it 2 of 5.");

  // The "rate it" email arrived too.
  await expect
    .poll(async () => (await mailbox()).some((m) => m.to.includes("garcia@example.com") && m.subject === "How was Horse riding? Rate it"), { timeout: 30_000 })
    .toBe(true);

  // The manager sees it flagged and resolves it.
  const manager = await newStaffPage(browser, "manager@demo.hotel", { waitFor: "queue" });
  await manager.getByRole("link", { name: "Feedback" }).click();
  await expect(manager.getByRole("heading", { name: "Flagged feedback" })).toBeVisible();
  const flagged = manager.getByTestId("flagged").filter({ hasText: "The horse was not ready" });
  await expect(flagged).toContainText("Elena Garcia");
  await expect(flagged).toContainText("Horse riding");
  await expect(flagged).toContainText("2 / 5");
  await expect(flagged).toContainText("Complaint");
  await flagged.getByRole("button", { name: "Mark resolved" }).click();
  await expect(manager.getByTestId("flagged").filter({ hasText: "The horse was not ready" })).toHaveCount(0);
});

test("a reminder email arrives before a timed service booked for tomorrow", async ({ playwright, baseURL }) => {
  // playwright.config.ts sets REMINDER_MINUTES to 48 h for e2e, so tomorrow's visit is already within the window.
  // The petting zoo is booked by no other spec, so tomorrow's sessions are free whatever ran before or runs beside it.
  const api = await signIn(playwright.request, baseURL!, NOVAK);
  const session = await pickSession(api, "petting-zoo", 1, [1]);
  const created = await book(api, { serviceSlug: "petting-zoo", sessionId: session.id, quantity: 1 }, key("reminder"));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bookingId: string = created.body.booking.bookingId;
  expect(created.body.booking.status).toBe("confirmed");

  // The housekeeping pass (every 2 s in e2e) queues the reminder and sends it.
  const reminder = async () =>
    (await mailbox()).find((m) => m.to.includes("novak@example.com") && m.text.includes(`/requests/${bookingId}`) && m.subject.startsWith("Reminder: "));
  await expect.poll(async () => (await reminder())?.subject, { timeout: 30_000 }).toMatch(/^Reminder: Petting zoo at /);
  expect((await reminder())!.text).toContain("A reminder: Petting zoo starts at ");
  expect((await reminder())!.text).toContain("Dear ");
});

/** The links to the request pages listed under My requests. */
async function requestLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/requests/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)];
}

test("the family guest, in Hungarian on a phone, asks for babysitting, gets the emails in Hungarian and rates it", async ({ browser }) => {
  test.setTimeout(120_000); // two browsers, two emails, a rating
  // A family of its own (children 1 and 7, as the demo's Garcias), made at the desk: the browser's Hungarian is kept on
  // the stay, and other specs running at the same time book for the demo's Garcias in English.
  const garcia = { code: uniqueCode("FAMHU"), surname: GARCIA.surname };
  const desk = await newStaffPage(browser, "reception@demo.hotel");
  await createStayAtDesk(desk, { ...garcia, name: "Elena Garcia", email: "garcia@example.com", childrenAges: [1, 7] });
  await desk.context().close();
  // Garcia's browser speaks Hungarian; nothing is switched by hand.
  const context = await browser.newContext({ ...phone, locale: "hu-HU" });
  const guest = await context.newPage();
  await guest.goto("/signin");
  await expect(guest.locator("html")).toHaveAttribute("lang", "hu");
  await guest.getByLabel("Foglalási kód").fill(garcia.code);
  await guest.getByLabel("Vezetéknév").fill(garcia.surname);
  await guest.getByRole("button", { name: "Bejelentkezés" }).click();
  await expect(guest.getByRole("heading", { name: /Üdvözöljük, Elena Garcia/ })).toBeVisible();
  await guest.goto("/requests");
  await expect(guest.getByRole("heading", { level: 1, name: "Kéréseim" })).toBeVisible();
  const before = await requestLinks(guest);
  await guest.goto("/stay");

  // Family package → babysitting, three days ahead (tomorrow's sessions may be taken by the API tests).
  await guest.getByRole("link", { name: /Mit tartalmaz\?.*Családi csomag/ }).click();
  await guest.getByRole("link", { name: /Bébiszitter/ }).click();
  await expect(guest.getByRole("heading", { level: 1, name: "Bébiszitter" })).toBeVisible();
  await expect(guest.getByText("Szolgáltató: Gyerekklub")).toBeVisible();
  const days = guest.getByRole("navigation", { name: "Nap" }).getByRole("link");
  await days.nth(3).click();
  await expect(days.nth(3)).toHaveAttribute("aria-current", "date");
  await expect(guest.locator("form[data-ready]")).toBeVisible();
  await guest.getByRole("radio", { disabled: false }).first().check();
  // The babysitter looks after both children (ticked by default); the parents go out and are not offered.
  await expect(guest.getByLabel("Felnőttek")).toHaveCount(0);
  await expect(guest.getByRole("checkbox", { name: "Gyermek, 1 éves" })).toBeChecked();
  await expect(guest.getByRole("checkbox", { name: "Gyermek, 7 éves" })).toBeChecked();
  // €18 an hour per child, three hours, two children; CLDR writes "108,00 EUR" in Hungarian.
  await expect(guest.getByTestId("total")).toHaveText(/^108,00\s(EUR|€)$/);
  await guest.getByLabel("Megjegyzés a munkatársaknak (nem kötelező)").fill("A kicsi nyolckor alszik el.");
  await guest.getByRole("button", { name: "Kérés elküldése" }).click();
  await expect(guest.getByRole("status").filter({ hasText: /Kérését elküldtük/ })).toBeVisible();

  // My requests, in Hungarian: the request waits for the kids' club.
  await guest.getByRole("link", { name: "Kéréseim" }).first().click();
  // Other specs give Garcia babysitting too (the API tests, the whole family package): this one is the new link.
  await expect(guest.getByRole("heading", { level: 1, name: "Kéréseim" })).toBeVisible();
  const fresh = (await requestLinks(guest)).filter((href) => !before.includes(href));
  expect(fresh).toHaveLength(1);
  const bookingId = fresh[0].split("/").pop()!;
  const item = guest.getByRole("listitem").filter({ has: guest.locator(`a[href="${fresh[0]}"]`) });
  await expect(item.getByRole("heading", { name: "Bébiszitter" })).toBeVisible();
  await expect(item).toContainText("Visszaigazolásra vár");
  await expect(item.getByTestId("answer-expected")).toContainText("Válasz várható:");
  await expect(item).toContainText(/Összesen: 108,00\s(EUR|€)/);

  // The kids' club confirms and, after the evening, marks it fulfilled.
  const staff = await newStaffPage(browser, "kids@demo.hotel", { waitFor: "queue" });
  await staff.goto(`/staff/requests/${bookingId}`);
  await expect(staff.getByText("A kicsi nyolckor alszik el.")).toBeVisible();
  await staff.getByRole("button", { name: "Confirm" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Confirmed" })).toBeVisible();

  // Both emails arrive, in Hungarian.
  const mail = async (subject: string) =>
    (await mailbox()).find((m) => m.to.includes("garcia@example.com") && m.text.includes(`/requests/${bookingId}`) && m.subject === subject);
  await expect.poll(async () => (await mail("Visszaigazolva: Bébiszitter"))?.subject, { timeout: 30_000 }).toBe("Visszaigazolva: Bébiszitter");
  expect((await mail("Visszaigazolva: Bébiszitter"))!.text).toContain("Jó hírünk van: visszaigazoltuk kérését – Bébiszitter");

  await staff.getByRole("button", { name: "Mark fulfilled" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Fulfilled" })).toBeVisible();
  const rateMail = "Milyen volt? Értékelje: Bébiszitter";
  await expect.poll(async () => (await mail(rateMail))?.subject, { timeout: 30_000 }).toBe(rateMail);
  expect((await mail(rateMail))!.text).toContain("értékelje 1-től 5-ig");
  // No email about this booking went out in English.
  const english = (await mailbox()).filter((m) => m.text.includes(`/requests/${bookingId}`) && /Good news|How was|Confirmed:/.test(m.subject + m.text));
  expect(english).toEqual([]);

  // The guest rates it 5 of 5, in Hungarian.
  await guest.goto("/requests");
  await guest.locator(`a[href="/requests/${bookingId}"][data-testid="rate-prompt"]`).click();
  await expect(guest.getByRole("heading", { level: 1, name: "Bébiszitter" })).toBeVisible();
  await expect(guest.getByTestId("timeline")).toContainText("Teljesítve");
  await guest.getByRole("radio", { name: "5 az 5-ből" }).check();
  await guest.getByLabel("Megjegyzés (nem kötelező)").fill("Nagyon kedves volt a gyerekekkel.");
  await guest.getByRole("button", { name: "Értékelés elküldése" }).click();
  await expect(guest.getByRole("status").filter({ hasText: "Köszönjük az értékelését." })).toBeVisible();
  await guest.reload();
  await expect(guest.getByTestId("rating")).toContainText("Az Ön értékelése: 5 az 5-ből.");

  // Back to English from the switcher.
  await guest.getByRole("combobox", { name: "Nyelv" }).selectOption("en");
  await expect(guest.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("an instantly confirmed booking gets its confirmation email too", async ({ browser }) => {
  // A stay of its own with an email address; the baby cot is confirmed at once (no one has to answer).
  const code = uniqueCode("COT");
  const surname = `Cotter${code.slice(-5)}`;
  const email = `${code.toLowerCase()}@example.com`;
  const desk = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(desk, { code, surname, name: `Cleo ${surname}`, email, adults: 2, childrenAges: [1] });

  const guest = await newGuestPage(browser, { code, surname });
  await guest.goto("/services/crib");
  await expect(guest.locator("form[data-ready]")).toBeVisible();
  await guest.getByRole("button", { name: "Book now" }).click();
  await expect(guest.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();

  const confirmation = async () => (await mailbox()).find((m) => m.to.includes(email) && m.subject === "Confirmed: Baby cot in your room");
  await expect.poll(async () => await confirmation(), { timeout: 30_000 }).toBeTruthy();
  expect((await confirmation())!.text).toContain("is confirmed");
  expect((await confirmation())!.text).toMatch(/\/requests\/[0-9a-f-]{36}/);
});
