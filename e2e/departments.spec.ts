// Department management in Chromium: the manager lowers the kids' club's response target (and sets it back:
// later specs share the demo database) and adds a department with a Hungarian guest name; a taken name and
// a target out of range are field errors; reception gets "not found".
import crypto from "node:crypto";
import { expect, test, type Locator } from "./fixtures/test";
import { signInStaffPage } from "./fixtures/sign-in";

const TARGET = "Response target (minutes)";

/** Saves a department's response target and waits for the announced result. */
async function saveTarget(department: Locator, minutes: string, result: string | RegExp) {
  await department.getByLabel(TARGET).fill(minutes);
  await department.getByRole("button", { name: "Save changes" }).click();
  await expect(department.getByRole("status").filter({ hasText: result })).toBeVisible();
}

test("the manager changes the kids' club's response target and adds a department with a Hungarian guest name", async ({ page }) => {
  await signInStaffPage(page, "manager@demo.hotel");
  await page.getByRole("navigation").getByRole("link", { name: "Departments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Departments" })).toBeVisible();

  const kids = page.getByRole("region", { name: "Kids' club", exact: true });
  await expect(kids.getByLabel(TARGET)).toHaveValue("15");
  await expect(kids.getByLabel("Guest name in Hungarian")).toHaveValue("Gyerekklub");
  try {
    // Out of range: refused next to the field, and what was typed stays.
    await kids.getByLabel(TARGET).fill("0");
    await kids.getByRole("button", { name: "Save changes" }).click();
    await expect(kids.getByText("Please enter whole minutes from 1 to 1440.")).toBeVisible();
    await expect(kids.getByLabel(TARGET)).toHaveAttribute("aria-invalid", "true");
    await expect(kids.getByLabel(TARGET)).toHaveValue("0");

    await saveTarget(kids, "5", "Saved: 1 change.");
    await page.reload();
    await expect(kids.getByLabel(TARGET)).toHaveValue("5");
  } finally {
    // Other specs run on the same demo hotel afterwards.
    await saveTarget(kids, "15", /Saved: 1 change\.|Nothing had changed\./);
  }

  const suffix = crypto.randomBytes(3).toString("hex");
  const name = `Boat house ${suffix}`;
  const hungarian = `Csónakház ${suffix}`;
  const form = page.getByRole("region", { name: "New department" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(TARGET).fill("25");
  await form.getByLabel("Guest name in Hungarian").fill(hungarian);
  await form.getByRole("button", { name: "Create department" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Department created." })).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");

  const created = page.getByRole("region", { name, exact: true });
  await expect(created.getByLabel(TARGET)).toHaveValue("25");
  await expect(created.getByLabel("Guest name in Hungarian")).toHaveValue(hungarian);
  await expect(created).toContainText(`no open requests · no staff · key: boat-house-${suffix}`);

  // The same name again is a field error, and no second department appears.
  await form.getByLabel("Name", { exact: true }).fill(name.toUpperCase());
  await form.getByRole("button", { name: "Create department" }).click();
  await expect(form.getByText("Another department already has this name.")).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByRole("region", { name, exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Kids' club", exact: true }).getByLabel(TARGET)).toHaveValue("15");
});

test("reception has no departments page: no link, and not found", async ({ page }) => {
  await signInStaffPage(page, "reception@demo.hotel");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Departments" })).toHaveCount(0);
  await page.goto("/staff/departments");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("for managers only")).toBeVisible();
});
