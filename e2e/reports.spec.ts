// The manager's reports in Chromium: the seeded season shows as charts and tables, a report downloads as CSV;
// reception gets "not found" for the page and 403 for the export.
import fs from "node:fs";
import { expect, test } from "./fixtures/test";
import { parse } from "csv-parse/sync";
import { signInStaffPage } from "./fixtures/sign-in";

test("the manager sees the season's results as charts and tables and downloads a CSV", async ({ page }) => {
  await signInStaffPage(page, "manager@demo.hotel");
  await page.getByRole("navigation").getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible({ timeout: 15_000 });

  // The default period is the last 30 days, in which the seeded history has bookings, ratings and credits.
  const services = page.getByRole("region", { name: "Revenue, cost and margin per service" });
  await expect(services.getByRole("img", { name: "Revenue, cost and margin per service" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  const rows = services.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const tableRows = await rows.count();
  expect(tableRows).toBeGreaterThan(3);
  await expect(rows.first()).toContainText("€");

  for (const title of ["Uptake per service", "Response and fulfilment times per department", "Ratings and complaints per service", "Credits given, and why"]) {
    const region = page.getByRole("region", { name: title });
    await expect(region.getByRole("img", { name: title }).locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(region.getByRole("table").locator("tbody tr").first()).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Credits given, and why" }).getByText(/\d+ credits? given, €[\d,.]+ in all\./)).toBeVisible();

  // The CSV behind the chart: same rows as the table, with its header.
  const [file] = await Promise.all([page.waitForEvent("download"), services.getByRole("link", { name: "Download CSV" }).click()]);
  expect(file.suggestedFilename()).toMatch(/^report-services-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const records: string[][] = parse(fs.readFileSync((await file.path())!, "utf8"));
  expect(records[0]).toEqual(["name", "bookings", "units", "revenue_gross", "tax", "revenue_net", "cost", "margin", "complimentary", "currency"]);
  expect(records).toHaveLength(tableRows + 1);
  expect(records[1][9]).toBe("EUR");

  // Printed: the charts and tables stay; navigation, the period form, the buttons and the download links go.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show" })).toBeHidden();
  await expect(services.getByRole("link", { name: "Download CSV" })).toBeHidden();
  await expect(services.getByRole("img", { name: "Revenue, cost and margin per service" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(rows.first()).toBeVisible();
  // A real print run (Chromium's PDF printer, A4): a document of a few pages, not one page per chart bar.
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  console.log(`[reports print] ${pages} A4 pages, ${Math.round(pdf.length / 1024)} KiB`);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(12);
  await page.emulateMedia({ media: "screen" });

  // A period that is not one: the default is shown, with the reason.
  await page.goto("/staff/reports?from=2026-05-01&to=2026-04-01");
  await expect(page.getByRole("alert").filter({ hasText: "must not be before its start" })).toBeVisible();
});

test("reception gets no reports: not found for the page, 403 for the export", async ({ page }) => {
  await signInStaffPage(page, "reception@demo.hotel");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Reports" })).toHaveCount(0);
  await page.goto("/staff/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const res = await page.request.get("/api/staff/reports/services");
  expect(res.status()).toBe(403);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
});

test("the export asks anonymous callers to sign in (401)", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get("/api/staff/reports/services", { maxRedirects: 0 });
  expect(res.status()).toBe(401);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  await anonymous.dispose();
});
