// Signed webhooks in Chromium against a real HTTP receiver started here (node:http on 127.0.0.1, E2E_WEBHOOK_PORT or
// any free port): the manager registers it in the back office and copies the secret shown once; a new guest's stay
// is created at the desk and the guest books in the browser → the deliveries reach the receiver and verify with the
// `standardwebhooks` library; the endpoint's delivery log says "Delivered". The server runs with
// WEBHOOKS_ALLOW_PRIVATE=1 and WEBHOOKS_ALLOW_HTTP=1 (playwright.config.ts) so a local receiver may be used.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { DateTime } from "luxon";
import { Webhook } from "standardwebhooks";
import { startWebhookReceiver, type WebhookReceiver } from "../tests/webhook-receiver";
import { newGuestPage, signInStaffPage } from "./fixtures/sign-in";

let receiver: WebhookReceiver;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver(Number(process.env.E2E_WEBHOOK_PORT || 0));
});

test.afterAll(async () => {
  await receiver?.close();
});

type Body = { type: string; timestamp: string; data: { stay?: { id: string; reservationCode: string }; booking?: { id: string; stayId: string; status: string; service: { slug: string } } } };

test("a delivery reaches a local receiver with a valid signature after a booking in the browser", async ({ page, browser }) => {
  const run = Math.random().toString(36).slice(2, 8).toUpperCase();
  const code = `HOOK-${run}`;

  // The manager registers the receiver; the secret is shown once.
  await signInStaffPage(page, "manager@demo.hotel");
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  // Every event is offered, by name, and ticked to begin with.
  await expect(page.getByRole("checkbox", { name: "Booking made (booking.created)" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Stay changed (stay.updated)" })).toBeChecked();
  await page.getByLabel("URL").fill(`${receiver.url}/${run}`);
  await page.getByLabel("Description (optional)").fill(`E2E receiver ${run}`);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Endpoint added." })).toBeVisible();
  const secret = await page.getByTestId("webhook-secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  const hooks = new Webhook(secret);

  // A new stay at the desk (stay.created), for a guest no other test books for.
  const today = DateTime.now().setZone("Europe/Berlin");
  await page.goto("/staff/stays/new");
  await page.getByLabel("Reservation code").fill(code);
  await page.getByLabel("Surname").fill("Hookson");
  await page.getByLabel("Guest's full name").fill("Wanda Hookson");
  await page.getByLabel("Check-in").fill(today.toISODate()!);
  await page.getByLabel("Check-out").fill(today.plus({ days: 3 }).toISODate()!);
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stay created." })).toBeVisible();

  // The guest books a baby cot on a phone.
  const guest = await newGuestPage(browser, { code, surname: "Hookson", name: "Wanda Hookson" });
  await guest.goto("/services/crib");
  await expect(guest.locator("form[data-ready]")).toBeVisible();
  await guest.getByRole("button", { name: "Book now" }).click();
  await expect(guest.getByRole("status").filter({ hasText: /Booked!/ })).toBeVisible();

  // Both events reach the receiver (the housekeeping pass runs every 2 s), each verifying with the secret.
  const mine = () =>
    receiver.requests
      .filter((r) => r.path === `/hooks/${run}`)
      .map((r) => ({ hook: r, body: hooks.verify(r.body, r.headers) as Body }));
  await expect.poll(() => mine().find((m) => m.body.type === "stay.created" && m.body.data.stay?.reservationCode === code), { timeout: 30_000 }).toBeTruthy();
  const stayId = mine().find((m) => m.body.type === "stay.created" && m.body.data.stay?.reservationCode === code)!.body.data.stay!.id;
  await expect.poll(() => mine().find((m) => m.body.type === "booking.created" && m.body.data.booking?.stayId === stayId), { timeout: 30_000 }).toBeTruthy();
  const booked = mine().find((m) => m.body.type === "booking.created" && m.body.data.booking?.stayId === stayId)!;
  expect(booked.body.data.booking!.service.slug).toBe("crib");
  expect(booked.hook.headers["webhook-signature"]).toMatch(/^v1,/);
  expect(booked.hook.headers["content-type"]).toBe("application/json");
  // A wrong secret would not verify: the signature is real.
  expect(() => new Webhook("whsec_" + Buffer.from("not the secret, 32 bytes long...").toString("base64")).verify(booked.hook.body, booked.hook.headers)).toThrow();

  // The endpoint's delivery log shows it delivered.
  await page.goto("/staff/webhooks");
  await page.getByRole("link", { name: `${receiver.url}/${run}` }).click();
  const log = page.getByTestId("delivery-log");
  await expect(log.getByRole("row").filter({ hasText: booked.hook.headers["webhook-id"] })).toContainText("Delivered");
  await expect(log.getByRole("row").filter({ hasText: booked.hook.headers["webhook-id"] })).toContainText("200");
  await expect(log.getByRole("row").filter({ hasText: booked.hook.headers["webhook-id"] })).toContainText("Booking made");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Switched off at the end, so later events of other tests do not queue for a receiver that is gone.
  await page.getByRole("checkbox", { name: "Active", exact: true }).uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${receiver.url}/${run}`);
});
