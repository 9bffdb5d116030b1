// The rules a stay obeys wherever it comes from (the back-office form or a PMS export): code, dates, party.
import { z } from "zod";
import { isDay } from "./time";

export const MAX_CHILD_AGE = 17;
export const MAX_CHILDREN = 20;
export const MAX_ADULTS = 50;
export const MAX_NIGHTS = 366;

/** Upper-case letters and digits, with - . _ / inside; what guests type at sign-in (max 40 there too). */
export const RESERVATION_CODE_RE = /^[A-Z0-9][A-Z0-9._/-]{1,39}$/;

const LOCALE_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i;

export type StayInput = {
  reservationCode: string;
  surname: string;
  guestName: string;
  email: string | null;
  room: string | null;
  checkIn: string;
  checkOut: string;
  adults: number;
  childrenAges: number[];
  vip: boolean;
  locale: string | null;
};

/** "2026-07-14" or the European "14.07.2026" (PMS exports) → "2026-07-14"; anything else → null. */
export function normalizeDay(value: string): string | null {
  const v = value.trim();
  if (isDay(v)) return v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isDay(iso) ? iso : null;
}

/** Children's ages separated by commas, semicolons or spaces ("1, 7", "1;7", "1 7"); null when any is not 0–17. */
export function parseChildrenAges(value: string): number[] | null {
  const parts = value.trim().split(/[\s,;]+/).filter(Boolean);
  if (parts.length > MAX_CHILDREN) return null;
  const ages: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,2}$/.test(part)) return null;
    const age = Number(part);
    if (age > MAX_CHILD_AGE) return null;
    ages.push(age);
  }
  return ages;
}

function nightsBetween(checkIn: string, checkOut: string): number {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);
}

const text = (max: number) => z.string().trim().max(max);
/** Empty strings mean "not given". */
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => v || null);

const reservationCode = text(40)
  .min(1)
  .transform((v) => v.toUpperCase())
  .refine((v) => RESERVATION_CODE_RE.test(v), "validation.code_format");

const email = text(200)
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, "validation.email")
  .transform((v) => (v ? v.toLowerCase() : null));

const locale = text(10)
  .optional()
  .refine((v) => !v || LOCALE_RE.test(v), "validation.locale")
  .transform((v) => (v ? v.toLowerCase() : null));

const day = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const d = normalizeDay(v);
    if (!d) ctx.addIssue({ code: "custom", message: "validation.day" });
    return d ?? "";
  });

const childrenAges = text(200)
  .optional()
  .transform((v, ctx) => {
    const ages = parseChildrenAges(v ?? "");
    if (!ages) ctx.addIssue({ code: "custom", message: "validation.child_ages" });
    return ages ?? [];
  });

/** An empty field means one adult; "" must not become 0 by coercion. */
const adults = z
  .string()
  .trim()
  .max(3)
  .optional()
  .transform((v) => (v ? Number(v) : 1))
  .pipe(z.number().int("validation.whole_number").min(1).max(MAX_ADULTS));

function checkDates(stay: { checkIn: string; checkOut: string }, ctx: z.RefinementCtx, checkOutPath: string) {
  if (!stay.checkIn || !stay.checkOut) return;
  const nights = nightsBetween(stay.checkIn, stay.checkOut);
  if (nights < 1) ctx.addIssue({ code: "custom", path: [checkOutPath], message: "validation.check_out_after_check_in" });
  else if (nights > MAX_NIGHTS) ctx.addIssue({ code: "custom", path: [checkOutPath], message: "validation.stay_too_long" });
}

/** The create / edit form's fields (camelCase, a checkbox for VIP). */
const stayFormFields = {
  reservationCode,
  surname: text(100).min(1),
  guestName: text(200).min(1),
  email,
  room: optionalText(20),
  checkIn: day,
  checkOut: day,
  adults,
  childrenAges,
  vip: z.literal("on").optional().transform((v) => v === "on"),
  locale,
  notes: optionalText(1000),
};

export const stayFormSchema = z.strictObject(stayFormFields).superRefine((stay, ctx) => checkDates(stay, ctx, "checkOut"));

export const stayUpdateSchema = z
  .strictObject({ ...stayFormFields, stayId: z.uuid() })
  .superRefine((stay, ctx) => checkDates(stay, ctx, "checkOut"));

export type StayFormInput = z.infer<typeof stayFormSchema>;

const VIP_WORDS: Record<string, boolean> = { "": false, "0": false, "1": true, no: false, yes: true, n: false, y: true, false: false, true: true };

/** One CSV row of a PMS export; column names as in the file, so errors name the column the user sees. */
export const csvStayRowSchema = z
  .strictObject({
    reservation_code: reservationCode,
    surname: text(100).min(1),
    guest_name: text(200).optional(),
    email,
    room: optionalText(20),
    check_in: day,
    check_out: day,
    adults,
    children_ages: childrenAges,
    vip: z
      .string()
      .trim()
      .max(5)
      .optional()
      .transform((v, ctx) => {
        const flag = VIP_WORDS[(v ?? "").toLowerCase()];
        if (flag === undefined) ctx.addIssue({ code: "custom", message: "validation.vip" });
        return flag ?? false;
      }),
    locale,
  })
  .superRefine((row, ctx) => checkDates({ checkIn: row.check_in, checkOut: row.check_out }, ctx, "check_out"))
  .transform(
    (row): StayInput => ({
      reservationCode: row.reservation_code,
      surname: row.surname,
      // PMS exports sometimes leave the full name empty: the surname is better than nothing.
      guestName: row.guest_name || row.surname,
      email: row.email,
      room: row.room,
      checkIn: row.check_in,
      checkOut: row.check_out,
      adults: row.adults,
      childrenAges: row.children_ages,
      vip: row.vip,
      locale: row.locale,
    }),
  );

/** A zod issue as a message key ("validation.too_big:100"), like the action wrapper's, for places without it. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return "validation.unexpected";
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) return "validation.required";
  if (issue.code === "too_small") return `validation.too_small:${issue.minimum}`;
  if (issue.code === "too_big") return `validation.too_big:${issue.maximum}`;
  if (issue.message.startsWith("validation.")) return issue.message;
  return "validation.invalid";
}
