// Message templates (issue 12 point 4) in Chromium against a real SMTP server (the run's mailbox, e2e/fixtures/mailbox.ts): reception, working in
// English, answers a Thai guest's request with "running late" — an English preview for them, the Thai text for the
// guest — and the guest reads the Thai text on their request's thread and in the email. A template without the guest's
// language says so before sending and is refused until rewritten. The manager's page refuses an unknown placeholder.
// Each test makes its own guests at the desk; the demo's templates (db/seed/templates.ts) are only read.
import { expect, test } from "./fixtures/test";
import { mailbox } from "./fixtures/mailbox";
import { book, dueTimeWithinADay, key, signIn } from "./fixtures/api-client";
import { newStaffPage } from "./fixtures/sign-in";
import { createStayAtDesk, uniqueCode } from "./fixtures/stays";

test("staff in English send 'running late' to a Thai guest, who reads it in Thai on the thread and by email", async ({ browser, playwright, baseURL }) => {
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  const code = uniqueCode("TH");
  const email = `${code.toLowerCase()}@example.com`;
  await createStayAtDesk(staff, { code, surname: "Srisuk", name: "Malee Srisuk", email, locale: "th" });
  const guestApi = await signIn(playwright.request, baseURL!, { code, surname: "Srisuk" });
  const created = await book(guestApi, { serviceSlug: "transfer", dueAt: dueTimeWithinADay(), quantity: 1 }, key("tpl"));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bookingId: string = created.body.booking.bookingId;

  // The guest signs in on a phone that reads Thai: the stay keeps the language the guest reads the app in.
  const guestContext = await browser.newContext({ locale: "th-TH", viewport: { width: 390, height: 844 } });
  const guest = await guestContext.newPage();
  await guest.goto("/signin");
  await guest.locator("input[name=code]").fill(code);
  await guest.locator("input[name=surname]").fill("Srisuk");
  await guest.locator("form button[type=submit]").click();
  await expect(guest).not.toHaveURL(/\/signin/);

  await staff.goto(`/staff/requests/${bookingId}`);
  const panel = staff.getByRole("region", { name: "Send a prepared message" });
  await panel.getByLabel("Template").selectOption({ label: "Running late" });
  // The staff member's own language, filled in for this request.
  await expect(panel.getByTestId("template-preview-staff")).toContainText("Dear Malee Srisuk, we are sorry: your Airport and station transfer at");
  await expect(panel.getByText("In your language (English)")).toBeVisible();
  // The guest's: Thai, nothing missing.
  const guestText = panel.getByLabel("What the guest reads (Thai)");
  await expect(guestText).toHaveValue(/^เรียนคุณ Malee Srisuk ขออภัยค่ะ บริการรับส่งสนามบินและสถานีรถไฟ ของคุณเวลา .+ จะล่าช้าประมาณ 15 นาที/);
  await expect(panel.getByTestId("template-missing-language")).toHaveCount(0);
  const thai = await guestText.inputValue();
  expect(thai).not.toContain("{");
  await panel.getByRole("button", { name: "Send to the guest" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Sent to the guest." })).toBeVisible();
  await expect(staff.getByTestId("guest-thread")).toContainText(thai);

  // The guest reads it on their request's thread.
  await guest.goto(`/requests/${bookingId}`);
  await expect(guest.getByTestId("thread")).toContainText(thai);

  // And by email, in Thai.
  const sent = async () => (await mailbox()).find((m) => m.to.includes(email) && m.text.includes(thai));
  await expect.poll(async () => (await sent())?.subject, { timeout: 30_000 }).toBe("ข้อความเกี่ยวกับ บริการรับส่งสนามบินและสถานีรถไฟ");
  expect((await sent())!.text).toContain("โรงแรมได้ส่งข้อความถึงท่านเกี่ยวกับ");
  await guestContext.close();
  await staff.context().close();
});

test("a template without the guest's language says so before sending, and is sent only once rewritten", async ({ browser, playwright, baseURL }) => {
  const staff = await newStaffPage(browser, "reception@demo.hotel", { waitFor: "queue" });
  const code = uniqueCode("PT");
  await createStayAtDesk(staff, { code, surname: "Souza", name: "Ana Souza" });
  const guestApi = await signIn(playwright.request, baseURL!, { code, surname: "Souza" });
  const created = await book(guestApi, { serviceSlug: "transfer", dueAt: dueTimeWithinADay(), quantity: 1 }, key("tpl"));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const bookingId: string = created.body.booking.bookingId;
  // The desk learns she reads Brazilian Portuguese: a language none of the hotel's templates is written in.
  await staff.getByRole("link", { name: "Edit stay" }).click();
  await staff.getByLabel("Guest's language (optional)").fill("pt-BR");
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  await staff.goto(`/staff/requests/${bookingId}`);
  const panel = staff.getByRole("region", { name: "Send a prepared message" });
  await panel.getByLabel("Template").selectOption({ label: "Welcome" });
  await expect(panel.getByTestId("template-missing-language")).toHaveText(
    "This template has no text in Brazilian Portuguese yet: it is shown in English. Rewrite the message in Brazilian Portuguese before sending.",
  );
  const text = panel.getByLabel("What the guest reads (Brazilian Portuguese)");
  await expect(text).toHaveValue("Welcome, Ana Souza! We are glad to have you with us. Write to us here whenever you need anything.");
  await panel.getByRole("button", { name: "Send to the guest" }).click();
  await expect(panel.getByText("This template has no text in the guest's language. Rewrite the message in their language before sending.")).toBeVisible();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByText("No messages yet.")).toBeVisible();

  await text.fill("Bem-vinda, Ana Souza! Escreva-nos aqui sempre que precisar de algo.");
  await panel.getByRole("button", { name: "Send to the guest" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Sent to the guest." })).toBeVisible();
  await expect(staff.getByTestId("guest-thread")).toContainText("Bem-vinda, Ana Souza! Escreva-nos aqui sempre que precisar de algo.");
  await staff.context().close();
});

test("the manager's templates: linked in the navigation, an unknown placeholder refused next to its field and nothing saved", async ({ browser }) => {
  const manager = await newStaffPage(browser, "manager@demo.hotel", { waitFor: "queue" });
  await manager.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Message templates" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Message templates" })).toBeVisible();
  const welcome = manager.getByRole("region", { name: "Welcome" });
  const english = welcome.getByLabel("English (the hotel's default language, required)");
  const before = await english.inputValue();
  expect(before).toContain("{guestName}");
  await expect(welcome.getByLabel("Thai", { exact: true })).toHaveValue(/ยินดีต้อนรับ/);

  await english.fill("Welcome {guestName}, your room {room} is ready.");
  await welcome.getByRole("button", { name: "Save" }).click();
  await expect(welcome.getByText("Unknown placeholder: {room}. Use only the placeholders listed above.")).toBeVisible();
  await expect(english).toHaveAttribute("aria-invalid", "true");
  await english.fill("");
  await welcome.getByRole("button", { name: "Save" }).click();
  await expect(welcome.getByText("Write the text in the hotel's default language.")).toBeVisible();

  await manager.reload();
  await expect(manager.getByRole("region", { name: "Welcome" }).getByLabel("English (the hotel's default language, required)")).toHaveValue(before);
  await manager.context().close();
});
