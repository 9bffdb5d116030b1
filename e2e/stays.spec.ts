// Stays at the desk in Chromium: create and edit a stay (field errors next to fields), import a PMS CSV
// with a bad row (its line reported, nothing imported) and then a good one, and print a room card whose QR
// code opens guest sign-in with the code filled in.
import { DateTime } from "luxon";
import { expect, test } from "./fixtures/test";
import { signInStaffPage } from "./fixtures/sign-in";

const run = Math.random().toString(36).slice(2, 8).toUpperCase();
// Stays in the coming weeks (hotel time): a stay long past its check-out would be anonymised by the housekeeping pass.
const inDays = (n: number) => DateTime.now().setZone("Europe/Berlin").startOf("day").plus({ days: n });
const iso = (n: number) => inDays(n).toISODate()!;
const european = (n: number) => inDays(n).toFormat("dd.LL.yyyy");

test("reception creates a stay (errors next to their fields first) and edits it", async ({ page }) => {
  await signInStaffPage(page, "reception@demo.hotel");
  await page.goto("/staff/stays");
  await page.getByRole("link", { name: "New stay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New stay" })).toBeVisible();

  const code = `E2E-${run}`;
  await page.getByLabel("Reservation code").fill("FAM-1001");
  await page.getByLabel("Surname").fill("Lindqvist");
  await page.getByLabel("Guest's full name").fill("Astrid Lindqvist");
  await page.getByLabel("Room (optional)").fill("318");
  await page.getByLabel("Check-in").fill(iso(10));
  await page.getByLabel("Check-out").fill(iso(8));
  await page.getByLabel("Children's ages (optional)").fill("4, 19");
  await page.getByRole("button", { name: "Create stay" }).click();

  // Each error sits next to its field, linked for screen readers; the first wrong field gets the focus.
  const ages = page.getByLabel("Children's ages (optional)");
  await expect(ages).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-childrenAges-error")).toHaveText(/ages from 0 to 17/);
  await expect(ages).toBeFocused();
  await expect(page.getByRole("status")).toContainText("Please check the highlighted fields.");
  // What was typed is still there.
  await expect(page.getByLabel("Surname")).toHaveValue("Lindqvist");

  await ages.fill("4, 9");
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.locator("#field-checkOut-error")).toHaveText("Check-out must be after check-in.");
  await expect(page.getByLabel("Check-out")).toHaveAttribute("aria-describedby", "field-checkOut-error");

  await page.getByLabel("Check-out").fill(iso(14));
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.locator("#field-reservationCode-error")).toContainText("already in use");

  await page.getByLabel("Reservation code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stay created." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Astrid Lindqvist" })).toBeVisible();
  // Stored in capitals.
  await expect(page.getByText(code, { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Edit stay" }).click();
  await expect(page.getByLabel("Reservation code")).toHaveValue(code);
  await expect(page.getByLabel("Children's ages (optional)")).toHaveValue("4, 9");
  await page.getByLabel("Room (optional)").fill("401");
  await page.getByLabel("VIP stay").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(page.getByText("401", { exact: true })).toBeVisible();

  // The list finds it by surname and by room.
  await page.goto(`/staff/stays?q=lindq`);
  await expect(page.getByTestId("stay-row").filter({ hasText: code })).toBeVisible();
  await page.goto(`/staff/stays?q=401`);
  await expect(page.getByTestId("stay-row").filter({ hasText: "Astrid Lindqvist" })).toBeVisible();
});

const HEADER = "reservation_code,surname,guest_name,email,room,check_in,check_out,adults,children_ages,vip,locale";

test("a CSV with a bad row reports its line and imports nothing; the corrected file imports", async ({ page }) => {
  await signInStaffPage(page, "reception@demo.hotel");
  await page.goto("/staff/stays/import");
  const good1 = `CSV-${run}-1`;
  const good2 = `CSV-${run}-2`;
  const bad = [HEADER, `${good1},Okoro,Ada Okoro,,210,${iso(1)},${iso(4)},2,3;6,no,en`, `${good2},Berg,Ola Berg,,211,${european(4)},${european(1)},1,,yes,`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "pms.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check file" }).click();

  await expect(page.getByRole("status")).toContainText("1 problem found: nothing was imported");
  const problems = page.getByTestId("import-errors");
  await expect(problems).toContainText("Line 3");
  await expect(problems).toContainText("check_out");
  await expect(problems).toContainText("Check-out must be after check-in.");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  // Nothing was written, not even the good first row.
  await page.goto(`/staff/stays?q=${good1}`);
  await expect(page.getByRole("status")).toContainText(`No stays match`);

  await page.goto("/staff/stays/import");
  const fixed = bad.replace(`${european(4)},${european(1)}`, `${european(1)},${european(4)}`);
  await page.getByLabel("CSV file").setInputFiles({ name: "pms.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status")).toContainText("Ready to import: 2 new stays, 0 existing stays updated.");
  await page.getByRole("button", { name: "Import 2 stays" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 2 new stays, 0 stays updated.");

  // A re-export from the PMS updates the same stays.
  await page.getByLabel("Paste the CSV").fill(fixed.replace("Ada Okoro", "Adaeze Okoro"));
  await page.getByLabel("CSV file").setInputFiles([]);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status")).toContainText("0 new stays, 2 existing stays updated.");
  await page.getByRole("button", { name: "Import 2 stays" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 0 new stays, 2 stays updated.");

  await page.goto(`/staff/stays?q=${good1}`);
  await expect(page.getByTestId("stay-row").filter({ hasText: "Adaeze Okoro" })).toBeVisible();
  await page.goto(`/staff/stays?q=berg`);
  await expect(page.getByTestId("stay-row").filter({ hasText: good2 })).toContainText("VIP");
});

test("a room card shows a QR code (SVG) and the sign-in link with the code, which fills in the code", async ({ page, browser, baseURL }) => {
  await signInStaffPage(page, "reception@demo.hotel");
  await page.goto("/staff/stays?q=FAM-1001");
  await page.getByRole("link", { name: "Elena Garcia" }).last().click();
  await page.getByRole("link", { name: "Print room card" }).click();

  const card = page.getByTestId("room-card");
  await expect(card).toHaveCount(1);
  // The card speaks the guest's language (the stay's, which other specs switch): language-neutral checks here,
  // e2e/staff-language.spec.ts checks the language.
  await expect(card.getByRole("img", { name: /FAM-1001/ }).locator("svg")).toBeVisible();
  await expect(card).toContainText("204");
  await expect(page.getByTestId("room-card-code")).toHaveText("FAM-1001");
  const link = card.getByRole("link", { name: /\/signin$/ });
  const href = await link.getAttribute("href");
  expect(href).toBe(`${baseURL}/signin?code=FAM-1001`);

  // On paper: the card only, no navigation or buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print cards" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeHidden();
  await expect(card).toBeVisible();

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(href!);
  await expect(guestPage.getByLabel("Reservation code")).toHaveValue("FAM-1001");
  await guest.close();
});
