// What staff read on a request, in Chromium on a desktop: the price box in words (not the pricing engine's keys),
// and who takes part in this request (the booking's participants, not the whole stay's party) on the request,
// its queue row and the run sheet.
import { expect, test } from "./fixtures/test";
import { GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

test("babysitting for two of three children: words in the price box, and who takes part everywhere", async ({ browser, playwright }) => {
  test.slow();
  // A family of five (three children: the family discount applies to family items) that no other test books for.
  const code = uniqueCode("SIT");
  const surname = `Sitter${code.slice(-5)}`;
  const name = `Bea ${surname}`;
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(staff, { code, surname, name, adults: 2, childrenAges: [9, 7, 1] });

  // Babysitting (per hour, three hours) for the two elder children only, the day after tomorrow.
  const day = hotelDayFromToday(2);
  const guest = await GuestClient.signIn(playwright.request, code, surname, [instanceURL(0)]);
  let bookingId: string;
  try {
    const session = (await guest.availability("babysitting", day)).find((s) => !s.reason && s.remaining >= 2);
    expect(session, `a babysitting session with two places on ${day}`).toBeTruthy();
    bookingId = await guest.mustBook(0, { serviceSlug: "babysitting", sessionId: session!.id, quantity: 2, adults: 0, childAges: [9, 7] }, newKey("sit"));
  } finally {
    await guest.dispose();
  }

  // The request: price lines in words, and the two children taking part; the stay's party is labelled as such.
  await staff.goto(`/staff/requests/${bookingId}`);
  await expect(staff.getByRole("heading", { level: 1, name: `Babysitting for ${name}` })).toBeVisible();
  const price = staff.getByRole("region", { name: "Price" });
  await expect(price).toContainText("Per person, 3 hours");
  await expect(price).toContainText("Family discount (10 %)");
  await expect(price).not.toContainText("per_hour");
  await expect(price).not.toContainText("family_discount");
  const details = staff.getByRole("region", { name: "Details" });
  const fact = (term: string) => details.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
  await expect(fact("Taking part")).toHaveText("2 children aged 9 and 7");
  await expect(fact("Whole stay's party")).toHaveText("2 adults, 3 children aged 9, 7, and 1");

  // The queue row says who takes part.
  await staff.goto(`/staff?q=${surname}`);
  const row = staff.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("taking-part")).toHaveText("2 children aged 9 and 7");

  // The run sheet of that day: the two children, no adults.
  await staff.goto(`/staff/run-sheet?day=${day}`);
  const entry = staff.getByTestId("run-sheet-entry").filter({ hasText: name });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator("td").nth(3)).toHaveText("children aged 9, 7");
});
