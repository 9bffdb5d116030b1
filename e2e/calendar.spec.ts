// Calendar feeds over HTTP against the built app (issue 14 point 3): the manager copies a department's feed address
// from the Departments page, a calendar parser (node-ical) reads it; "Make a new address" → the old one answers 404.
// A guest's "Add to calendar" answers 404 for a booking that is not theirs, 401 to nobody. (Times across daylight
// saving and rescheduling: tests/calendar-feeds.test.ts.)
import ical, { type VEvent } from "node-ical";
import { expect, test } from "./fixtures/test";
import { newStaffPage } from "./fixtures/sign-in";
import { book, call, expectStatus, MISSING_ID, pickSession, signIn } from "./fixtures/api-client";

test("the manager copies a department's feed address, a calendar app reads it, a new address retires the old", async ({ browser, playwright, baseURL }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel");
  await manager.goto("/staff/departments");
  // A department of its own, so rotating its address changes nothing another test reads.
  const name = `Calendar ${Date.now().toString(36)}`;
  const form = manager.getByRole("region", { name: "New department" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Create department" }).click();
  const section = manager.getByRole("region", { name, exact: true });
  await expect(section).toBeVisible();
  const input = section.getByLabel(`Feed address for ${name}`);
  const oldUrl = await input.inputValue();
  expect(oldUrl).toMatch(new RegExp(`^${baseURL}/api/calendar/departments/[A-Za-z0-9_-]{32,}\\.ics$`));

  // A calendar app: no cookies.
  const app = await playwright.request.newContext();
  const first = await app.get(oldUrl);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await first.text();
  expect(body).toContain("BEGIN:VTIMEZONE");
  const parsed = ical.sync.parseICS(body);
  expect(Object.values(parsed).some((c) => c?.type === "VTIMEZONE")).toBe(true);

  await section.getByRole("button", { name: "Make a new address" }).click();
  await expect(section.getByRole("status")).toHaveText(/New address made/);
  await expect(input).not.toHaveValue(oldUrl);
  const newUrl = await input.inputValue();
  expect((await app.get(oldUrl)).status()).toBe(404);
  expect((await app.get(newUrl)).status()).toBe(200);
  expect((await app.get(`${baseURL}/api/calendar/departments/not-a-token.ics`)).status()).toBe(404);
  await app.dispose();
});

test("Add to calendar: the guest's own timed booking as a file; another guest gets 404, nobody 401", async ({ playwright, baseURL }) => {
  const novak = await signIn(playwright.request, baseURL!, { code: "CPL-2002", surname: "Novak" });
  const garcia = await signIn(playwright.request, baseURL!, { code: "FAM-1001", surname: "Garcia" });
  const session = await pickSession(novak, "boating", 1);
  const created = await book(novak, { serviceSlug: "boating", sessionId: session.id, quantity: 1 });
  expectStatus(created, 201, "book");
  const id = created.body.booking.bookingId as string;
  try {
    const file = await novak.get(`/api/calendar/bookings/${id}.ics`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="booking-[0-9a-f]{8}\.ics"$/);
    const events = Object.values(ical.sync.parseICS(await file.text())).filter((c) => c?.type === "VEVENT");
    expect(events).toHaveLength(1);
    expect((events[0] as VEvent).start.getTime()).toBe(Date.parse(session.startsAt));
    expect((events[0] as VEvent).summary).toMatch(/^Boating/);

    expect((await garcia.get(`/api/calendar/bookings/${id}.ics`)).status()).toBe(404);
    expect((await novak.get(`/api/calendar/bookings/${MISSING_ID}.ics`)).status()).toBe(404);
    const anonymous = await playwright.request.newContext();
    expect((await anonymous.get(`${baseURL}/api/calendar/bookings/${id}.ics`)).status()).toBe(401);
    await anonymous.dispose();
  } finally {
    expectStatus(await call(novak, "POST", `/api/v1/bookings/${id}/cancel`), 200, "cancel");
    await novak.dispose();
    await garcia.dispose();
  }
});
