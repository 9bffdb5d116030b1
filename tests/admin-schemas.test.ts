// Unit tests of the catalogue forms' input: strict schemas, empty fields, decimals and percentages, mode rules.
import { describe, expect, it } from "vitest";
import {
  addExceptionSchema,
  createPriceRuleSchema,
  toPriceRuleValues,
  toServiceValues,
  updateServiceSchema,
} from "@/app/(staff)/staff/catalogue/schemas";
import { saveTemplateSchema, textsOf } from "@/app/(staff)/staff/templates/schemas";
import { AppError } from "@/lib/errors";

const ID = "6f1c1f6e-9d7b-4b8e-9d0a-2b8f3f1f2a11";

const form = {
  serviceId: ID,
  departmentId: ID,
  name_en: "Horse riding",
  name_hu: "Lovaglás",
  name_th: "",
  description_en: "An hour in the saddle.",
  price: "12.50",
  priceUnit: "per_person",
  taxRate: "19",
  cost: "4",
  durationMinutes: "60",
  capacity: "6",
  leadTimeMinutes: "120",
  minAge: "",
  maxPerBooking: "6",
  cancelCutoffMinutes: "240",
  confirmation: "approval",
  openWeekdays: ["1", "2", "7"],
  active: "on",
};

function fieldErrorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors;
  }
  throw new Error("expected a refusal");
}

describe("service form", () => {
  it("turns the strings into stored values", () => {
    const values = toServiceValues(updateServiceSchema.parse(form), "timed", "EUR");
    expect(values).toMatchObject({
      name: { en: "Horse riding", hu: "Lovaglás" },
      description: { en: "An hour in the saddle." },
      priceMinor: 1250,
      taxRateBp: 1900,
      costMinor: 400,
      complimentary: false,
      durationMinutes: 60,
      capacity: 6,
      minAge: null,
      openFrom: null,
      openWeekdays: [1, 2, 7],
      active: true,
    });
  });

  it.each([
    ["an extra key", { priceMinor: "1" }],
    ["a stray property id", { propertyId: ID }],
    ["an empty English name", { name_en: "  " }],
    ["a 10 000-character description", { description_en: "x".repeat(10_000) }],
    ["an empty lead time", { leadTimeMinutes: "" }],
    ["a negative max per booking", { maxPerBooking: "-1" }],
    ["zero max per booking", { maxPerBooking: "0" }],
    ["a huge capacity", { capacity: "1e9" }],
    ["NaN", { capacity: "NaN" }],
    ["an unknown unit", { priceUnit: "per_galaxy" }],
    ["no weekday", { openWeekdays: [] }],
    ["weekday 8", { openWeekdays: ["8"] }],
    ["a checkbox that says true", { active: "true" }],
    ["a price in words", { price: "twelve" }],
    ["a number for a string", { name_en: 12 }],
  ])("refuses %s", (_label, patch) => {
    expect(updateServiceSchema.safeParse({ ...form, ...patch }).success).toBe(false);
  });

  it("refuses more decimals than the currency has, and a tax above 100 %", () => {
    expect(fieldErrorsOf(() => toServiceValues(updateServiceSchema.parse({ ...form, price: "12.505" }), "timed", "EUR"))).toEqual({
      price: ["staff.catalogueAdmin.errors.money:2"],
    });
    expect(fieldErrorsOf(() => toServiceValues(updateServiceSchema.parse({ ...form, price: "12.5" }), "timed", "JPY"))).toMatchObject({
      price: ["staff.catalogueAdmin.errors.money:0"],
    });
    expect(fieldErrorsOf(() => toServiceValues(updateServiceSchema.parse({ ...form, taxRate: "119" }), "timed", "EUR"))).toEqual({
      taxRate: ["staff.catalogueAdmin.errors.percent"],
    });
  });

  it("applies the mode's rules: sessions need seats and a length, in-room requests need both hours or none", () => {
    const timed = updateServiceSchema.parse({ ...form, durationMinutes: "", capacity: "" });
    expect(fieldErrorsOf(() => toServiceValues(timed, "ticket", "EUR"))).toEqual({
      durationMinutes: ["validation.required"],
      capacity: ["validation.required"],
    });
    const { durationMinutes: _d, capacity: _c, ...onRequest } = form;
    expect(toServiceValues(updateServiceSchema.parse(onRequest), "on_request", "EUR")).toMatchObject({ capacity: null, durationMinutes: null });
    // Fields of another mode are ignored rather than stored.
    expect(toServiceValues(updateServiceSchema.parse(form), "on_request", "EUR")).toMatchObject({ capacity: null, durationMinutes: null });
    expect(toServiceValues(updateServiceSchema.parse(form), "rental", "EUR")).toMatchObject({ capacity: 6, durationMinutes: null });
    const halfHours = updateServiceSchema.parse({ ...onRequest, openFrom: "08:00", openUntil: "" });
    expect(fieldErrorsOf(() => toServiceValues(halfHours, "on_request", "EUR"))).toEqual({ openUntil: ["staff.catalogueAdmin.errors.hours"] });
    const backwards = updateServiceSchema.parse({ ...onRequest, openFrom: "20:00", openUntil: "08:00" });
    expect(fieldErrorsOf(() => toServiceValues(backwards, "on_request", "EUR"))).toEqual({ openUntil: ["staff.catalogueAdmin.errors.hours"] });
    const hours = updateServiceSchema.parse({ ...onRequest, openFrom: "07:00", openUntil: "22:30" });
    expect(toServiceValues(hours, "on_request", "EUR")).toMatchObject({ openFrom: "07:00", openUntil: "22:30" });
  });
});

