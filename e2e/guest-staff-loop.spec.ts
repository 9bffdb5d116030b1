// The whole loop in Chromium: a guest on a phone books horse riding for tomorrow,
// reception confirms and fulfils it, and the guest sees it fulfilled.
import { expect, test } from "./fixtures/test";
import { DateTime } from "luxon";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

// The large demo family (2 adults, children aged 2, 5 and 9): no other test books for them, so
// reception can find their request by surname however long the queue has grown.
const KOWALSKI = { code: "BIG-5005", surname: "Kowalski", name: "Anna Kowalski" };

test("guest books horse riding, reception confirms and fulfils, guest sees it fulfilled", async ({ browser }) => {
  const guest = await newGuestPage(browser, KOWALSKI);

  // Home → nature package → horse riding.
  await guest.getByRole("link", { name: /See what's included.*Nature experiences/ }).click();
  await guest.getByRole("link", { name: /Horse riding/ }).click();
  await expect(guest.getByRole("heading", { level: 1, name: "Horse riding" })).toBeVisible();

  // Tomorrow, in the hotel's time zone.
  const tomorrow = DateTime.now().setZone("Europe/Berlin").plus({ days: 1 }).toISODate()!;
  await guest.locator(`a[href$="day=${tomorrow}"]`).click();
  await expect(guest.locator(`a[href$="day=${tomorrow}"]`)).toHaveAttribute("aria-current", "date");

  await expect(guest.locator("form[data-ready]")).toBeVisible();
  const firstFree = guest.getByRole("radio", { disabled: false }).first();
  await firstFree.check();
  await guest.getByLabel("Adults").selectOption("2");
  // The 9-year-old, old enough to ride, comes by default; this time only the parents ride.
  await guest.getByRole("checkbox", { name: "Child, 9 years" }).uncheck();
  await expect(guest.getByTestId("total")).toHaveText("€70.00");
  await guest.getByRole("button", { name: "Send request" }).click();
  await expect(guest.getByRole("status").filter({ hasText: "Request sent" })).toBeVisible();

  await guest.getByRole("link", { name: "My requests" }).first().click();
  const request = guest.getByTestId("request").filter({ hasText: "Horse riding" });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText("Awaiting confirmation");
  await expect(request).toContainText("€70.00");
  // When to expect an answer: the stables promise one within 30 minutes.
  const expected = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const answerBy = (minutes: number) => expected.format(new Date(Date.now() + minutes * 60_000));
  // (The request was made moments ago: its answer time lies 28 to 30 minutes from now, to the minute.)
  await expect(request.getByTestId("answer-expected")).toHaveText(new RegExp(`^Answer expected by (${[28, 29, 30].map(answerBy).join("|")})$`));

  // Reception sees it in the queue and works it.
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await staff.goto("/staff?q=Kowalski");
  const row = staff.getByRole("link", { name: /Horse riding.*Anna Kowalski/ }).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(staff.getByText("Anna Kowalski").first()).toBeVisible();
  await staff.getByRole("button", { name: "Confirm" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Confirmed" })).toBeVisible();
  await staff.getByRole("button", { name: "Mark fulfilled" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Fulfilled" })).toBeVisible();

  // The guest sees the new status.
  await guest.reload();
  await expect(guest.getByTestId("request").filter({ hasText: "Horse riding" })).toContainText("Fulfilled");
  await expect(guest.getByTestId("request").filter({ hasText: "Horse riding" }).getByTestId("answer-expected")).toHaveCount(0);
});

test("a wrong surname and a wrong code get the same answer, and nothing signs in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Reservation code").fill("FAM-1001");
  await page.getByLabel("Surname").fill("Smith");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByRole("status");
  await expect(message).toContainText("could not find a stay");
  const wrongSurname = await message.textContent();

  await page.getByLabel("Reservation code").fill("NOPE-0000");
  await page.getByLabel("Surname").fill("Garcia");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText(wrongSurname!);
  await page.goto("/stay");
  await expect(page).toHaveURL(/\/signin$/);
});

test("empty sign-in fields get a message next to each field", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Reservation code")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-code-error")).toHaveText("Please fill this in.");
  await expect(page.locator("#field-surname-error")).toHaveText("Please fill this in.");
});
