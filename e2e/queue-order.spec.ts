// The request queue's order in Chromium (issue 11.5), with its own department (answers within 1 minute), service and
// two stays of one family (one VIP): overdue first, then awaiting an answer, then the guest wrote last, then the rest;
// VIP first within each group; and each row's status says what it is (cancelled, expired: not "Answered").
import crypto from "node:crypto";
import { expect, test, type Page } from "./fixtures/test";
import { GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

const TARGET = "Response target (minutes)";

/** A department whose requests are overdue after a minute, and an in-room service it fulfils. */
async function departmentAndService(manager: Page, suffix: string): Promise<string> {
  await manager.goto("/staff/departments");
  const form = manager.getByRole("region", { name: "New department" });
  const department = `Queue order ${suffix}`;
  await form.getByLabel("Name", { exact: true }).fill(department);
  await form.getByLabel(TARGET).fill("1");
  await form.getByLabel("Guest name in Hungarian").fill(`Sorrend ${suffix}`);
  await form.getByRole("button", { name: "Create department" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Department created." })).toBeVisible();

  const slug = `queue-order-${suffix}`;
  await manager.goto("/staff/catalogue");
  await manager.getByRole("link", { name: "Add a service to Nature experiences package" }).click();
  await manager.getByLabel("Name in English").fill(`Pillow menu ${suffix}`);
  await manager.getByLabel("Description in English").fill("A choice of pillows brought to the room.");
  await manager.getByLabel("How it is booked").selectOption({ label: "In-room / on request" });
  await manager.getByLabel("Web address (slug)").fill(slug);
  await manager.getByLabel("Price (EUR, tax included)").fill("5");
  await manager.getByLabel("Price unit").selectOption({ label: "Per booking" });
  await manager.getByLabel("Tax rate (%)").fill("19");
  await manager.getByLabel("Internal cost per unit (EUR)").fill("1");
  await manager.getByLabel("Department that fulfils it").selectOption({ label: department });
  await manager.getByRole("button", { name: "Create service" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Service created" })).toBeVisible();
  return slug;
}

/** Two stays of one family, arriving today, the second one VIP, imported as from the hotel's PMS. */
async function familyStays(staff: Page, surname: string, suffix: string): Promise<{ regular: string; vip: string }> {
  const regular = `QO-${suffix}-1`.toUpperCase();
  const vip = `QO-${suffix}-2`.toUpperCase();
  const [from, to] = [hotelDayFromToday(0), hotelDayFromToday(3)];
  const csv = [
    "reservation_code,surname,guest_name,email,room,check_in,check_out,adults,children_ages,vip,locale",
    `${regular},${surname},Ines ${surname},,601,${from},${to},2,,no,en`,
    `${vip},${surname},Otto ${surname},,602,${from},${to},2,,yes,en`,
  ].join("\n");
  await staff.goto("/staff/stays/import");
  await staff.getByLabel("Paste the CSV").fill(csv);
  await staff.getByRole("button", { name: "Check file" }).click();
  await staff.getByRole("button", { name: "Import 2 stays" }).click();
  await expect(staff.getByRole("status")).toContainText("Imported: 2 new stays");
  return { regular, vip };
}

/** The request links of the queue's table, top to bottom. */
async function queueOrder(staff: Page): Promise<string[]> {
  const links = staff.locator('table a[href^="/staff/requests/"]');
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))).map((href) => href.split("/").pop()!);
}

const rowOf = (staff: Page, id: string) => staff.locator("tr").filter({ has: staff.locator(`a[href="/staff/requests/${id}"]`) });

test("the queue shows overdue, then awaiting an answer, then the guest wrote last, then the rest; VIP first in each", async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  const suffix = crypto.randomBytes(3).toString("hex");
  const surname = `Queueorder${suffix}`;
  const manager = await newStaffPage(browser, "manager@demo.hotel", { waitFor: "queue" });
  const slug = await departmentAndService(manager, suffix);
  const codes = await familyStays(manager, surname, suffix);

  const instances = [instanceURL(0)];
  const regular = await GuestClient.signIn(playwright.request, codes.regular, surname, instances);
  const vip = await GuestClient.signIn(playwright.request, codes.vip, surname, instances);
  const book = (guest: GuestClient) => guest.mustBook(0, { serviceSlug: slug, quantity: 1 }, newKey("order"));
  try {
    // Made first, so that their minute runs while the rest is set up: two that nobody answers (the regular stay's
    // first); then answered (then the guest writes), answered, cancelled by the guest.
    const overdueRegular = await book(regular);
    const overdueVip = await book(vip);
    const answeredGuestWrote = await book(regular);
    const answered = await book(regular);
    const cancelled = await book(regular);
    const cancel = await regular.at(0).request.post(`/api/v1/bookings/${cancelled}/cancel`, { headers: { origin: instances[0] } });
    expect(cancel.status(), await cancel.text()).toBe(200);

    const reception = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
    for (const id of [answeredGuestWrote, answered]) {
      await reception.goto(`/staff/requests/${id}`);
      await reception.getByRole("button", { name: "Confirm" }).click();
      await expect(reception.getByRole("status").filter({ hasText: "Confirmed" })).toBeVisible();
    }
    const guestPage = await newGuestPage(browser, { code: codes.regular, surname });
    await guestPage.goto(`/requests/${answeredGuestWrote}`);
    await guestPage.getByLabel("Write to the team").fill("Could you add a second feather pillow?");
    await guestPage.getByRole("button", { name: "Send", exact: true }).click();
    await expect(guestPage.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();

    // The department answers within a minute: the first two unanswered ones become overdue; then two more come in.
    await reception.goto(`/staff?q=${surname}`);
    await expect(async () => {
      await reception.reload();
      await expect(rowOf(reception, overdueRegular).getByTestId("queue-state")).toContainText("Overdue", { timeout: 1000 });
      await expect(rowOf(reception, overdueVip).getByTestId("queue-state")).toContainText("Overdue", { timeout: 1000 });
    }).toPass({ timeout: 100_000, intervals: [1_000] });
    const awaitingRegular = await book(regular);
    const awaitingVip = await book(vip);

    await reception.goto(`/staff?q=${surname}`);
    expect(await queueOrder(reception)).toEqual([overdueVip, overdueRegular, awaitingVip, awaitingRegular, answeredGuestWrote, answered]);
    await expect(rowOf(reception, overdueVip).getByTestId("queue-state")).toContainText(/Overdue\s*waiting \d+ min · target 1 min/);
    await expect(rowOf(reception, awaitingVip).getByTestId("queue-state")).toHaveText("waiting 0 min · target 1 min");
    await expect(rowOf(reception, answeredGuestWrote).getByTestId("guest-wrote")).toBeVisible();
    await expect(rowOf(reception, answeredGuestWrote).getByTestId("queue-state")).toHaveText("Answered");
    await expect(rowOf(reception, answered).getByTestId("queue-state")).toHaveText("Answered");

    // Every status: the cancelled one comes last and says so.
    await reception.goto(`/staff?q=${surname}&status=all`);
    expect((await queueOrder(reception)).at(-1)).toBe(cancelled);
    await expect(rowOf(reception, cancelled).getByTestId("queue-state")).toHaveText("Cancelled");
  } finally {
    await regular.dispose();
    await vip.dispose();
  }
});

test("an expired request says it expired unanswered, not that it was answered", async ({ browser }) => {
  // The demo hotel's history has requests nobody answered in time (read only here).
  const reception = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await reception.goto("/staff?status=expired");
  const states = reception.locator("table").getByTestId("queue-state");
  await expect(states.first()).toBeVisible();
  expect(new Set(await states.allTextContents())).toEqual(new Set(["Expired: not answered in time"]));
});
