// The guest's experience on a phone: suggestions that fit the party, no axe violations on any guest page,
// and a booking made with the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures/test";
import { newGuestPage, phone } from "./fixtures/sign-in";

const GARCIA = { code: "FAM-1001", surname: "Garcia", name: "Elena Garcia" };

/** What has the focus: its tag, its text or label, and its link target. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.innerText || el?.getAttribute("aria-label") || "").trim(),
      href: el?.getAttribute("href") ?? "",
      id: el?.id ?? "",
    };
  });
}

/** Presses Tab until the focus is on what `match` accepts (or fails after `max` presses). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

test.describe("suggestions", () => {
  test("the family with a 1-year-old sees the cot and the stroller first, with the reason", async ({ browser }) => {
    const page = await newGuestPage(browser, GARCIA);
    const section = page.getByRole("region", { name: "Picked for your stay" });
    await expect(section).toBeVisible();
    const cards = section.getByTestId("suggestion");
    await expect(cards.nth(0)).toHaveAttribute("data-slug", "crib");
    await expect(cards.nth(0)).toContainText(/for your 1-year-old/i);
    await expect(cards.nth(1)).toHaveAttribute("data-slug", "stroller-rental");
    await expect(cards.nth(1)).toContainText(/for your 1-year-old/i);
    // Children: the family package and kids' animation for the 7-year-old; the lake: nature experiences.
    await expect(section.locator('[data-slug="family"]')).toContainText(/for your family with 2 children/i);
    await expect(section.locator('[data-slug="kids-animation"]')).toContainText(/for your 7-year-old/i);
    await expect(section.locator('[data-slug="nature"]')).toContainText(/staying 7 nights in nature/i);
    // Suggestions come before the packages.
    const order = await page.locator("main h2").allTextContents();
    expect(order.indexOf("Picked for your stay")).toBeLessThan(order.indexOf("Packages for your stay"));
    // The card leads to the service.
    await cards.nth(0).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Baby cot in your room" })).toBeVisible();
  });

  test("the couple is offered time for two and nature, never the cot", async ({ browser }) => {
    const page = await newGuestPage(browser, { code: "CPL-2002", surname: "Novak", name: "Petra Novak" });
    const section = page.getByRole("region", { name: "Picked for your stay" });
    await expect(section.getByTestId("suggestion").first()).toContainText(/for the two of you/i);
    await expect(section.locator('[data-slug="crib"]')).toHaveCount(0);
    await expect(section.locator('[data-slug="family"]')).toHaveCount(0);
    await expect(section.getByText(/Baby cot/)).toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  test.describe.configure({ mode: "serial" });

  test("books the cot with the keyboard alone, from the sign-in to the confirmation", async ({ browser }) => {
    const page = await (await browser.newContext(phone)).newPage();
    await page.goto("/signin");
    await tabTo(page, (f) => f.id === "field-code");
    await page.keyboard.type("FAM-1001");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Garcia");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Welcome, Elena Garcia" })).toBeVisible();

    // Home: Tab to the first suggestion (the cot), open it with Enter.
    await tabTo(page, (f) => f.tag === "a" && f.href === "/services/crib");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Baby cot in your room" })).toBeVisible();
    await expect(page.locator("form[data-ready]")).toBeVisible();

    // Quantity with the arrow keys, then on to the button, and Enter.
    await tabTo(page, (f) => f.id === "field-quantity");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#field-quantity")).toHaveValue("2");
    await page.keyboard.press("ArrowUp");
    await expect(page.locator("#field-quantity")).toHaveValue("1");
    await tabTo(page, (f) => f.tag === "button" && f.text === "Book now");
    // Shift+Tab leaves it and Tab comes back: the order is the reading order.
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).not.toBe("Book now");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Book now");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();
    // The toast repeats it where a phone shows it.
    await expect(page.getByTestId("toast").filter({ hasText: /Booked!/ })).toBeVisible();
  });

  test("axe finds no violations on any guest page on a phone", async ({ browser }) => {
    test.setTimeout(180_000);
    const results: { page: string; violations: { id: string; impact?: string | null; nodes: number; help: string }[] }[] = [];
    const check = async (page: Page, label: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      console.log(`[axe] ${label}: ${violations.map((v) => `${v.id} (${v.nodes.length})`).join(", ") || "no violations"}`);
      for (const v of violations) console.log(`[axe]   ${v.id}: ${v.help} → ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
      results.push({
        page: label,
        violations: violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
      });
    };

    const anon = await (await browser.newContext(phone)).newPage();
    await anon.goto("/");
    await expect(anon.getByRole("heading", { level: 1 })).toBeVisible();
    await check(anon, "start page");
    await anon.goto("/signin");
    await expect(anon.getByLabel("Reservation code")).toBeVisible();
    await check(anon, "sign-in");
    // The sign-in page with its field errors showing.
    await anon.getByRole("button", { name: "Sign in" }).click();
    await expect(anon.getByLabel("Reservation code")).toHaveAttribute("aria-invalid", "true");
    await check(anon, "sign-in with errors");

    const page = await newGuestPage(browser, GARCIA);
    await check(page, "home");
    await page.goto("/packages/family");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The items stream in after the header: axe looks at them, not their skeleton.
    await expect(page.getByRole("heading", { level: 2, name: "What's included" })).toBeVisible();
    await check(page, "package");
    await page.goto("/packages/family/review");
    await expect(page.getByRole("heading", { level: 1, name: "Review your package" })).toBeVisible();
    // The items stream in after the heading: axe looks at the form, not its skeleton.
    await expect(page.getByTestId("review-item").first()).toBeVisible();
    await check(page, "package review");
    for (const [slug, mode] of [
      ["guided-tours", "timed"],
      ["stroller-rental", "rental"],
      ["crib", "on request"],
      ["disco", "ticket"],
    ]) {
      await page.goto(`/services/${slug}`);
      await expect(page.locator("form[data-ready]")).toBeVisible();
      await check(page, `service (${mode})`);
    }
    // A booking's result on the page (status and toast).
    await page.goto("/services/crib");
    await expect(page.locator("form[data-ready]")).toBeVisible();
    await page.getByRole("button", { name: "Book now" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();
    // The toast's entrance has finished (axe judges contrast on what is painted): no animation is still running.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    // The form refreshes the page after a booking (the seats left); while that refresh lands, the head can be without
    // its <title> for a moment (axe once saw "document-title" then, on two workers): axe looks at the page once it has.
    await expect(page).toHaveTitle(/\S/);
    await check(page, "service after booking");
    await page.goto("/requests");
    await expect(page.getByTestId("request").first()).toBeVisible();
    await check(page, "my requests");
    await page.goto("/folio");
    await expect(page.getByRole("heading", { name: "Your bill" })).toBeVisible();
    await check(page, "bill");

    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  });
});
