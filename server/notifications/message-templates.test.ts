// Message templates: the manager writes one per situation in the property's languages (refused and unchanged on an
// unknown situation, an unknown placeholder, no default-language text); staff send one on a request and the guest reads
// it in their language on the thread and in the email; a template missing the guest's language is refused unless
// rewritten. Another hotel's templates and requests stay out of reach.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, messageTemplates } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { listGuestThread } from "@/server/requests/thread";
import { sendTemplateMessage, templateChoicesForRequest } from "@/server/requests/template-messages";
import { auditRowsOf, createActor } from "@/tests/factories-admin";
import { createDepartment, createOnRequestService, createProperty, createStaff, createStay } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { expectAppError } from "@/tests/expect-app-error";
import { useTestDatabase } from "@/tests/migrate";
import { listMessageTemplates, saveMessageTemplate } from "./message-templates";

useTestDatabase();

const NOW = new Date("2026-12-04T05:00:00Z"); // 12:00 in Bangkok

async function hotel() {
  const property = await createProperty({ timeZone: "Asia/Bangkok", locales: ["en", "th", "hu"], defaultLocale: "en", currency: "THB" });
  const manager = await createActor(property, "manager");
  const department = await createDepartment(property, { name: "Spa" });
  const service = await createOnRequestService(department, { name: { en: "Thai massage", th: "นวดแผนไทย" } });
  const thai = await createStay(property, { now: NOW, guestName: "Somchai Srisuk", locale: "th", email: `srisuk-${property.id.slice(0, 8)}@example.com` });
  const booking = await insertBooking(thai, service, { status: "confirmed", scheduledAt: new Date("2026-12-04T07:30:00Z") });
  return { property, manager, department, service, thai, booking };
}

async function fieldErrorsOf(promise: Promise<unknown>) {
  const err = await expectAppError(promise, "input:invalid");
  return (err as AppError).fieldErrors;
}

async function templateRows(propertyId: string) {
  return db().select().from(messageTemplates).where(eq(messageTemplates.propertyId, propertyId));
}

describe("the manager's templates", () => {
  it("lists every situation in the property's languages, default first, and saves one (audited)", async () => {
    const { property, manager } = await hotel();
    const before = await listMessageTemplates(manager);
    expect(before.locales).toEqual(["en", "th", "hu"]);
    expect(before.templates.map((t) => t.situation)).toEqual(["running_late", "declined_alternative", "weather_cancellation", "on_its_way", "ready_for_pickup", "welcome"]);
    expect(before.templates.every((t) => Object.keys(t.bodies).length === 0)).toBe(true);

    const saved = await saveMessageTemplate(manager, "running_late", { en: " Sorry {guestName}, {service} at {time} runs late. ", th: "ขออภัย {guestName}", hu: "" });
    expect(saved.changed).toEqual(["en", "th"]);
    const after = await listMessageTemplates(manager);
    expect(after.templates[0].bodies).toEqual({ en: "Sorry {guestName}, {service} at {time} runs late.", th: "ขออภัย {guestName}" });
    expect((await auditRowsOf(manager, "message_template.update")).map((a) => [a.target, a.outcome])).toEqual([["running_late", "ok"]]);
    // Saving the same texts again changes nothing and writes no second audit row.
    expect((await saveMessageTemplate(manager, "running_late", { en: "Sorry {guestName}, {service} at {time} runs late.", th: "ขออภัย {guestName}" })).changed).toEqual([]);
    expect(await auditRowsOf(manager, "message_template.update")).toHaveLength(1);
    expect(await templateRows(property.id)).toHaveLength(1);
  });

  it("refuses, changing nothing: an unknown situation, an unknown placeholder, no default-language text, a language the hotel does not speak", async () => {
    const { property, manager } = await hotel();
    await saveMessageTemplate(manager, "welcome", { en: "Welcome {guestName}" });
    expect(await fieldErrorsOf(saveMessageTemplate(manager, "lost_luggage", { en: "Hello" }))).toEqual({ situation: ["staff.templates.errors.unknownSituation"] });
    expect(await fieldErrorsOf(saveMessageTemplate(manager, "welcome", { en: "Welcome {guestName} to room {room}", th: "{ห้อง}" }))).toEqual({
      body_en: ["staff.templates.errors.unknownPlaceholder:{room}"],
      body_th: ["staff.templates.errors.unknownPlaceholder:{ห้อง}"],
    });
    expect(await fieldErrorsOf(saveMessageTemplate(manager, "welcome", { en: "", th: "ยินดีต้อนรับ" }))).toEqual({ body_en: ["staff.templates.errors.missingDefault"] });
    expect(await fieldErrorsOf(saveMessageTemplate(manager, "welcome", { en: "Welcome", az: "Xoş gəlmisiniz" }))).toEqual({ body_az: ["staff.templates.errors.notPropertyLanguage"] });
    const rows = await templateRows(property.id);
    expect(rows.map((r) => [r.situation, r.bodies])).toEqual([["welcome", { en: "Welcome {guestName}" }]]);
  });

  it("is the manager's only, and each hotel's own", async () => {
    const { property, manager } = await hotel();
    const reception = await createActor(property, "reception");
    await expectAppError(listMessageTemplates(reception), "auth:forbidden");
    await expectAppError(saveMessageTemplate(reception, "welcome", { en: "Hi" }), "auth:forbidden");
    expect((await auditRowsOf(reception, "message_template.update")).map((a) => a.outcome)).toEqual(["denied"]);
    await saveMessageTemplate(manager, "welcome", { en: "Ours" });
    const other = await hotel();
    expect((await listMessageTemplates(other.manager)).templates.find((t) => t.situation === "welcome")!.bodies).toEqual({});
    expect(await templateRows(property.id)).toHaveLength(1);
  });
});

