// The guest hears of every change staff make (Chromium; staff on a desktop, the guest on a phone): reception moves a
// horse ride to another time, hands it to the activities desk, then cancels it; the guest's timeline shows each,
// with its time: the old and the new time, the department now looking after it, and that the hotel cancelled.
import { expect, test } from "./fixtures/test";
import { GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

test("a reschedule, a hand-over and a cancellation by staff each appear on the guest's timeline", async ({ browser, playwright }) => {
  test.slow();
  const code = uniqueCode("TLN");
  const surname = `Timeline${code.slice(-5)}`;
  const name = `Tess ${surname}`;
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(staff, { code, surname, name, adults: 2 });

  // The guest asks for a ride in three days; two free times that day.
  const guest = await GuestClient.signIn(playwright.request, code, surname, [instanceURL(0)]);
  let bookingId: string;
  let from: { id: string; startsAt: string };
  let to: { id: string; startsAt: string };
  try {
    const free = (await guest.availability("horse-riding", hotelDayFromToday(3))).filter((s) => !s.reason && s.remaining >= 1);
    expect(free.length, "two free horse rides in three days").toBeGreaterThanOrEqual(2);
    [from, to] = free;
    bookingId = await guest.mustBook(0, { serviceSlug: "horse-riding", sessionId: from.id, quantity: 1 }, newKey("tl"));
  } finally {
    await guest.dispose();
  }

  await staff.goto(`/staff/requests/${bookingId}`);
  await expect(staff.getByRole("heading", { level: 1, name: `Horse riding for ${name}` })).toBeVisible();
  await staff.getByLabel("New time").selectOption(to.id);
  await staff.getByRole("button", { name: "Move to this time" }).click();
  await expect(staff.getByRole("status").filter({ hasText: /^Moved to / })).toBeVisible();
  await staff.getByLabel("To department").selectOption({ label: "Activities desk" });
  await staff.getByLabel("Note for them (optional)").fill("Internal: guide needed");
  await staff.getByRole("button", { name: "Hand over", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Handed over to Activities desk." })).toBeVisible();
  await staff.getByRole("button", { name: "Cancel request" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Request updated: Cancelled" })).toBeVisible();

  // The guest, on a phone: three entries after "You asked for it", in order, each with its time.
  const page = await newGuestPage(browser, { code, surname, name });
  await page.goto(`/requests/${bookingId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Horse riding" })).toBeVisible();
  const entries = page.getByTestId("timeline-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(`Moved from ${dateTime.format(new Date(from.startsAt))} to ${dateTime.format(new Date(to.startsAt))}`);
  await expect(entries.nth(1)).toContainText("Passed to Activities desk, who will look after it");
  await expect(entries.nth(2)).toContainText("Cancelled");
  await expect(entries.nth(2)).toContainText("Cancelled by the hotel");
  for (let i = 0; i < 3; i++) await expect(entries.nth(i).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  // What staff wrote for each other stays with staff.
  await expect(page.getByTestId("timeline")).not.toContainText("guide needed");
});
