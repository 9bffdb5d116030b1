// What guests stumble over (issue 11), on a phone: a second tap that books again, prices that surprise, a cancellation
// that says nothing, a service page that opens on a day with nothing left, a landing page that does not say it is a demo.
// Each test makes a stay of its own at the desk, so no other spec's bookings get in its way.
import { DateTime } from "luxon";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { newGuestPage, newStaffPage, phone } from "./fixtures/sign-in";

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
  // The page's clock is Playwright's: "3 s later" below is the timers of 3 s run at once, not 3 s waited.
  await page.clock.install();
  await openService(page, "crib");
  await page.getByRole("button", { name: "Book now" }).click();
  const status = page.getByRole("status").filter({ hasText: /Booked!/ });
  await expect(status).toBeVisible();
  // The booking itself, with a link to it; no live Book button to tap a second time.
  const link = status.getByRole("link", { name: "See your booking" });
  await expect(link).toHaveAttribute("href", /^\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("button", { name: "Book now" })).toHaveCount(0);
  // A tap 3 s later where the button was books nothing.
  await page.clock.fastForward(3_000);
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
  // A time with a place left (other specs' guests may have filled some).
  await page.getByRole("radio", { name: /places? left/, disabled: false }).first().check();
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

test("cancelling says so in a status a screen reader announces, and the page stays where it was", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2 });
  // The page's clock is Playwright's: "stays" below is a second of its timers run at once, not a second waited.
  await page.clock.install();
  // Three bookings, so the one to cancel lies below the fold of a phone.
  await openService(page, "crib");
  for (let i = 0; i < 3; i++) {
    await page.getByRole("button", { name: i === 0 ? "Book now" : "Book again" }).click();
    if (i > 0) await page.getByRole("button", { name: "Book now" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();
  }
  await page.goto("/requests");
  const items = page.getByTestId("request");
  await expect(items).toHaveCount(3);
  const last = items.nth(2);
  await last.getByRole("button", { name: "Cancel booking" }).scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(200);
  await last.getByRole("button", { name: "Cancel booking" }).click();
  await expect(last.getByText("Cancelled", { exact: true })).toBeVisible();
  // A live status says it, in the booking's own card, and stays.
  const said = last.getByRole("status").filter({ hasText: "Booking cancelled." });
  await expect(said).toBeVisible();
  await expect(said).toHaveAttribute("aria-live", "polite");
  const after = await page.evaluate(() => window.scrollY);
  expect(Math.abs(after - before)).toBeLessThan(150);
  await page.clock.fastForward(1_000);
  await expect(said).toBeVisible();
});

test("a service page opens on the first day with a free time, not on a today with nothing left", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, nights: 6 });
  // The disco runs on Fridays and Saturdays only: walk the stay's days to the first with a free time.
  await openService(page, "disco");
  const links = page.getByRole("navigation", { name: "Day" }).getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let firstFree: string | null = null;
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator("form[data-ready]")).toBeVisible();
    if ((await page.getByRole("radio", { disabled: false }).count()) > 0) {
      firstFree = href.split("day=")[1];
      break;
    }
  }
  expect(firstFree, "a free disco time during a six-night stay").not.toBeNull();
  await openService(page, "disco");
  await expect(page.locator(`nav a[aria-current="date"]`)).toHaveAttribute("href", new RegExp(`day=${firstFree}$`));
  await expect(page.getByRole("radio", { disabled: false }).first()).toBeVisible();
});

test("the start page on a phone says it is a demo, with the logins, and fills the screen", async ({ browser }) => {
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto("/");
  const demo = page.getByRole("region", { name: "This is a demo" });
  await expect(demo).toBeVisible();
  await expect(demo).toContainText("FAM-1001");
  await expect(demo).toContainText("manager@demo.hotel");
  await expect(demo).toContainText("demo-pass-2026");
  // A demo guest's login opens the sign-in with the code filled in.
  await demo.getByRole("link", { name: /FAM-1001/ }).click();
  await expect(page.getByLabel("Reservation code")).toHaveValue("FAM-1001");
  await page.goto("/");
  // The page says what guests can do in steps, not a lone pair of buttons in the middle of an empty screen.
  await expect(page.getByRole("list", { name: "How it works" }).getByRole("listitem")).toHaveCount(3);
  const top = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(top!.y).toBeLessThan(200);
});

test("a package page says what booking it whole includes before the items, in plain words", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [7] });
  await page.goto("/packages/family");
  await expect(page.getByText("Includes every item below")).toHaveCount(0);
  const intro = page.getByTestId("package-offer");
  await expect(intro).toContainText("Book the whole package for €149.00, or any item on its own.");
  // The offer comes before the list of items.
  const list = page.getByRole("heading", { name: "What's included" });
  // Both on screen before measuring (boundingBox does not wait: it answered null once while the list streamed in).
  await expect(list).toBeVisible();
  const offerBox = await intro.boundingBox();
  const listBox = await list.boundingBox();
  expect(offerBox!.y).toBeLessThan(listBox!.y);
});

