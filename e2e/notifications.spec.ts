// Notifications and ratings in Chromium against a real SMTP server started here (smtp-server on E2E_SMTP_PORT):
// Garcia asks for horse riding, reception confirms → the "confirmed" email arrives; reception marks it
// fulfilled → Garcia rates it 2 with a complaint → the manager sees it under Flagged feedback.
// Novak books a boat trip for tomorrow → the reminder email arrives (REMINDER_MINUTES is 48 h in e2e).
import { expect, test, type Browser } from "@playwright/test";
import { startSmtpSink, type SmtpSink } from "../tests/smtp-sink";
import { book, key, pickSession, sessionsOn, signIn } from "./fixtures/api-client";
import { hotelDayFromToday } from "./fixtures/guest-api";

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 2525);
const GARCIA = { code: "FAM-1001", surname: "Garcia" };
const NOVAK = { code: "CPL-2002", surname: "Novak" };

let sink: SmtpSink;

test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});

test.afterAll(async () => {
  await sink?.close();
});

async function signInStaff(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/staff/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("demo-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Request queue" })).toBeVisible();
  return page;
}

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
  const staff = await signInStaff(browser, "reception@demo.hotel");
  await staff.goto(`/staff/requests/${bookingId}`);
  await staff.getByRole("button", { name: "Confirm" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Confirmed" })).toBeVisible();

  // The email reaches the SMTP server (the housekeeping pass sends it within seconds).
  const confirmation = () => sink.messages.find((m) => m.to.includes("garcia@example.com") && m.text.includes(`/requests/${bookingId}`));
  await expect.poll(() => confirmation()?.subject, { timeout: 30_000 }).toBe("Confirmed: Horse riding");
  expect(confirmation()!.text).toContain("Good news: your request for Horse riding");
  expect(confirmation()!.text).toContain("is confirmed");

  // Reception writes to the guest, then marks it fulfilled.
  await staff.getByLabel("Message to guest").fill("Please wear long trousers.");
  await staff.getByRole("button", { name: "Send to guest" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Sent to the guest." })).toBeVisible();
  await staff.getByRole("button", { name: "Mark fulfilled" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Fulfilled" })).toBeVisible();

  // Garcia sees the timeline and the message, and rates it from My requests.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const guest = await context.newPage();
  await guest.goto(`/signin?code=${GARCIA.code}`);
  await guest.getByLabel("Surname").fill(GARCIA.surname);
  await guest.getByRole("button", { name: "Sign in" }).click();
  await expect(guest.getByRole("heading", { name: /Welcome/ })).toBeVisible();
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
    .poll(() => sink.messages.some((m) => m.to.includes("garcia@example.com") && m.subject === "How was Horse riding? Rate it"), { timeout: 30_000 })
    .toBe(true);

  // The manager sees it flagged and resolves it.
  const manager = await signInStaff(browser, "manager@demo.hotel");
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
  // The petting zoo is booked by no other spec, so tomorrow's sessions are free whatever ran before (CI runs one worker).
  const api = await signIn(playwright.request, baseURL!, NOVAK);
  const session = await pickSession(api, "petting-zoo", 1, [1]);
  const created = await book(api, { serviceSlug: "petting-zoo", sessionId: session.id, quantity: 1 }, key("reminder"));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bookingId: string = created.body.booking.bookingId;
  expect(created.body.booking.status).toBe("confirmed");

  // The housekeeping pass (every 2 s in e2e) queues the reminder and sends it.
  const reminder = () =>
    sink.messages.find((m) => m.to.includes("novak@example.com") && m.text.includes(`/requests/${bookingId}`) && m.subject.startsWith("Reminder: "));
  await expect.poll(() => reminder()?.subject, { timeout: 30_000 }).toMatch(/^Reminder: Petting zoo at /);
  expect(reminder()!.text).toContain("A reminder: Petting zoo starts at ");
  expect(reminder()!.text).toContain("Dear ");
});
