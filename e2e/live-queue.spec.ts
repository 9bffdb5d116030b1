// The live queue in Chromium: reception has the queue open, a guest books (through the other app instance when two
// run on PostgreSQL), and the new request appears without a reload.
import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { bookAsGuest, GuestClient, hotelDayFromToday, instanceURL, newKey } from "./fixtures/guest-api";
import { newGuestPage, newStaffPage } from "./fixtures/sign-in";

/** The queue listens once the page says so; a change before that would only show on the next refresh. */
async function waitUntilLive(page: Page): Promise<void> {
  await expect(page.locator('[data-live="live"]')).toHaveText("Live: changes appear without reloading");
}

test("a guest's new request appears in the open queue without a reload, announced", async ({ browser, playwright }) => {
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  // Narrowed to one family, so the new row lands on the first page however many requests other tests left open.
  await staff.goto("/staff?q=Kowalski");
  await waitUntilLive(staff);
  // A full reload would lose this.
  await staff.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const requestsBefore = await staff.evaluate(() => performance.getEntriesByType("navigation").length);

  // On PostgreSQL the config starts two app instances: the guest books through the other one.
  const instances = process.env.DATABASE_URL ? [instanceURL(0), instanceURL(1)] : [instanceURL(0)];
  const guest = await GuestClient.signIn(playwright.request, "BIG-5005", "Kowalski", instances);
  try {
    const note = `Live queue ${newKey("note")}`;
    const bookingId = await guest.mustBook(instances.length - 1, { serviceSlug: "childrens-menu", quantity: 1, note }, newKey("live"));

    const row = staff.locator(`a[href="/staff/requests/${bookingId}"]:visible`);
    await expect(row).toBeVisible();
    await expect(row).toHaveAccessibleName(/Children's menu.*Anna Kowalski/);
    // "New request", or "3 new requests" when other specs' guests booked at the same moment (two workers).
    await expect(staff.getByRole("status").filter({ hasText: /new requests?/i })).toBeVisible();

    expect(await staff.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await staff.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(requestsBefore);

    // The new request opens with the guest's note.
    await row.click();
    await expect(staff.getByText(note)).toBeVisible();
  } finally {
    await guest.dispose();
  }
});

test("a guest's message marks the request in the open queue without a reload; staff's answer clears it", async ({ browser, playwright }) => {
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  await staff.goto("/staff?q=Kowalski");
  await waitUntilLive(staff);
  const bookingId = await bookAsGuest(playwright.request, { code: "BIG-5005", surname: "Kowalski" }, { serviceSlug: "childrens-menu", quantity: 1, note: newKey("msg") }, newKey("msg"));
  const card = staff.locator("li, tr").filter({ has: staff.locator(`a[href="/staff/requests/${bookingId}"]:visible`) });
  await expect(card).toBeVisible();
  await expect(card.getByTestId("guest-wrote")).toHaveCount(0);

  // The guest writes on the request's page, on a phone.
  const guest = await newGuestPage(browser, { code: "BIG-5005", surname: "Kowalski" });
  await guest.goto(`/requests/${bookingId}`);
  await guest.getByLabel("Write to the team").fill("No nuts, please: our youngest is allergic.");
  await guest.getByRole("button", { name: "Send", exact: true }).click();
  await expect(guest.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();

  // The open queue marks the request, without a reload.
  await expect(card.getByTestId("guest-wrote")).toBeVisible();
  await expect(card.getByTestId("guest-wrote")).toContainText("The guest wrote a message that waits for an answer");

  // Reception answers from the request page; back in the queue the mark is gone.
  await staff.goto(`/staff/requests/${bookingId}`);
  await expect(staff.getByText("No nuts, please: our youngest is allergic.")).toBeVisible();
  await staff.getByLabel("Message to guest").fill("Noted: the kitchen cooks it without nuts.");
  await staff.getByRole("button", { name: "Send to guest" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Sent to the guest." })).toBeVisible();
  await staff.goto("/staff?q=Kowalski");
  await expect(staff.locator(`a[href="/staff/requests/${bookingId}"]:visible`)).toBeVisible();
  await expect(card.getByTestId("guest-wrote")).toHaveCount(0);
});

/** A stay of this test's own (a family with a one-year-old), imported as from the hotel's PMS: its code. */
async function ownFamilyStay(browser: Browser, surname: string): Promise<string> {
  const reception = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  const code = `LQ-${surname.slice(-6)}`.toUpperCase();
  const csv = [
    "reservation_code,surname,guest_name,email,room,check_in,check_out,adults,children_ages,vip,locale",
    `${code},${surname},Mia ${surname},,611,${hotelDayFromToday(0)},${hotelDayFromToday(3)},2,1,no,en`,
  ].join("\n");
  await reception.goto("/staff/stays/import");
  await reception.getByLabel("Paste the CSV").fill(csv);
  await reception.getByRole("button", { name: "Check file" }).click();
  await reception.getByRole("button", { name: "Import 1 stay" }).click();
  await expect(reception.getByRole("status")).toContainText("Imported: 1 new stay");
  await reception.context().close();
  return code;
}

/** Keeps, in the page, the booking ids its own stream of /api/staff/events announces from now on. */
function listen(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
        const source = new EventSource("/api/staff/events");
        source.addEventListener("booking", (e) => heard.push(JSON.parse((e as MessageEvent<string>).data).bookingId));
        source.addEventListener("ready", () => resolve(), { once: true });
      }),
  );
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);

test("department staff hear only of their departments' requests", async ({ browser, playwright }) => {
  // Its own family, and the kids' club's queue narrowed to it: the new row is on the first page however many
  // requests other tests left waiting (the longest-waiting come first).
  const surname = `Livequeue${crypto.randomBytes(3).toString("hex")}`;
  const code = await ownFamilyStay(browser, surname);
  const kids = await newStaffPage(browser, "kids@demo.hotel", { waitFor: "queue" });
  await kids.goto(`/staff?q=${surname}`);
  const stables = await newStaffPage(browser, "stables@demo.hotel", { waitFor: "queue" });
  await waitUntilLive(kids);
  await waitUntilLive(stables);
  // What each one's stream tells them, booking by booking: the stables' page's own announcement would also count another
  // spec's riding lesson booked at the same moment.
  await Promise.all([listen(kids), listen(stables)]);

  const guest = await GuestClient.signIn(playwright.request, code, surname, [instanceURL(0)]);
  try {
    // The cot is the kids' club's.
    const bookingId = await guest.mustBook(0, { serviceSlug: "crib", quantity: 1, note: newKey("cot") }, newKey("live"));

    await expect(kids.locator(`a[href="/staff/requests/${bookingId}"]:visible`)).toBeVisible();
    await expect(kids.getByRole("status").filter({ hasText: /new requests?/i })).toBeVisible();
    // Both streams got the change at the same moment, if at all: the kids' club was told, the stables were not.
    await expect.poll(() => heard(kids)).toContain(bookingId);
    expect(await heard(stables)).not.toContain(bookingId);
    // And the request is not theirs to see, even after a reload.
    await stables.reload();
    await expect(stables.getByRole("heading", { name: "Request queue" })).toBeVisible();
    await expect(stables.locator(`a[href="/staff/requests/${bookingId}"]`)).toHaveCount(0);
  } finally {
    await guest.dispose();
  }
});

test("the event stream is for staff only", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: instanceURL(0) });
  const res = await anonymous.get("/api/staff/events");
  expect(res.status()).toBe(401);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  await anonymous.dispose();

  const guest = await GuestClient.signIn(playwright.request, "FAM-1001", "Garcia", [instanceURL(0)]);
  try {
    const asGuest = await guest.at(0).request.get("/api/staff/events");
    expect(asGuest.status()).toBe(403);
  } finally {
    await guest.dispose();
  }
});