test("booking a whole package: a review with each item's time, days and people, one honest saving line, all or nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [7], nights: 5 });
  await page.goto("/packages/family");
  await page.getByRole("link", { name: "Book the whole package for €149.00" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review your package" })).toBeVisible();
  const items = page.getByTestId("review-item");
  await expect(items).toHaveCount(11);
  // Timed items ask for a start time, rentals for their days; who takes part is said per item.
  const babysitting = items.filter({ hasText: "Babysitting" });
  await expect(babysitting.getByLabel("Start time")).toBeVisible();
  await expect(babysitting).toContainText("Who takes part: child aged 7");
  await expect(babysitting.getByTestId("own-price")).toHaveText("On its own: €54.00");
  const stroller = items.filter({ hasText: "Stroller" });
  await expect(stroller.getByLabel("First day")).toBeVisible();
  await expect(stroller.getByLabel("Last day")).toBeVisible();
  await expect(items.filter({ hasText: "Excursions" })).toContainText("Who takes part: 2 adults, child aged 7");
  // The saving is one line against the items' own prices, and the guest pays the bundle price.
  const itemsTotal = Number((await page.getByTestId("items-total").textContent())!.replace(/[^0-9.]/g, ""));
  await expect(page.getByTestId("saving")).toHaveText(`−€${(itemsTotal - 149).toFixed(2)}`);
  await expect(page.getByTestId("pay")).toHaveText("€149.00");
  // A longer rental costs more on its own, so the saving grows; the price to pay stays the bundle's.
  const lastDay = stroller.getByLabel("Last day");
  await lastDay.selectOption({ index: 2 });
  await expect(page.getByTestId("items-total")).toHaveText(`€${(itemsTotal + 10).toFixed(2)}`);
  await expect(page.getByTestId("pay")).toHaveText("€149.00");

  // Without the times, nothing is booked and each missing time is said next to its item.
  const confirm = page.getByRole("button", { name: /^Confirm all 11 items for €149.00$/ });
  await confirm.click();
  await expect(babysitting.getByText("Please choose a time.")).toBeVisible();
  await page.goto("/requests");
  await expect(page.getByTestId("request")).toHaveCount(0);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Review your package" })).toBeVisible();
  await expect(page.getByTestId("review-item")).toHaveCount(11);
  const selects = page.locator('select[name$=".sessionId"]');
  const count = await selects.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) await selects.nth(i).selectOption({ index: 1 });
  await page.getByRole("button", { name: /^Confirm all 11 items/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Package booked: 11 items" })).toBeVisible();

  // Every item is booked, the timed ones at the chosen times (none "as soon as possible"), and the bill is the bundle's.
  await page.goto("/requests");
  const requests = page.getByTestId("request");
  await expect(requests).toHaveCount(11);
  for (const name of ["Babysitting", "Kids' animation", "Excursions"]) {
    await expect(requests.filter({ hasText: name })).not.toContainText("As soon as possible");
  }
  const totals = await page.getByTestId("request-total").allTextContents();
  const sum = totals.map((t) => Number(t.split("·")[0].replace(/[^0-9.]/g, ""))).reduce((a, b) => a + b, 0);
  expect(sum.toFixed(2)).toBe("149.00");
});

test("a package item that cannot be booked for this stay says why before anything is confirmed", async ({ browser }) => {
  const page = await guestWithStay(browser, { adults: 2 });
  await page.goto("/packages/family/review");
  const animation = page.getByTestId("review-item").filter({ hasText: "Kids' animation" });
  await expect(animation.getByTestId("item-problem")).toHaveText("Cannot be booked for your stay: it is for children, and your booking has none.");
  await expect(page.getByTestId("cannot-book")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Confirm all/ })).toHaveCount(0);
});

test("a package's rental sold out on a chosen day says so on the review, before anything is confirmed", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await guestWithStay(browser, { adults: 2, childrenAges: [7], nights: 6 });
  // Every stroller is taken on one day late in the stay (the guest takes the last ones on their own, through the API).
  const day = DateTime.now().setZone("Europe/Berlin").plus({ days: 5 }).toISODate()!;
  for (let i = 0; i < 6; i++) {
    const res = await page.request.post("/api/v1/bookings", {
      headers: { "idempotency-key": `sold-out-${Date.now().toString(36)}-${i}` },
      data: { serviceSlug: "stroller-rental", startDay: day, endDay: day, quantity: 1 },
    });
    if (res.status() === 409) break;
    expect(res.status(), await res.text()).toBe(201);
  }
  await page.goto("/packages/family/review");
  const stroller = page.getByTestId("review-item").filter({ hasText: "Stroller" });
  // Each day says what is left, as the service page does; the first day offered still has one.
  const firstDay = stroller.getByLabel("First day");
  await expect(firstDay.locator(`option[value="${day}"]`)).toContainText("fully booked");
  // The review starts on the first day with a stroller left (the run's other packages may have taken the first days').
  await expect(stroller.getByTestId("item-sold-out")).toHaveCount(0);
  const openDay = await firstDay.inputValue();
  expect(openDay < day, `a day with a stroller left before ${day}`).toBe(true);
  await expect(page.getByRole("button", { name: /^Confirm all/ })).toBeVisible();
  // Choosing the sold-out day says so at the item, and the package cannot be confirmed until other days are chosen.
  await firstDay.selectOption(day);
  await expect(stroller.getByTestId("item-sold-out")).toContainText("Sold out on");
  await expect(page.getByTestId("cannot-book")).toHaveText("One of the rentals is sold out on a chosen day: choose other days to book the package.");
  await expect(page.getByRole("button", { name: /^Confirm all/ })).toHaveCount(0);
  // A range that still runs over the sold-out day is still refused; one before it is not.
  await firstDay.selectOption(openDay);
  await expect(stroller.getByTestId("item-sold-out")).toContainText("Sold out on");
  await stroller.getByLabel("Last day").selectOption(openDay);
  await expect(stroller.getByTestId("item-sold-out")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Confirm all/ })).toBeVisible();
});
