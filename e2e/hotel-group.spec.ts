// The hotel group in Chromium (issue 12.1–12.2): the group administrator sees both demo hotels side by side and creates
// a third (a wrong time zone is refused next to its field); a receptionist working at both hotels switches between
// them and each time sees only that hotel's requests — another hotel's request, opened by its address, is not found;
// a Bangkok guest sees only the Bangkok catalogue, priced in baht.
import crypto from "node:crypto";
import { expect, test } from "./fixtures/test";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

test("the group administrator compares the hotels and creates a new one; a wrong time zone is refused at its field", async ({ browser }) => {
  const admin = await newStaffPage(browser, "admin@demo.hotel");
  await admin.getByRole("link", { name: "Hotel group" }).click();
  const table = admin.getByTestId("group-compare");
  await expect(table.getByRole("rowheader", { name: /Lakeside Forest Hotel/ })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /Riverside Bangkok/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Riverside Bangkok/ })).toContainText("Asia/Bangkok");

  const suffix = crypto.randomBytes(3).toString("hex");
  const form = admin.getByRole("region", { name: "New property" });
  await form.getByLabel("Name", { exact: true }).fill(`Harbour Penang ${suffix}`);
  await form.getByLabel("Short name (for links)").fill(`harbour-penang-${suffix}`);
  await form.getByLabel("Time zone").fill("Mars/Olympus");
  await form.getByLabel("Currency").fill("MYR");
  await form.getByRole("checkbox", { name: "Bahasa Melayu" }).check();
  await form.getByRole("button", { name: "Create property" }).click();
  await expect(form.getByText("Not a known time zone.")).toBeVisible();

  await form.getByLabel("Time zone").fill("Asia/Kuala_Lumpur");
  await form.getByLabel("Default language").selectOption({ label: "Bahasa Melayu" });
  await form.getByLabel("Start from the catalogue of").selectOption({ label: "Lakeside Forest Hotel" });
  await form.getByRole("button", { name: "Create property" }).click();
  await expect(form.getByRole("status")).toContainText(/Property created \(\d+ services copied\)/);
  await admin.reload();
  await expect(admin.getByTestId("group-compare").getByRole("rowheader", { name: new RegExp(`Harbour Penang ${suffix}`) })).toBeVisible();
});

test("a receptionist at two hotels switches between them and sees only the chosen hotel's requests", async ({ browser }) => {
  const staff = await newStaffPage(browser, "floater@demo.hotel", { waitFor: "queue" });
  const header = staff.getByRole("banner");
  await expect(header.getByLabel("Property")).toHaveValue(/.+/);

  // At the lakeside hotel: its morning's guest is in the queue, the Bangkok guest is not.
  await staff.goto("/staff?q=Lindgren");
  const lakesideRow = staff.locator('a[href^="/staff/requests/"]:visible').first();
  await expect(lakesideRow).toBeVisible();
  const lakesideRequest = await lakesideRow.getAttribute("href");
  await staff.goto("/staff?q=Wongsakul");
  await expect(staff.getByText("Ploy Wongsakul")).toHaveCount(0);

  // Switch to Bangkok: the other way round, and the lakeside request's own address is not found.
  await header.getByLabel("Property").selectOption({ label: "Riverside Bangkok" });
  await header.getByRole("button", { name: "Switch" }).click();
  await expect(staff).toHaveURL(/\/staff$/);
  await expect(header).toContainText("Riverside Bangkok");
  await staff.goto("/staff?q=Wongsakul");
  await expect(staff.getByRole("row").filter({ hasText: "Ploy Wongsakul" })).toBeVisible();
  await staff.goto("/staff?q=Lindgren");
  await expect(staff.getByText("Maja Lindgren")).toHaveCount(0);
  const response = await staff.goto(lakesideRequest!);
  expect(response?.status()).toBe(404);
  await expect(staff.getByRole("heading", { name: "Request not found" })).toBeVisible();

  // And back.
  await header.getByLabel("Property").selectOption({ label: "Lakeside Forest Hotel" });
  await header.getByRole("button", { name: "Switch" }).click();
  await expect(staff).toHaveURL(/\/staff$/);
  expect((await staff.goto(lakesideRequest!))?.status()).toBe(200);
});

test("a Bangkok guest sees only the Bangkok hotel's catalogue, in baht", async ({ browser }) => {
  const guest = await newGuestPage(browser, { code: "BKK-3102", surname: "Tan", name: "Wei Ling Tan" });
  await guest.goto("/services/long-tail-boat");
  await expect(guest.getByRole("heading", { name: "Long-tail boat through the canals" })).toBeVisible();
  await expect(guest.getByText(/THB|฿/).first()).toBeVisible();
  const lakeside = await guest.goto("/services/horse-riding");
  expect(lakeside?.status()).toBe(404);
});

test("a new property's manager sets it up in Thai and sees nothing of the other hotels", async ({ browser }) => {
  const admin = await newStaffPage(browser, "admin@demo.hotel");
  await admin.goto("/staff/group");
  const suffix = crypto.randomBytes(3).toString("hex");
  const name = `Chiang Mai Garden ${suffix}`;
  const form = admin.getByRole("region", { name: "New property" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Short name (for links)").fill(`chiang-mai-${suffix}`);
  await form.getByLabel("Time zone").fill("Asia/Bangkok");
  await form.getByLabel("Currency").fill("THB");
  await form.getByRole("checkbox", { name: "ไทย" }).check();
  await form.getByLabel("Default language").selectOption({ label: "ไทย" });
  await form.getByRole("button", { name: "Create property" }).click();
  await expect(form.getByRole("status")).toContainText("Property created (empty catalogue)");

  // The Bangkok manager (who works in Thai) gets the new property too.
  await admin.reload();
  const who = admin.getByRole("region", { name: "Who works where" });
  await who.getByLabel("Staff email").fill("manager.bkk@demo.hotel");
  await who.getByLabel("Property").selectOption({ label: name });
  await who.getByLabel("Role there").selectOption({ label: "Manager" });
  await who.getByRole("button", { name: "Save" }).click();
  await expect(who.getByRole("status")).toContainText("Saved");

  const manager = await newStaffPage(browser, "manager.bkk@demo.hotel");
  const header = manager.getByRole("banner");
  await header.getByLabel("โรงแรม").selectOption({ label: name });
  await header.getByRole("button", { name: "สลับ" }).click();
  await expect(header).toContainText(name);

  await manager.goto("/staff/departments");
  const newDepartment = manager.getByRole("region", { name: "เพิ่มแผนก" });
  await newDepartment.getByLabel("ชื่อ", { exact: true }).fill(`ต้อนรับ ${suffix}`);
  await newDepartment.getByLabel("เป้าหมายการตอบกลับ (นาที)").fill("10");
  await newDepartment.getByRole("button", { name: "สร้างแผนก" }).click();
  await expect(newDepartment.getByRole("status").filter({ hasText: "สร้างแผนกแล้ว" })).toBeVisible();
  await manager.reload();
  await expect(manager.getByText(`ต้อนรับ ${suffix}`).first()).toBeVisible();
  // Only this property's departments: neither Bangkok's nor the lakeside hotel's.
  await expect(manager.getByText("River and boats")).toHaveCount(0);
  await expect(manager.getByText("Stables and farm")).toHaveCount(0);
  await manager.goto("/staff?q=Wongsakul");
  await expect(manager.getByText("Ploy Wongsakul")).toHaveCount(0);
});
