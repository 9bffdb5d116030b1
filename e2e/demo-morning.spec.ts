// A first start that looks alive (issue 11 point 10), in Chromium on a desktop: the demo hotel's queue opens with
// requests awaiting an answer across departments (one overdue, one due within the hour, one whose guest wrote last),
// and today's run sheet has sessions. The seed dates them from the moment it ran (db/seed/morning.ts); the
// requests belong to the morning's own demo stays, which no other spec books for.
import { expect, test, type Locator } from "./fixtures/test";
import { newStaffPage } from "./fixtures/sign-in";

async function instant(locator: Locator): Promise<number> {
  return Date.parse((await locator.getAttribute("datetime"))!);
}

test("the queue opens with this morning's requests, and today's run sheet has sessions", async ({ browser }) => {
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  const row = (guest: string, service: string) => staff.getByRole("row").filter({ hasText: guest }).filter({ hasText: service });

  // Awaiting an answer, across three departments; the transport desk is past its target.
  const transfer = row("Luca Marchetti", "Airport and station transfer");
  await expect(transfer).toHaveCount(1);
  await expect(transfer).toContainText("Awaiting confirmation");
  await expect(transfer).toContainText("Transport");
  await expect(transfer).toContainText("Overdue");
  const doctor = row("Maja Lindgren", "Paediatrician visit");
  await expect(doctor).toContainText("Awaiting confirmation");
  await expect(doctor).toContainText("Reception");
  const tour = row("Maja Lindgren", "Guided group");
  await expect(tour).toContainText("Awaiting confirmation");
  await expect(tour).toContainText("Activities desk");
  await expect(tour.getByTestId("taking-part")).toHaveText("2 adults, 1 child aged 8");
  // Confirmed, but the guest wrote afterwards.
  const menu = row("Réka Takács", "Children's menu");
  await expect(menu).toContainText("Confirmed");
  await expect(menu.getByTestId("guest-wrote")).toBeVisible();

  // The doctor is wanted within the hour of the request, and that time is still ahead.
  await doctor.getByRole("link").click();
  const details = staff.getByRole("region", { name: "Details" });
  const fact = (term: string) => details.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").locator("time");
  const when = await instant(fact("When"));
  const asked = await instant(fact("Requested"));
  expect(when).toBeGreaterThan(Date.now());
  expect(when - asked).toBeLessThanOrEqual(60 * 60_000);
  await expect(staff.getByText("Our 4-year-old has had a temperature since last night.")).toBeVisible();

  // Today's run sheet: sessions in three departments.
  await staff.goto("/staff/run-sheet");
  const entry = (department: string, guest: string, service: string) =>
    staff.getByRole("region", { name: department }).getByTestId("run-sheet-slot").filter({ hasText: service }).getByTestId("run-sheet-entry").filter({ hasText: guest });
  await expect(entry("Stables and farm", "Réka Takács", "Mini farm")).toContainText("1 adult, child aged 6");
  await expect(entry("Stables and farm", "Maja Lindgren", "Mini farm")).toContainText("2 adults, children aged 8, 4");
  await expect(entry("Kids' club", "Maja Lindgren", "Kids' animation")).toContainText("children aged 8, 4");
  await expect(entry("Activities desk", "Luca Marchetti", "Fishing")).toContainText("2 adults");
});
