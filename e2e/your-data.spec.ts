// "Your data" (issue 12 §5) in Chromium: the guest opens it from the footer, reads until which day their data is kept,
// and downloads it as JSON holding their booking; the manager sets the retention period, and a value out of range gets
// its error next to the field and changes nothing.
import fs from "node:fs";
import { DateTime } from "luxon";
import { expect, test } from "./fixtures/test";
import { GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

test("the guest reads until when their data is kept and downloads it with their booking", async ({ browser, playwright }) => {
  const code = uniqueCode("YDT");
  const surname = `Datasson${code.slice(-5)}`;
  const name = `Dora ${surname}`;
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await createStayAtDesk(staff, { code, surname, name, adults: 2, childrenAges: [1], email: `${code.toLowerCase()}@guest.test`, nights: 4 });

  const note = `Cot by the window ${code}`;
  const guest = await GuestClient.signIn(playwright.request, code, surname, [instanceURL(0)]);
  let bookingId: string;
  try {
    bookingId = await guest.mustBook(0, { serviceSlug: "crib", dueAt: `${hotelDayFromToday(1)}T10:00`, quantity: 1, note }, newKey("yd"));
  } finally {
    await guest.dispose();
  }

  const page = await newGuestPage(browser, { code, surname, name });
  await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  // The demo hotel keeps guest data 90 days after check-out (4 nights from today, hotel time).
  const keptUntil = DateTime.now().setZone("Europe/Berlin").startOf("day").plus({ days: 4 + 90 });
  const shown = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${keptUntil.toISODate()}T12:00:00Z`));
  await expect(page.getByTestId("kept-until")).toHaveText(`Your personal data is kept until ${shown} (90 days after check-out).`);

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download your data (JSON)" }).click()]);
  const data = JSON.parse(fs.readFileSync((await file.path())!, "utf8"));
  expect(data.stay).toMatchObject({ reservationCode: code, surname, guestName: name });
  expect(data.keptUntil).toBe(keptUntil.toISODate());
  expect(data.bookings).toHaveLength(1);
  expect(data.bookings[0]).toMatchObject({ id: bookingId, note, quantity: 1 });

  // In the guest's language: the same day, written the Thai way.
  await page.getByRole("combobox", { name: "Language" }).selectOption("th");
  await expect(page.getByRole("heading", { level: 1, name: "ข้อมูลของคุณ" })).toBeVisible();
  const thai = new Intl.DateTimeFormat("th", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${keptUntil.toISODate()}T12:00:00Z`));
  await expect(page.getByTestId("kept-until")).toHaveText(`ข้อมูลส่วนบุคคลของคุณจะถูกเก็บไว้จนถึง ${thai} (90 วันหลังเช็คเอาท์)`);

  // Only a guest opens it: signed-in staff are refused, with none of the guest's data.
  const asStaff = await staff.request.get("/api/your-data");
  expect(asStaff.status()).toBe(403);
  expect(await asStaff.text()).not.toContain(surname);
});

test("the manager sets the retention period; a value out of range gets the field's error", async ({ browser }) => {
  const page = await newStaffPage(browser, "manager@demo.hotel");
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Property settings" })).toBeVisible();
  const field = page.getByLabel("Days kept after check-out");
  await expect(field).toHaveValue("90");

  for (const bad of ["5", "4000", ""]) {
    await field.fill(bad);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a whole number of days from 7 to 3650.")).toBeVisible();
  }
  await page.reload();
  await expect(field).toHaveValue("90");

  try {
    await field.fill("365");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved: guest data is kept 365 days after check-out." })).toBeVisible();
    await page.reload();
    await expect(field).toHaveValue("365");
  } finally {
    // The demo hotel's period as the other specs expect it.
    await field.fill("90");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved: guest data is kept 90 days after check-out." })).toBeVisible();
  }
});
