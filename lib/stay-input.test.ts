// Unit tests of the stay form's rules: upper-case codes, optional fields, ages, dates, and stray fields refused.
import { describe, expect, it } from "vitest";
import { normalizeDay, parseChildrenAges, stayFormSchema, stayUpdateSchema } from "./stay-input";

const form = {
  reservationCode: " fam-77 ",
  surname: "Garcia",
  guestName: "Elena Garcia",
  email: "",
  room: "",
  checkIn: "2026-07-01",
  checkOut: "2026-07-04",
  adults: "2",
  childrenAges: "1, 7",
  locale: "",
  notes: "",
};

const keysOf = (r: ReturnType<typeof stayFormSchema.safeParse>) =>
  r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));

describe("stayFormSchema", () => {
  it("normalises a good form: code in capitals, empty optionals as null, checkbox as VIP", () => {
    const r = stayFormSchema.parse({ ...form, vip: "on" });
    expect(r).toEqual({
      reservationCode: "FAM-77",
      surname: "Garcia",
      guestName: "Elena Garcia",
      email: null,
      room: null,
      checkIn: "2026-07-01",
      checkOut: "2026-07-04",
      adults: 2,
      childrenAges: [1, 7],
      vip: true,
      locale: null,
      notes: null,
    });
    expect(stayFormSchema.parse(form).vip).toBe(false);
    expect(stayFormSchema.parse({ ...form, adults: "" }).adults).toBe(1);
  });

  it("names the field of each problem", () => {
    expect(keysOf(stayFormSchema.safeParse({ ...form, childrenAges: "4, 18" }))).toEqual({ childrenAges: "validation.child_ages" });
    expect(keysOf(stayFormSchema.safeParse({ ...form, reservationCode: "a b" }))).toEqual({ reservationCode: "validation.code_format" });
    expect(keysOf(stayFormSchema.safeParse({ ...form, email: "nope" }))).toEqual({ email: "validation.email" });
    expect(keysOf(stayFormSchema.safeParse({ ...form, checkOut: "2026-07-01" }))).toEqual({ checkOut: "validation.check_out_after_check_in" });
    expect(keysOf(stayFormSchema.safeParse({ ...form, checkOut: "2027-08-01" }))).toEqual({ checkOut: "validation.stay_too_long" });
    expect(stayFormSchema.safeParse({ ...form, adults: "0" }).success).toBe(false);
    expect(stayFormSchema.safeParse({ ...form, adults: "1.5" }).success).toBe(false);
  });

  it("refuses stray fields; the update form needs the stay's id", () => {
    expect(stayFormSchema.safeParse({ ...form, propertyId: "x" }).success).toBe(false);
    expect(stayUpdateSchema.safeParse(form).success).toBe(false);
    expect(stayUpdateSchema.safeParse({ ...form, stayId: "0b6f4a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b" }).success).toBe(true);
  });
});

describe("normalizeDay and parseChildrenAges", () => {
  it("reads ISO and European dates, and refuses impossible ones", () => {
    expect(normalizeDay("2026-02-28")).toBe("2026-02-28");
    expect(normalizeDay("1.3.2026")).toBe("2026-03-01");
    expect(normalizeDay("31.02.2026")).toBeNull();
    expect(normalizeDay("03/01/2026")).toBeNull();
  });
  it("reads ages separated by commas, semicolons or spaces", () => {
    expect(parseChildrenAges("1;7 12,0")).toEqual([1, 7, 12, 0]);
    expect(parseChildrenAges("")).toEqual([]);
    expect(parseChildrenAges("18")).toBeNull();
    expect(parseChildrenAges("-1")).toBeNull();
    expect(parseChildrenAges("a")).toBeNull();
  });
});
