// zod building blocks for back-office form fields, which arrive as strings ("" for an empty field).
import { z } from "zod";
import { SLUG_MAX, SLUG_RE } from "./slug";

const DIGITS = /^\d{0,9}$/;

/** A whole number from a form field; "" is null (not 0, which z.coerce would make of it). */
export function optionalInt(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(DIGITS)
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().int().min(min).max(max).nullable());
}

/** A whole number that must be filled in. */
export function requiredInt(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .regex(DIGITS)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A checkbox: present ("on") when ticked, absent when not. */
export const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

/** A field that may repeat (checkboxes of one name): a single string or an array, as an array. */
export function many<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), z.array(item).max(max));
}

/** Wall-clock time "HH:MM" (a time input may add ":SS", which is dropped). */
export const hhmm = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d(:00)?$/)
  .transform((v) => v.slice(0, 5));

/** A calendar day "YYYY-MM-DD". */
export const isoDay = z.iso.date();

/** A decimal typed by a person; its scale (currency digits, percent) is checked when it is converted. */
export const decimalText = z.string().trim().min(1).max(16).regex(/^\d+(?:[.,]\d+)?$/);

/** Optional text: "" is null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v));
}

/** A slug typed by a person: lower-case letters, digits and single hyphens. */
export const slugText = z.string().trim().min(1).max(SLUG_MAX).regex(SLUG_RE);