test("the queue filters by URL: a search narrows it, and bad parameters get a message instead of an error", async ({ browser, playwright }) => {
  const bookingId = await bookAsGuest(
    playwright.request,
    { code: "BIG-5005", surname: "Kowalski" },
    { serviceSlug: "childrens-menu", quantity: 1, note: newKey("menu") },
    newKey("filter"),
  );
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  const row = staff.locator(`a[href="/staff/requests/${bookingId}"]:visible`);

  // Search by the start of the surname, in another case, through the form.
  await staff.getByLabel("Room or surname").fill("kOWAL");
  await staff.getByRole("button", { name: "Apply filters" }).click();
  await expect(staff).toHaveURL(/[?&]q=kOWAL/);
  await expect(row).toBeVisible();
  // By room.
  await staff.goto("/staff?q=210");
  await expect(row).toBeVisible();
  await staff.goto("/staff?q=Zzyzx");
  await expect(staff.getByText("No requests match these filters.")).toBeVisible();
  await expect(row).toHaveCount(0);

  for (const bad of ["/staff?status=requested'%20or%201=1--", "/staff?department=spa", "/staff?day=2026-02-30", `/staff?q=${"x".repeat(51)}`, "/staff?sort=id"]) {
    const response = await staff.goto(bad);
    expect(response?.status(), bad).toBe(200);
    await expect(staff.getByRole("alert").filter({ hasText: "These filters could not be read" })).toBeVisible();
  }
  await staff.getByRole("link", { name: "Clear filters" }).click();
  await expect(staff).toHaveURL(/\/staff$/);
  // The whole queue again (the row may be on a later page, after what other tests left open).
  await expect(staff.getByRole("alert").filter({ hasText: "These filters could not be read" })).toHaveCount(0);
});
