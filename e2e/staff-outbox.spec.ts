// Issue 11 point 9 in Chromium on a desktop: the folio export has a place in the staff navigation (reception and the
// manager), and the manager's email outbox lists each email with its status, attempts and last error, with "send again".
import { expect, test } from "./fixtures/test";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

test("reception and the manager reach the folio export from the navigation; department staff do not see it", async ({ browser }) => {
  for (const email of ["reception@demo.hotel", "manager@demo.hotel"]) {
    const page = await newStaffPage(browser, email, { waitFor: "queue" });
    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Folio export" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Folio export" })).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^folio-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    await page.context().close();
  }
  const stables = await newStaffPage(browser, "stables@demo.hotel");
  await expect(stables.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Folio export" })).toHaveCount(0);
});

test("the manager sees each email with its status and attempts in the outbox, and sends one again", async ({ browser }) => {
  test.slow();
  // A stay of its own with an email address; the baby cot is confirmed at once, so a confirmation email is written.
  const code = uniqueCode("OBX");
  const surname = `Outbox${code.slice(-5)}`;
  const address = `${code.toLowerCase()}@example.com`;
  const manager = await newStaffPage(browser, "manager@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(manager, { code, surname, name: `Otto ${surname}`, email: address, adults: 1 });
  const guest = await newGuestPage(browser, { code, surname });
  await guest.goto("/services/crib");
  await expect(guest.locator("form[data-ready]")).toBeVisible();
  await guest.getByRole("button", { name: "Book now" }).click();
  await expect(guest.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();

  await manager.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Email outbox" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Email outbox" })).toBeVisible();
  // (The stay may also get its pre-arrival email: the confirmation is the row to watch.)
  const row = manager.getByTestId("outbox-email").filter({ hasText: address }).filter({ has: manager.getByRole("rowheader", { name: /Request confirmed/ }) });
  await expect(row).toHaveCount(1);
  // The housekeeping pass (every 2 s in e2e) makes a first attempt: sent, or refused with its error shown
  // (whether an SMTP server listens on E2E_SMTP_PORT depends on which spec runs alongside).
  const attempts = async () => {
    await manager.reload();
    return Number(await row.getByTestId("outbox-attempts").textContent());
  };
  await expect.poll(attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const before = await attempts();
  const status = (await row.getByTestId("outbox-status").textContent()) ?? "";
  expect(status).toMatch(/^(Sent|Waiting to be sent)/);
  if (status.startsWith("Waiting")) await expect(row.locator("td").nth(4)).not.toHaveText("—");

  await row.getByRole("button", { name: /^Send again/ }).click();
  await expect(row.getByRole("status")).toContainText("Queued to be sent again.");
  // Due at once: the next pass tries it again.
  await expect.poll(attempts, { timeout: 30_000 }).toBeGreaterThan(before);
});
