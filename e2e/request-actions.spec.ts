// Working one request in Chromium: assign, reschedule, internal note, hand over; decline with an alternative the guest then reads.
import { expect, test, type Page } from "./fixtures/test";
import { bookAsGuest, GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

const GARCIA = { code: "FAM-1001", surname: "Garcia", name: "Elena Garcia" };

function statusText(page: Page, text: string | RegExp) {
  return page.getByRole("status").filter({ hasText: text });
}

test("assign, reschedule, add an internal note and hand over a horse ride", async ({ browser, playwright }) => {
  // Four staff actions and three sign-ins in one story.
  test.slow();
  const guest = await GuestClient.signIn(playwright.request, GARCIA.code, GARCIA.surname, [instanceURL(0)]);
  try {
    const sessions = (await guest.availability("horse-riding", hotelDayFromToday(2))).filter((s) => !s.reason && s.remaining >= 1);
    expect(sessions.length, "two free horse rides the day after tomorrow").toBeGreaterThanOrEqual(2);
    const [from, to] = sessions;
    const bookingId = await guest.mustBook(0, { serviceSlug: "horse-riding", sessionId: from.id, quantity: 1 }, newKey("ride"));

    const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
    await staff.goto(`/staff/requests/${bookingId}`);
    await expect(staff.getByRole("heading", { level: 1, name: "Horse riding for Elena Garcia" })).toBeVisible();
    const trail = staff.getByTestId("trail");

    // Assign to the stables.
    await staff.getByLabel("Person").selectOption({ label: "Sam Stables · Department staff" });
    await staff.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(statusText(staff, "Assigned to Sam Stables.")).toBeVisible();
    await expect(trail).toContainText("Assigned to Sam Stables");
    await expect(staff.getByText("Now with Sam Stables.")).toBeVisible();

    // Reschedule to the next free ride: the guest's booking moves with it.
    await staff.getByLabel("New time").selectOption(to.id);
    await staff.getByRole("button", { name: "Move to this time" }).click();
    await expect(statusText(staff, /^Moved to /)).toBeVisible();
    await expect(trail.getByTestId("trail-event").filter({ hasText: "Rescheduled" })).toHaveCount(1);
    const [moved] = (await guest.bookings()).filter((b) => b.id === bookingId);
    expect(Date.parse(moved.scheduledAt!)).toBe(Date.parse(to.startsAt));
    expect((await guest.session("horse-riding", to)).booked).toBe(to.booked + 1);
    expect((await guest.session("horse-riding", from)).booked).toBe(from.booked);

    // An internal note: in the trail for staff.
    const secret = `Nervous rider, give her Bella ${newKey("n")}`;
    await staff.getByLabel("Note for staff").fill(secret);
    await staff.getByRole("button", { name: "Add note" }).click();
    await expect(statusText(staff, "Note added.")).toBeVisible();
    await expect(trail.getByTestId("trail-note").filter({ hasText: secret })).toBeVisible();

    // Hand over to the activities desk: their staff see it, the stables no longer do.
    await staff.getByLabel("To department").selectOption({ label: "Activities desk" });
    await staff.getByLabel("Note for them (optional)").fill("Guide needed for the forest trail");
    await staff.getByRole("button", { name: "Hand over", exact: true }).click();
    await expect(statusText(staff, "Handed over to Activities desk.")).toBeVisible();
    await expect(trail).toContainText("Handed over from Stables and farm to Activities desk: Guide needed for the forest trail");

    const activities = await newStaffPage(browser, "activities@demo.hotel", { waitFor: "queue" });
    await expect(activities.locator(`a[href="/staff/requests/${bookingId}"]:visible`)).toBeVisible();
    const stables = await newStaffPage(browser, "stables@demo.hotel", { waitFor: "queue" });
    await expect(stables.locator(`a[href="/staff/requests/${bookingId}"]`)).toHaveCount(0);
    await stables.goto(`/staff/requests/${bookingId}`);
    await expect(stables.getByRole("heading", { name: "Request not found" })).toBeVisible();

    // The guest never sees the internal note.
    const guestPage = await newGuestPage(browser, GARCIA);
    await guestPage.goto("/requests");
    await expect(guestPage.getByRole("heading", { name: "My requests" })).toBeVisible();
    await expect(guestPage.getByTestId("request").first()).toBeVisible();
    await expect(guestPage.getByText(secret)).toHaveCount(0);
    expect(JSON.stringify(await guest.bookings())).not.toContain(secret);
  } finally {
    await guest.dispose();
  }
});

test("decline with a reason and an alternative: the guest reads both", async ({ browser, playwright }) => {
  const bookingId = await bookAsGuest(
    playwright.request,
    GARCIA,
    { serviceSlug: "paediatrician", quantity: 1, note: newKey("fever") },
    newKey("doc"),
  );

  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await staff.goto(`/staff/requests/${bookingId}`);
  await expect(staff.getByRole("heading", { level: 1, name: "Paediatrician visit for Elena Garcia" })).toBeVisible();

  // An empty reason is refused next to the field, and nothing changes.
  await staff.getByRole("button", { name: "Decline" }).click();
  await expect(staff.getByLabel("Reason for declining")).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByRole("button", { name: "Confirm" })).toBeVisible();

  const reason = "The doctor is fully booked today";
  const alternative = "we can offer tomorrow at 09:00";
  await staff.getByLabel("Reason for declining").fill(reason);
  await staff.getByLabel("Alternative to offer (optional)").fill(alternative);
  await staff.getByRole("button", { name: "Decline" }).click();
  await expect(statusText(staff, "Request updated: Declined")).toBeVisible();
  await expect(staff.getByTestId("trail")).toContainText(`${reason} — ${alternative}`);

  const guestPage = await newGuestPage(browser, GARCIA);
  await guestPage.goto("/requests");
  const request = guestPage.getByTestId("request").filter({ hasText: "Paediatrician visit" }).filter({ hasText: "Declined" });
  await expect(request.first()).toContainText(`Reason: ${reason} — ${alternative}`);
});
