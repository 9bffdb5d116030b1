// Catalogue management in Chromium: the manager creates a service, edits its price and Hungarian name,
// and the guest sees the new price; field errors show next to their fields; reception is kept out.
import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { DateTime } from "luxon";
import { newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

/**
 * A guest of their own, made at the desk by the signed-in manager, signed in (in `locale` when given). Not a demo guest:
 * signing in keeps the reading language on the stay, and other specs running at the same time email the demo's guests.
 */
async function signInGuest(browser: Browser, manager: Page, options: { locale?: string } = {}): Promise<Page> {
  const code = uniqueCode("CAT");
  await createStayAtDesk(manager, { code, surname: "Garcia", name: "Elena Garcia", childrenAges: [1, 7] });
  const context = await browser.newContext({ locale: options.locale });
  if (options.locale) {
    await context.addCookies([{ name: "gs_locale", value: options.locale.slice(0, 2), url: test.info().project.use.baseURL! }]);
  }
  const page = await context.newPage();
  await page.goto("/signin");
  await page.locator('input[name="code"]').fill(code);
  await page.locator('input[name="surname"]').fill("Garcia");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/stay/);
  return page;
}

/** Creates an in-room service in the nature package through the form; returns its slug and English name. */
async function createService(manager: Page) {
  const suffix = crypto.randomBytes(3).toString("hex");
  const name = `Lantern walk ${suffix}`;
  const slug = `lantern-walk-${suffix}`;
  await manager.goto("/staff/catalogue");
  await manager.getByRole("link", { name: "Add a service to Nature experiences package" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "New service in Nature experiences package" })).toBeVisible();
  await manager.getByLabel("Name in English").fill(name);
  await manager.getByLabel("Description in English").fill("A quiet walk through the forest at dusk, with lanterns.");
  await manager.getByLabel("How it is booked").selectOption({ label: "In-room / on request" });
  await manager.getByLabel("Web address (slug)").fill(slug);
  await manager.getByLabel("Price (EUR, tax included)").fill("9");
  await manager.getByLabel("Price unit").selectOption({ label: "Per booking" });
  await manager.getByLabel("Tax rate (%)").fill("19");
  await manager.getByLabel("Internal cost per unit (EUR)").fill("2.50");
  await manager.getByLabel("Department that fulfils it").selectOption({ label: "Stables and farm" });
  await manager.getByRole("button", { name: "Create service" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Service created" })).toBeVisible();
  await expect(manager.getByRole("heading", { level: 1, name })).toBeVisible();
  return { slug, name, suffix };
}

test("manager edits a service's price and Hungarian name; the guest sees the new price", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const { slug, name, suffix } = await createService(manager);
  const hungarian = `Lámpás séta ${suffix}`;

  // A price with more decimals than euros have is refused next to the field, and what was typed stays.
  const price = manager.getByLabel("Price (EUR, tax included)");
  await price.fill("12.505");
  await manager.getByLabel("Name in Hungarian").fill(hungarian);
  await manager.getByRole("button", { name: "Save changes" }).click();
  await expect(manager.getByText("at most 2 decimal places")).toBeVisible();
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(manager.getByLabel("Name in Hungarian")).toHaveValue(hungarian);

  await price.fill("12.50");
  await manager.getByRole("button", { name: "Save changes" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Saved: 2 changes." })).toBeVisible();
  await manager.reload();
  await expect(manager.getByLabel("Price (EUR, tax included)")).toHaveValue("12.50");
  await expect(manager.getByLabel("Name in Hungarian")).toHaveValue(hungarian);

  const guest = await signInGuest(browser, manager);
  await guest.goto(`/services/${slug}`);
  await expect(guest.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(guest.getByTestId("price")).toContainText("€12.50");
});

test("a guest reading Hungarian sees the Hungarian name the manager entered", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const { slug, suffix } = await createService(manager);
  const hungarian = `Lámpás séta ${suffix}`;
  await manager.getByLabel("Name in Hungarian").fill(hungarian);
  await manager.getByRole("button", { name: "Save changes" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Saved: 1 change." })).toBeVisible();

  const guest = await signInGuest(browser, manager, { locale: "hu-HU" });
  await guest.goto(`/services/${slug}`);
  await expect(guest.getByRole("heading", { level: 1, name: hungarian })).toBeVisible();
});

test("the manager adds and removes a start time, and closes and re-opens a day, on a timed service", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  await manager.goto("/staff/catalogue");
  await manager.getByRole("link", { name: "Petting zoo" }).first().click();
  await expect(manager.getByRole("heading", { name: "Weekly schedule" })).toBeVisible();

  const schedule = manager.getByRole("region", { name: "Weekly schedule" });
  await schedule.getByRole("checkbox", { name: "Sunday" }).check();
  await schedule.getByLabel("Start time").fill("07:15");
  await schedule.getByRole("button", { name: "Add start time" }).click();
  await expect(schedule.getByRole("status").filter({ hasText: "Added on 1 day." })).toBeVisible();
  await expect(schedule.getByRole("button", { name: "Remove 07:15 on Sunday" })).toBeVisible();
  await schedule.getByRole("button", { name: "Remove 07:15 on Sunday" }).click();
  await expect(schedule.getByRole("status").filter({ hasText: "Start time removed." })).toBeVisible();
  await expect(schedule.getByRole("button", { name: "Remove 07:15 on Sunday" })).toHaveCount(0);

  // A day a month ahead, in the hotel's time zone: closed, listed, then open again.
  const day = DateTime.now().setZone("Europe/Berlin").plus({ days: 30 }).toISODate()!;
  const exceptions = manager.getByRole("region", { name: "Closed days and extra sessions" });
  await exceptions.getByLabel("Day").fill(day);
  await exceptions.getByLabel("What changes").selectOption({ label: "Close the whole day" });
  await exceptions.getByLabel("Note for staff (optional)").fill("Vet visit");
  await exceptions.getByRole("button", { name: "Add exception" }).click();
  await expect(exceptions.getByRole("status").filter({ hasText: "Exception added." })).toBeVisible();
  await expect(exceptions.getByRole("listitem").filter({ hasText: "closed all day" })).toContainText("Vet visit");
  await exceptions.getByRole("button", { name: `Remove ${day}` }).click();
  await expect(exceptions.getByRole("status").filter({ hasText: "Exception removed." })).toBeVisible();
  await expect(exceptions.getByRole("listitem").filter({ hasText: "Vet visit" })).toHaveCount(0);
});

test("reception does not get into catalogue or account management", async ({ browser }) => {
  const reception = await newStaffPage(browser, "reception@demo.hotel");
  await expect(reception.getByRole("navigation").getByRole("link", { name: "Catalogue" })).toHaveCount(0);
  for (const path of ["/staff/catalogue", "/staff/catalogue/price-rules", "/staff/accounts"]) {
    await reception.goto(path);
    await expect(reception.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(reception.getByText("for managers only")).toBeVisible();
  }
});
