// Languages in Chromium: a guest whose browser speaks Hungarian gets the app in Hungarian (texts,
// catalogue, money), switches to Thai with the language switcher, and the choice survives a reload. The guest is a
// family of their own made at the desk: the choice is kept on the stay, and the demo's Garcias are booked by other specs
// running at the same time, which expect them in English.
import { expect, test } from "./fixtures/test";
import { newStaffPage, phone } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";
const shots = (name: string) => test.info().outputPath(`${name}.png`);

test("Hungarian from the browser, then Thai from the switcher, remembered after a reload", async ({ browser }) => {
  const code = uniqueCode("LANGS");
  const desk = await newStaffPage(browser, "reception@demo.hotel");
  await createStayAtDesk(desk, { code, surname: "Garcia", name: "Elena Garcia", childrenAges: [1, 7], nights: 7 });
  await desk.context().close();
  const context = await browser.newContext({ ...phone, locale: "hu-HU" });
  const page = await context.newPage();

  // The sign-in page in Hungarian, chosen from the browser's languages.
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "hu");
  await expect(page.getByRole("heading", { level: 1, name: "Bejelentkezés a tartózkodásához" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Nyelv" })).toHaveValue("hu");
  await page.screenshot({ path: shots("signin-hu"), fullPage: true });
  await page.getByLabel("Foglalási kód").fill(code);
  await page.getByLabel("Vezetéknév").fill("Garcia");
  await page.getByRole("button", { name: "Bejelentkezés" }).click();

  // Home in Hungarian: texts, a package name from the catalogue, money formatted for Hungarian.
  await expect(page.getByRole("heading", { name: /Üdvözöljük, Elena Garcia/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kéréseim" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Családi csomag" })).toBeVisible();
  // CLDR writes the euro as "EUR" after the amount in Hungarian: "149,00 EUR".
  await expect(page.getByText(/149,00\s(EUR|€)/).first()).toBeVisible();
  await page.screenshot({ path: shots("home-hu"), fullPage: true });

  // Switch to Thai: the page refreshes in Thai, including a service name from the catalogue.
  const switcher = page.getByRole("combobox", { name: "Nyelv" });
  await expect(switcher.locator("option")).toHaveText(["English", "ไทย", "Magyar", "Azərbaycanca", "Bahasa Melayu", "Tagalog"]);
  await switcher.selectOption("th");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("heading", { name: /ยินดีต้อนรับ คุณElena Garcia/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "คำขอของฉัน" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "แพ็กเกจครอบครัว" })).toBeVisible();
  await page.screenshot({ path: shots("home-th"), fullPage: true });

  await page.getByRole("link", { name: /ดูสิ่งที่รวมอยู่.*แพ็กเกจครอบครัว/ }).click();
  await expect(page.getByRole("link", { name: /เตียงเด็กในห้องพัก/ })).toBeVisible();
  await page.getByRole("link", { name: /เตียงเด็กในห้องพัก/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "เตียงเด็กในห้องพัก" })).toBeVisible();
  await page.screenshot({ path: shots("service-th"), fullPage: true });

  // Remembered: a reload (and the cookie for a year) keeps Thai, although the browser still prefers Hungarian.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.getByRole("heading", { level: 1, name: "เตียงเด็กในห้องพัก" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "gs_locale");
  expect(cookie?.value).toBe("th");
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

  // Back to English from the switcher.
  await page.getByRole("combobox", { name: "ภาษา" }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Baby cot in your room" })).toBeVisible();
  await context.close();
});

test("the switcher works before signing in, and each language names itself", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const switcher = page.getByRole("combobox", { name: "Language" });
  await expect(switcher.locator('option[lang="th"]')).toHaveText("ไทย");
  await switcher.selectOption("ms");
  await expect(page.getByRole("heading", { level: 1, name: "Log masuk ke penginapan anda" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ms");
  await page.getByRole("combobox", { name: "Bahasa" }).selectOption("az");
  await expect(page.getByRole("heading", { level: 1, name: "Qalışınıza daxil olun" })).toBeVisible();
  await page.getByRole("combobox", { name: "Dil" }).selectOption("tl");
  await expect(page.getByRole("heading", { level: 1, name: "Mag-sign in sa inyong pananatili" })).toBeVisible();

  // The room card's QR code opens sign-in with the code filled in, in the chosen language.
  await page.goto("/signin?code=FAM-1001");
  await expect(page.getByLabel("Reservation code")).toHaveValue("FAM-1001");
  await expect(page.getByLabel("Apelyido")).toBeEmpty();
  await context.close();
});
