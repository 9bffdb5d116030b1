// What guests stumble over (issue 11), on a phone: a second tap that books again, prices that surprise, a cancellation
// that says nothing, a service page that opens on a day with nothing left, a landing page that does not say it is a demo.
// Each test makes a stay of its own at the desk, so no other spec's bookings get in its way.
import { DateTime } from "luxon";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

let counter = 0;

/** A new stay made at the desk by reception, from today for `nights` nights; returns the guest signed in on a phone. */
async function guestWithStay(browser: Browser, party: { adults: number; childrenAges?: number[]; nights?: number }): Promise<Page> {
  const code = `GS-${Date.now().toString(36).toUpperCase()}${++counter}`;
  const surname = "Stumble";
  const desk = await newStaffPage(browser, "reception@demo.hotel");
  const today = DateTime.now().setZone("Europe/Berlin");
  await desk.goto("/staff/stays/new");
  await desk.getByLabel("Reservation code").fill(code);
  await desk.getByLabel("Surname").fill(surname);
  await desk.getByLabel("Guest's full name").fill("Sam Stumble");
  await desk.getByLabel("Adults").fill(String(party.adults));
  await desk.getByLabel("Check-in").fill(today.toISODate()!);
  await desk.getByLabel("Check-out").fill(today.plus({ days: party.nights ?? 4 }).toISODate()!);
  if (party.childrenAges?.length) await desk.getByLabel("Children's ages (optional)").fill(party.childrenAges.join(", "));
  await desk.getByRole("button", { name: "Create stay" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Stay created." })).toBeVisible();
  await desk.context().close();
  return newGuestPage(browser, { code, surname, name: "Sam Stumble" });
}

async function openService(page: Page, slug: string, day?: string) {
  await page.goto(`/services/${slug}${day ? `?day=${day}` : ""}`);
  await expect(page.locator("form[data-ready]")).toBeVisible();
}

const tomorrow = () => DateTime.now().setZone("Europe/Berlin").plus({ days: 1 }).toISODate()!;

test("after Booked! the booking is shown with its link, and only a deliberate Book again books a second one", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2 });
  await openService(page, "crib");
  await page.getByRole("button", { name: "Book now" }).click();
  const status = page.getByRole("status").filter({ hasText: /Booked!/ });
  await expect(status).toBeVisible();
  // The booking itself, with a link to it; no live Book button to tap a second time.
  const link = status.getByRole("link", { name: "See your booking" });
  await expect(link).toHaveAttribute("href", /^\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("button", { name: "Book now" })).toHaveCount(0);
  // A tap 3 s later where the button was books nothing.
  await page.waitForTimeout(3_000);
  await page.getByRole("button", { name: "Book again" }).waitFor();
  await page.goto("/requests");
  await expect(page.getByTestId("request").filter({ hasText: "Baby cot" })).toHaveCount(1);

  // Book again: a fresh form, and a second booking only when asked for.
  await openService(page, "crib");
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();
  await page.getByRole("button", { name: "Book again" }).click();
  await expect(page.getByRole("button", { name: "Book now" })).toBeVisible();
  await page.getByRole("button", { name: "Book now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();
  await page.goto("/requests");
  await expect(page.getByTestId("request").filter({ hasText: "Baby cot" })).toHaveCount(3);
});

test("babysitting counts the children cared for: the headline is what is charged, and the children come by default", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [5] });
  await openService(page, "babysitting", tomorrow());
  // Three hours at €18.00, per child cared for: the headline says so and names the real amount.
  await expect(page.getByTestId("price")).toHaveText("€54.00 per child cared for (3 hours at €18.00)");
  // The child is ticked, the parents are not offered; the total is the headline's.
  await expect(page.getByLabel("Adults")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Child, 5 years" })).toBeChecked();
  await expect(page.getByTestId("total")).toHaveText("€54.00");
  await page.getByRole("radio", { disabled: false }).first().check();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Request sent/ })).toBeVisible();
  await page.goto("/requests");
  await expect(page.getByTestId("request").filter({ hasText: "Babysitting" })).toContainText("€54.00");
});

test("babysitting for three children: a babysitter takes two, said before booking, never a surprise 'fully booked'", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [4, 6, 9] });
  await openService(page, "babysitting", tomorrow());
  await expect(page.getByText("Up to 2 children per session.")).toBeVisible();
  // The two eldest are ticked; the third can be ticked only instead of one of them.
  await expect(page.getByRole("checkbox", { name: "Child, 9 years" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Child, 6 years" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Child, 4 years" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Child, 4 years" })).toBeDisabled();
  // Two children at €54.00, less the family discount of 10 % a family with three children has.
  await expect(page.getByTestId("total")).toHaveText("€97.20");
});

test("per person services name the grown-ups' price and the children's", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [7] });
  await openService(page, "guided-tours", tomorrow());
  await expect(page.getByTestId("price")).toHaveText("€29.00 per person · €14.50 per child aged 6–11");
  // Who would really come: the whole party that may take part.
  await expect(page.getByLabel("Adults")).toHaveValue("2");
  await expect(page.getByRole("checkbox", { name: "Child, 7 years" })).toBeChecked();
  await expect(page.getByTestId("total")).toHaveText("€72.50");
});

test("headline prices are the children's own prices, on the service, the home page and the package", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [1, 7] });
  await openService(page, "kids-animation", tomorrow());
  await expect(page.getByTestId("price")).toHaveText("€7.50 per child aged 3–11 · €15.00 from age 12");
  await page.goto("/packages/family");
  const menu = page.getByRole("listitem").filter({ hasText: "Children's menu" });
  await expect(menu).toContainText("€6.00 per child aged 3–11 · €12.00 from age 12 · under 3 free");
  await expect(menu).not.toContainText("€12.00 per child");
});