describe("exceptions", () => {
  it("reads the three kinds", () => {
    const base = { serviceId: ID, day: "2026-12-24" };
    expect(addExceptionSchema.parse({ ...base, kind: "close_day", startTime: "10:00", capacity: "5" })).toEqual({
      ...base,
      startTime: null,
      closed: true,
      capacity: null,
      note: null,
    });
    expect(addExceptionSchema.parse({ ...base, kind: "close_time", startTime: "10:00" })).toMatchObject({ startTime: "10:00", closed: true });
    expect(addExceptionSchema.parse({ ...base, kind: "extra", startTime: "20:00", capacity: "12", note: "Carols" })).toMatchObject({
      startTime: "20:00",
      closed: false,
      capacity: 12,
      note: "Carols",
    });
    expect(addExceptionSchema.safeParse({ ...base, kind: "extra", startTime: "" }).success).toBe(false);
    expect(addExceptionSchema.safeParse({ ...base, kind: "close_time" }).success).toBe(false);
    expect(addExceptionSchema.safeParse({ ...base, day: "2026-02-30", kind: "close_day" }).success).toBe(false);
    expect(addExceptionSchema.safeParse({ ...base, kind: "close_day", startTime: "25:00" }).success).toBe(false);
  });
});

describe("price rules", () => {
  const band = { kind: "age_band", label_en: "Children 3–11", minAge: "3", maxAge: "12", discount: "50", active: "on" };

  it("reads an age band and a family discount", () => {
    expect(toPriceRuleValues(createPriceRuleSchema.parse(band))).toMatchObject({ minAge: 3, maxAge: 12, discountBp: 5000, minChildren: null, packageId: null });
    const family = { kind: "family_discount", label_en: "Large families", minChildren: "3", packageId: ID, discount: "10" };
    expect(toPriceRuleValues(createPriceRuleSchema.parse(family))).toMatchObject({ minChildren: 3, packageId: ID, discountBp: 1000, active: false });
  });

  it("needs the fields of its kind and an age range that makes sense", () => {
    expect(fieldErrorsOf(() => toPriceRuleValues(createPriceRuleSchema.parse({ ...band, maxAge: "3" })))).toEqual({
      maxAge: ["staff.catalogueAdmin.errors.ageRange"],
    });
    expect(fieldErrorsOf(() => toPriceRuleValues(createPriceRuleSchema.parse({ kind: "family_discount", label_en: "x", discount: "10" })))).toEqual({
      minChildren: ["validation.required"],
      packageId: ["validation.required"],
    });
    expect(createPriceRuleSchema.safeParse({ ...band, discountBp: "5000" }).success).toBe(false);
  });
});

describe("message template form", () => {
  it("takes a situation and a text per language, and nothing else", () => {
    const parsed = saveTemplateSchema.parse({ situation: " running_late ", body_en: "Sorry {guestName}", body_th: "" });
    expect(parsed.situation).toBe("running_late");
    expect(textsOf(parsed)).toEqual({ en: "Sorry {guestName}", th: "", hu: undefined, az: undefined, ms: undefined, tl: undefined });
    expect(saveTemplateSchema.safeParse({ situation: "welcome", body_en: "Hi", body_pt: "Olá" }).success).toBe(false);
    expect(saveTemplateSchema.safeParse({ situation: "welcome", body_en: "Hi", propertyId: ID }).success).toBe(false);
    expect(saveTemplateSchema.safeParse({ situation: "welcome", body_en: "x".repeat(1001) }).success).toBe(false);
    expect(saveTemplateSchema.safeParse({ situation: "", body_en: "Hi" }).success).toBe(false);
    expect(saveTemplateSchema.safeParse({ situation: "welcome", body_en: 42 }).success).toBe(false);
  });
});
