// Every booking mode booked in Chromium by a family (2 adults, children aged 1 and 7) whose stay reception creates for
// this spec — nine nights from today, so a Friday or Saturday disco lies ahead whatever the day — with the totals the
// price rules give: under 3 free, 3–11 half price.
import { expect, test, type Page } from "./fixtures/test";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";
import { HOTEL_TIME_ZONE, hotelDayFromToday } from "./fixtures/guest-api";

test.describe.configure({ mode: "serial" });

let page: Page;

test.beforeAll(async ({ browser }) => {
  const code = uniqueCode("MOD");
  const surname = `Modes${code.slice(-5)}`;
  const desk = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(desk, { code, surname, name: `Elena ${surname}`, adults: 2, childrenAges: [1, 7], nights: 9 });
  await desk.context().close();
  page = await newGuestPage(browser, { code, surname, name: `Elena ${surname}` });
});

async function openService(slug: string) {
  await page.goto(`/services/${slug}`);
  await expect(page.locator("form[data-ready]")).toBeVisible();
}

async function submitAndExpect(button: string, message: RegExp) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
}

test("timed session with a child: the 7-year-old pays half, the adults in full", async () => {
  await openService("guided-tours");
  const dayLinks = page.getByRole("navigation", { name: "Day" }).getByRole("link");
  // Tomorrow always lies inside the stay.
  await dayLinks.nth(1).click();
  await expect(dayLinks.nth(1)).toHaveAttribute("aria-current", "date");
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.getByRole("radio", { disabled: false }).first().check();
  await page.getByLabel("Adults").selectOption("2");
  await page.getByRole("checkbox", { name: "Child, 7 years" }).check();
  // The headline names both prices; two adults at €29.00 and the child at half.
  await expect(page.getByTestId("price")).toHaveText("€29.00 per person · €14.50 per child aged 6–11");
  await expect(page.getByTestId("total")).toHaveText("€72.50");
  await expect(page.getByText("Children aged 3–11")).toBeVisible();
});

test("rental over days: a stroller for three days costs three day prices, and stock is shown per day", async () => {
  await openService("stroller-rental");
  const from = page.getByLabel("From");
  const options = await from.locator("option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  await from.selectOption(options[1]);
  await page.getByLabel("Until (last day)").selectOption(options[3]);
  await expect(from.locator("option").nth(1)).toContainText("left");
  await expect(page.getByTestId("total")).toHaveText("€15.00");
  await submitAndExpect("Book now", /Booked!/);
});

test("in-room request for children: the children's menu for the 7-year-old at half price", async () => {
  await openService("childrens-menu");
  await expect(page.getByRole("checkbox", { name: "Child, 7 years" })).toBeChecked();
  await expect(page.getByTestId("total")).toHaveText("€6.00");
  await page.getByLabel("Note for the staff (optional)").fill("No nuts, please");
  await submitAndExpect("Book now", /Booked!/);
});

test("complimentary in-room item: a baby cot costs nothing and says so", async () => {
  await openService("crib");
  await expect(page.getByTestId("total")).toHaveText("Complimentary");
  await submitAndExpect("Book now", /Booked!/);
});

test("ticket for a dated event: two adults pay two tickets", async () => {
  await openService("disco");
  const dayLinks = page.getByRole("navigation", { name: "Day" }).getByRole("link");
  const count = await dayLinks.count();
  // The disco runs on Fridays and Saturdays: walk the stay's days to the first with a free time. Tonight's show is
  // left out from 18:00 hotel time: a later test cancels this ticket, and its cancel cutoff (two hours before the
  // 21:00 start) would have passed (seen on a Friday evening CI run).
  const tonightTooLate = Number(new Intl.DateTimeFormat("en-GB", { timeZone: HOTEL_TIME_ZONE, hour: "2-digit", hourCycle: "h23" }).format(new Date())) >= 18;
  for (let i = 0; i < count; i++) {
    if (tonightTooLate && (await dayLinks.nth(i).getAttribute("href"))?.endsWith(`day=${hotelDayFromToday(0)}`)) continue;
    await dayLinks.nth(i).click();
    await expect(dayLinks.nth(i)).toHaveAttribute("aria-current", "date");
    await expect(page.locator("form[data-ready]")).toBeVisible();
    if ((await page.getByRole("radio", { disabled: false }).count()) > 0) break;
  }
  await page.getByRole("radio", { disabled: false }).first().check();
  await page.getByLabel("Adults").selectOption("2");
  await expect(page.getByTestId("total")).toHaveText("€20.00");
  await submitAndExpect("Book now", /Booked!/);
});

test("whole family package at the bundle price, and every booking on My requests and the bill", async () => {
  await page.goto("/packages/family");
  await page.getByRole("link", { name: "Book the whole package for €149.00" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review your package" })).toBeVisible();
  // The heading comes first; the items stream in after it (their skeleton until then).
  await expect(page.getByTestId("review-item")).toHaveCount(11);
  // Each timed item needs its start time: the first free one of each.
  const times = page.locator('select[name$=".sessionId"]');
  for (let i = 0; i < (await times.count()); i++) await times.nth(i).selectOption({ index: 1 });
  await page.getByRole("button", { name: /^Confirm all/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Package booked" })).toBeVisible();

  await page.goto("/requests");
  const ownBookings = page.getByTestId("request").filter({ hasNotText: "Part of a package" });
  await expect(ownBookings.filter({ hasText: "Stroller rental" })).toContainText("€15.00");
  await expect(ownBookings.filter({ hasText: "Children's menu" })).toContainText("€6.00");
  await expect(page.getByTestId("request").filter({ hasText: "Part of a package" }).first()).toBeVisible();

  await page.goto("/folio");
  await expect(page.getByRole("heading", { name: "Your bill" })).toBeVisible();
  await expect(page.getByTestId("folio-line").filter({ hasText: "Stroller rental" }).filter({ hasText: "€15.00" })).toHaveCount(1);
  // The package's children's menu is on the bill at its own price too (the package saving is a line of the dearest items).
  await expect(page.getByTestId("folio-line").filter({ hasText: "Children's menu" }).filter({ hasText: "€6.00" })).toHaveCount(2);
});

test("cancel within the cutoff gives the booking up", async () => {
  await page.goto("/requests");
  const disco = page.getByTestId("request").filter({ hasText: "Disco" });
  await disco.getByRole("button", { name: "Cancel booking" }).click();
  // The card re-renders with its new status (announced: the badge sits in a live region).
  await expect(disco).toContainText("Cancelled");
  await expect(disco.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
});
