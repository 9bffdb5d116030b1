// Credits and the folio export in Chromium: reception gives an apology credit (and is stopped above the limit),
// takes up the credit the app proposes for a late request (the guest sees it on the bill),
// the credit shows on the folio and in the CSV export (per stay and per day); the export refuses the unauthorised.
import fs from "node:fs";
import { expect, test, type Page } from "./fixtures/test";
import { parse } from "csv-parse/sync";
import { hotelDay } from "./fixtures/guest-api";
import { newGuestPage, signInStaffPage } from "./fixtures/sign-in";

async function openStay(page: Page, code: string, name: string) {
  await page.goto(`/staff/stays?q=${code}`);
  await page.getByRole("link", { name }).last().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, "utf8") };
}

test("a credit given at the desk appears on the folio and in the CSV export", async ({ page }) => {
  const reason = `E2E apology ${Math.random().toString(36).slice(2, 8)}`;
  await signInStaffPage(page, "reception@demo.hotel");
  await openStay(page, "CPL-2002", "Petra Novak");
  const credits = page.getByRole("region", { name: "Credits" });
  await expect(credits.getByText("Reception can give up to €50.00")).toBeVisible();

  // Above reception's limit: refused, with the reason next to the amount.
  await credits.getByLabel("Amount (EUR)").fill("60");
  await credits.getByLabel("Reason").fill(reason);
  await credits.getByRole("button", { name: "Give credit" }).click();
  await expect(credits.getByRole("status")).toContainText("above your limit of €50.00: only a manager can give this credit");
  await expect(credits.getByLabel("Amount (EUR)")).toHaveAttribute("aria-invalid", "true");
  await expect(credits.getByLabel("Reason")).toHaveValue(reason);

  await credits.getByLabel("Amount (EUR)").fill("12.50");
  await credits.getByRole("button", { name: "Give credit" }).click();
  await expect(credits.getByRole("status")).toContainText("Credit of €12.50 given.");
  const folio = page.getByRole("region", { name: "Folio" });
  await expect(folio.getByTestId("folio-lines").locator('tr[data-kind="credit"]').filter({ hasText: reason })).toContainText("-€12.50");

  // Per stay.
  const stayCsv = await download(page, () => folio.getByRole("link", { name: "Download this folio (CSV)" }).click());
  expect(stayCsv.name).toBe("folio-CPL-2002.csv");
  expect(stayCsv.text.split("\r\n")[0]).toBe("date,reservation_code,room,guest,type,description,quantity,amount,tax,currency,booking_id,credit_id");
  const rows = parse(stayCsv.text, { columns: true }) as Record<string, string>[];
  const credit = rows.find((r) => r.description === `Credit: ${reason}`);
  expect(credit).toMatchObject({ date: hotelDay(new Date()), reservation_code: "CPL-2002", room: "112", guest: "Petra Novak", type: "credit", amount: "-12.50", tax: "0.00", currency: "EUR" });
  expect(credit!.credit_id).toMatch(/^[0-9a-f-]{36}$/);

  // Per day, from the stays page.
  await page.goto("/staff/stays");
  const today = hotelDay(new Date());
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To").fill(today);
  const dayCsv = await download(page, () => page.getByRole("button", { name: "Download CSV" }).click());
  expect(dayCsv.name).toBe(`folio-${today}_${today}.csv`);
  expect(dayCsv.text).toContain(`Credit: ${reason}`);
});

test("the app proposes an apology for a request answered late; one click fills it in, and the guest's bill shows it", async ({ page, browser }) => {
  // The demo seed has the VIP's airport transfer, asked for yesterday at 09:10 and confirmed 55 minutes later
  // against the transport desk's 20-minute target: 10 % of €65.00, so €6.50.
  await signInStaffPage(page, "reception@demo.hotel");
  await openStay(page, "VIP-3003", "Hiroshi Tanaka");
  const credits = page.getByRole("region", { name: "Credits" });
  const proposal = credits.getByTestId("credit-proposal").filter({ hasText: "Airport and station transfer" });
  await expect(proposal).toContainText("Airport and station transfer: answered 55 min after the request (target 20) — propose €6.50 credit");
  await proposal.getByRole("button", { name: "Fill in this credit" }).click();
  await expect(credits.getByLabel("Amount (EUR)")).toHaveValue("6.50");
  await expect(credits.getByLabel("Amount (EUR)")).toBeFocused();
  const reason = "Sorry for the wait: Airport and station transfer took 55 min (target 20).";
  await expect(credits.getByLabel("Reason")).toHaveValue(reason);
  await expect(credits.getByLabel("For a request (optional)").locator("option:checked")).toContainText("Airport and station transfer");
  await credits.getByRole("button", { name: "Give credit" }).click();
  await expect(credits.getByRole("status")).toContainText("Credit of €6.50 given.");
  // Given once: the proposal is gone, also after a reload.
  await expect(proposal).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Credits" }).getByTestId("credit-proposal").filter({ hasText: "Airport and station transfer" })).toHaveCount(0);

  // The guest sees the credit on the bill.
  const guest = await newGuestPage(browser, { code: "VIP-3003", surname: "Tanaka", viaRoomCardLink: true });
  await guest.goto("/folio");
  await expect(guest.getByText(`Credit: ${reason}`)).toBeVisible();
  await expect(guest.getByText("-€6.50").first()).toBeVisible();
  await guest.context().close();
});

test("a manager may give more than the reception limit", async ({ page }) => {
  await signInStaffPage(page, "manager@demo.hotel");
  await openStay(page, "VIP-3003", "Hiroshi Tanaka");
  const credits = page.getByRole("region", { name: "Credits" });
  await credits.getByLabel("Amount (EUR)").fill("80,00");
  await credits.getByLabel("Reason").fill("Manager's apology for the noisy room");
  await credits.getByRole("button", { name: "Give credit" }).click();
  await expect(credits.getByRole("status")).toContainText("Credit of €80.00 given.");
});

test("the folio export answers 401 to nobody, 403 to department staff, 422 to a too-long range", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get("/api/staff/folio?from=2026-01-01&to=2026-01-02", { maxRedirects: 0 });
  expect(res.status()).toBe(401);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  await anonymous.dispose();

  await signInStaffPage(page, "stables@demo.hotel");
  const forbidden = await page.request.get("/api/staff/folio?from=2026-01-01&to=2026-01-02");
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).code).toBe("auth:forbidden");

  await page.context().clearCookies();
  await signInStaffPage(page, "reception@demo.hotel");
  const tooLong = await page.request.get("/api/staff/folio?from=2026-01-01&to=2026-06-01");
  expect(tooLong.status()).toBe(422);
  const stray = await page.request.get("/api/staff/folio?stay=00000000-0000-4000-8000-000000000000&price=1");
  expect(stray.status()).toBe(422);
  const missing = await page.request.get("/api/staff/folio?stay=00000000-0000-4000-8000-000000000000");
  expect(missing.status()).toBe(404);
});
