// Staff accounts in Chromium: the manager creates an account, it signs in elsewhere, the manager disables
// it and that browser's next page is the sign-in page; generated passwords work; no self-lock-out.
import crypto from "node:crypto";
import { expect, test, type Page } from "./fixtures/test";
import { newStaffPage } from "./fixtures/sign-in";

async function createAccount(manager: Page, values: { email: string; name: string; role: string; password?: string }) {
  await manager.goto("/staff/accounts");
  const form = manager.getByRole("region", { name: "New account" });
  await form.getByLabel("Work email").fill(values.email);
  await form.getByLabel("Name", { exact: true }).fill(values.name);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: values.role });
  if (values.password) await form.getByLabel("Initial password (optional)").fill(values.password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();
  return form;
}

test("a disabled account's open session ends: its next page is the sign-in page", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const id = crypto.randomBytes(3).toString("hex");
  const email = `e2e-${id}@demo.hotel`;
  const password = `e2e-password-${id}`;
  await createAccount(manager, { email, name: `Desk ${id}`, role: "Reception", password });

  const other = await newStaffPage(browser, email, { password });
  await expect(other.getByText(`Signed in as Desk ${id}`)).toBeVisible();

  await manager.goto("/staff/accounts");
  await manager.getByRole("link", { name: `Desk ${id}` }).click();
  await expect(manager.getByRole("heading", { level: 1, name: `Desk ${id}` })).toBeVisible();
  await manager.getByRole("button", { name: "Disable account" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Account disabled; 1 session signed out." })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Enable account" })).toBeVisible();

  await other.goto("/staff");
  await expect(other).toHaveURL(/\/staff\/signin/);
  // Signing in again is refused too.
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("do not match a staff account")).toBeVisible();
});

test("a generated password is shown once and works; a new role applies on the next page", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  const id = crypto.randomBytes(3).toString("hex");
  const email = `e2e-gen-${id}@demo.hotel`;
  const form = await createAccount(manager, { email, name: `Generated ${id}`, role: "Reception" });
  const password = (await form.getByTestId("generated-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const other = await newStaffPage(browser, email, { password });
  await expect(other.getByRole("navigation").getByRole("link", { name: "Staff accounts" })).toHaveCount(0);

  await manager.goto("/staff/accounts");
  await manager.getByRole("link", { name: `Generated ${id}` }).click();
  await expect(manager.getByRole("heading", { level: 1, name: `Generated ${id}` })).toBeVisible();
  const details = manager.getByRole("region", { name: "Name, role and departments" });
  await details.getByLabel("Role", { exact: true }).selectOption({ label: "Manager" });
  await details.getByRole("button", { name: "Save changes" }).click();
  await expect(details.getByRole("status").filter({ hasText: "next request" })).toBeVisible();

  await other.goto("/staff/accounts");
  await expect(other.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
});

test("a manager cannot disable their own account", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  await manager.goto("/staff/accounts");
  await manager.getByRole("link", { name: "Maria Manager" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Maria Manager" })).toBeVisible();
  await manager.getByRole("button", { name: "Disable account" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "You cannot disable your own account" })).toBeVisible();
  await manager.goto("/staff");
  await expect(manager).toHaveURL(/\/staff$/);
});