describe("sending a template on a request", () => {
  it("previews it in the staff member's language and the guest's, and sends the guest's: thread and email in Thai", async () => {
    const { property, manager, thai, booking } = await hotel();
    await saveMessageTemplate(manager, "running_late", {
      en: "Sorry {guestName}, your {service} at {time} is running 15 minutes late.",
      th: "ขออภัยคุณ {guestName} {service} เวลา {time} จะล่าช้า 15 นาที",
    });
    const reception = await createStaff(property, { role: "reception", name: "Nok" });
    const choices = (await templateChoicesForRequest(reception, booking.id, "en", NOW))!;
    expect(choices.guestLocale).toBe("th");
    expect(choices.values.guest).toEqual({ guestName: "Somchai Srisuk", service: "นวดแผนไทย", time: "14:30" });
    expect(choices.values.staff).toEqual({ guestName: "Somchai Srisuk", service: "Thai massage", time: "2:30 PM" });
    expect(choices.templates).toEqual([
      {
        situation: "running_late",
        guest: { locale: "th", fallback: false, text: "ขออภัยคุณ {guestName} {service} เวลา {time} จะล่าช้า 15 นาที" },
        staff: { locale: "en", fallback: false, text: "Sorry {guestName}, your {service} at {time} is running 15 minutes late." },
      },
    ]);

    const sent = await sendTemplateMessage(reception, booking.id, { situation: "running_late", body: "" }, NOW);
    expect(sent.locale).toBe("th");
    const thread = await listGuestThread(property.id, booking.id);
    expect(thread.map((m) => [m.authorKind, m.authorName, m.body])).toEqual([["staff", "Nok", "ขออภัยคุณ Somchai Srisuk นวดแผนไทย เวลา 14:30 จะล่าช้า 15 นาที"]]);
    const emails = await db().select().from(emailOutbox).where(eq(emailOutbox.bookingId, booking.id));
    expect(emails.map((e) => [e.template, e.locale, e.toAddress, e.payload.note])).toEqual([
      ["staff_message", "th", thai.email, "ขออภัยคุณ Somchai Srisuk นวดแผนไทย เวลา 14:30 จะล่าช้า 15 นาที"],
    ]);
  });

  it("a template without the guest's language says so, and is refused until the text is rewritten", async () => {
    const { property, manager, booking } = await hotel();
    await saveMessageTemplate(manager, "welcome", { en: "Welcome, {guestName}!" });
    const reception = await createStaff(property, { role: "reception" });
    const choices = (await templateChoicesForRequest(reception, booking.id, "en", NOW))!;
    expect(choices.templates[0].guest).toEqual({ locale: "en", fallback: true, text: "Welcome, {guestName}!" });

    for (const body of ["", "Welcome, Somchai Srisuk!"]) {
      expect(await fieldErrorsOf(sendTemplateMessage(reception, booking.id, { situation: "welcome", body }, NOW))).toEqual({ body: ["staff.templates.errors.missingLanguage"] });
    }
    expect(await listGuestThread(property.id, booking.id)).toEqual([]);
    await sendTemplateMessage(reception, booking.id, { situation: "welcome", body: "ยินดีต้อนรับคุณ Somchai Srisuk!" }, NOW);
    expect((await listGuestThread(property.id, booking.id)).map((m) => m.body)).toEqual(["ยินดีต้อนรับคุณ Somchai Srisuk!"]);
  });

  it("fills {alternative} from what staff typed; refuses an unknown situation, one never written, an unfilled placeholder", async () => {
    const { property, manager, booking } = await hotel();
    await saveMessageTemplate(manager, "declined_alternative", { en: "We cannot offer {service}; how about {alternative}?", th: "ขออภัย ไม่สามารถให้บริการ {service} ได้ ลอง {alternative} ไหม" });
    const reception = await createStaff(property, { role: "reception" });
    expect(await fieldErrorsOf(sendTemplateMessage(reception, booking.id, { situation: "declined_alternative" }, NOW))).toEqual({ alternative: ["validation.required"] });
    expect(await fieldErrorsOf(sendTemplateMessage(reception, booking.id, { situation: "nonsense" }, NOW))).toEqual({ situation: ["staff.templates.errors.unknownSituation"] });
    expect(await fieldErrorsOf(sendTemplateMessage(reception, booking.id, { situation: "weather_cancellation" }, NOW))).toEqual({ situation: ["staff.templates.errors.notWritten"] });
    expect(await fieldErrorsOf(sendTemplateMessage(reception, booking.id, { situation: "declined_alternative", alternative: "x", body: "At {time}" }, NOW))).toEqual({
      body: ["staff.templates.errors.unfilled:{time}"],
    });
    expect(await listGuestThread(property.id, booking.id)).toEqual([]);
    await sendTemplateMessage(reception, booking.id, { situation: "declined_alternative", alternative: "นวดเท้า 16:00" }, NOW);
    expect((await listGuestThread(property.id, booking.id)).map((m) => m.body)).toEqual(["ขออภัย ไม่สามารถให้บริการ นวดแผนไทย ได้ ลอง นวดเท้า 16:00 ไหม"]);
  });

  it("a guest without a language reads the property's default; another hotel's staff or another department's see nothing", async () => {
    const { property, manager, department, service } = await hotel();
    await saveMessageTemplate(manager, "on_its_way", { en: "{service} is on its way, {guestName}.", th: "{service} กำลังไปถึงคุณ {guestName}" });
    const plain = await createStay(property, { now: NOW, guestName: "Pat Doe", locale: null });
    const booking = await insertBooking(plain, service, { status: "in_progress" });
    const spa = await createStaff(property, { role: "department", departments: [department] });
    const choices = (await templateChoicesForRequest(spa, booking.id, "th", NOW))!;
    expect(choices.guestLocale).toBe("en");
    expect(choices.templates[0].staff.text).toBe("{service} กำลังไปถึงคุณ {guestName}");

    const other = await hotel();
    const outsider = await createStaff(other.property, { role: "manager" });
    expect(await templateChoicesForRequest(outsider, booking.id, "en", NOW)).toBeNull();
    await expectAppError(sendTemplateMessage(outsider, booking.id, { situation: "on_its_way" }, NOW), "not_found");
    const kitchen = await createStaff(property, { role: "department", departments: [await createDepartment(property, { name: "Kitchen" })] });
    await expectAppError(sendTemplateMessage(kitchen, booking.id, { situation: "on_its_way" }, NOW), "not_found");
    expect(await listGuestThread(property.id, booking.id)).toEqual([]);
    await sendTemplateMessage(spa, booking.id, { situation: "on_its_way" }, NOW);
    expect((await listGuestThread(property.id, booking.id)).map((m) => m.body)).toEqual(["Thai massage is on its way, Pat Doe."]);
  });
});
