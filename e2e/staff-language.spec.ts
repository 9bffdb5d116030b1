// The back office in the staff member's own language (issue 12 point 3), in Chromium: a staff member switches to Thai —
// labels in Thai, dates in the Gregorian calendar, a CSV export's header in Thai — and the choice is kept on the account
// through signing out and in; with no choice stored, the browser's Hungarian; a room card printed from the back office
// speaks the guest's language, whatever the staff member's. Each test works with accounts and stays of its own.
import crypto from "node:crypto";
import { DateTime } from "luxon";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { newStaffPage, signInStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

// The switcher's label (lib/i18n/messages/<locale>.staff-common.json).
const LABEL = { en: "Back-office language", th: "ภาษาของระบบหลังบ้าน", hu: "A személyzeti felület nyelve" };

/** A new reception account made by the manager (in English), and the manager's page. */
async function newReceptionAccount(browser: Browser): Promise<{ email: string; password: string; manager: Page }> {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const id = crypto.randomBytes(3).toString("hex");
  const email = `e2e-lang-${id}@demo.hotel`;
  const password = `e2e-password-${id}`;
  await manager.goto("/staff/accounts");
  const form = manager.getByRole("region", { name: "New account" });
  await form.getByLabel("Work email").fill(email);
  await form.getByLabel("Name", { exact: true }).fill(`Language ${id}`);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: "Reception" });
  await form.getByLabel("Initial password (optional)").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();
  return { email, password, manager };
}

/** Signs out with the header's button, found by its form: its text is in the staff member's language. */
async function signOut(page: Page): Promise<void> {
  await page.locator('header form:has(input[name="to"][value="/staff/signin"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff\/signin/);
}

test("a staff member switches to Thai: labels in Thai, Gregorian dates, a CSV header in Thai, kept through sign-out and in", async ({ browser }) => {
  test.setTimeout(90_000);
  const { email, password, manager } = await newReceptionAccount(browser);
  const code = uniqueCode("LANG");
  await createStayAtDesk(manager, { code, surname: "Srisuk", name: "Somchai Srisuk", room: "712" });

  const page = await newStaffPage(browser, email, { password });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel(LABEL.en).selectOption("th");
  await expect(page.getByLabel(LABEL.th)).toHaveValue("th");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");

  // Dates: the stay checks in today — in Thai, with the Gregorian year (Intl's Thai default would say 2569 for 2026).
  const today = DateTime.now().setZone("Europe/Berlin");
  await page.goto(`/staff/stays?q=${code}`);
  const checkIn = page.getByTestId("stay-row").filter({ hasText: code }).locator(`time[datetime="${today.toISODate()}"]`).first();
  await expect(checkIn).toContainText(String(today.year));
  await expect(checkIn).not.toContainText(String(today.year + 543));
  expect(await checkIn.textContent()).toBe(new Intl.DateTimeFormat("th-u-ca-gregory", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${today.toISODate()}T12:00:00Z`)));

  // A CSV export: the folio's header in Thai.
  const csv = await page.request.get(`/api/staff/folio?from=${today.toISODate()}&to=${today.toISODate()}`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^วันที่,รหัสการจองห้องพัก,ห้อง,แขก,/);

  // Kept on the account: signed out (the sign-in page follows the browser, English here) and in again, still Thai.
  await signOut(page);
  await signInStaffPage(page, email, { password });
  await expect(page.getByLabel(LABEL.th)).toHaveValue("th");
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  // …and on another device too.
  const elsewhere = await newStaffPage(browser, email, { password });
  await expect(elsewhere.getByLabel(LABEL.th)).toHaveValue("th");
});

test("with no language stored, the back office follows the browser (Hungarian); a stored choice then wins", async ({ browser }) => {
  const { email, password } = await newReceptionAccount(browser);
  // Signed in through the English form, then the same session in a browser that speaks Hungarian.
  const signedIn = await newStaffPage(browser, email, { password });
  const context = await browser.newContext({ locale: "hu-HU", storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  await page.goto("/staff");
  await expect(page.getByLabel(LABEL.hu)).toHaveValue("hu");
  await expect(page.locator("html")).toHaveAttribute("lang", "hu");

  await page.getByLabel(LABEL.hu).selectOption("en");
  await expect(page.getByLabel(LABEL.en)).toHaveValue("en");
  await page.goto("/staff");
  await expect(page.getByLabel(LABEL.en)).toHaveValue("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a room card printed from the back office speaks the guest's language, the page the staff member's", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const code = uniqueCode("CARD");
  await createStayAtDesk(manager, { code, surname: "Wongsakul", name: "Nok Wongsakul", room: "733", locale: "th" });
  await manager.goto(`/staff/stays?q=${code}`);
  await manager.getByRole("link", { name: "Nok Wongsakul" }).last().click();
  await manager.getByRole("link", { name: "Print room card" }).click();

  await expect(manager.getByRole("heading", { level: 1, name: "Room cards" })).toBeVisible();
  const card = manager.getByTestId("room-card");
  await expect(card).toHaveAttribute("lang", "th");
  await expect(card).toContainText("ห้อง 733");
  await expect(card).toContainText("สำหรับคุณ Nok Wongsakul");
  await expect(card.getByRole("img", { name: `คิวอาร์โค้ดที่เปิดหน้าเข้าสู่ระบบพร้อมรหัสการจอง ${code}` })).toBeVisible();
  await expect(manager.getByTestId("room-card-code")).toHaveText(code);
});
