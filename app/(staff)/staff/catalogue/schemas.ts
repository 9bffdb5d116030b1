// Input of the catalogue actions: one strict zod schema per action, and the step that turns the
// parsed strings into stored values (decimals → minor units, percent → basis points, mode rules).
import { z } from "zod";
import type { PackageValues } from "@/server/catalogue/manage-packages";
import type { PriceRuleValues } from "@/server/catalogue/manage-price-rules";
import type { ServiceMode, ServiceValues } from "@/server/catalogue/manage-services";
import { CATALOGUE_LOCALES, toLocalizedText, type CatalogueLocale } from "@/lib/catalogue-text";
import { AppError, type FieldErrors } from "@/lib/errors";
import { checkbox, decimalText, hhmm, isoDay, many, optionalInt, optionalText, requiredInt, slugText } from "@/lib/form-input";
import { fractionDigits, parseMinor, parsePercentBp } from "@/lib/money";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

/** `${prefix}_en` required, the other locales optional. */
function localizedFields<P extends string>(prefix: P, max: number) {
  const shape: Record<string, z.ZodType> = {};
  for (const locale of CATALOGUE_LOCALES) {
    shape[`${prefix}_${locale}`] = locale === "en" ? z.string().trim().min(1).max(max) : optionalText(max).optional();
  }
  return shape as Record<`${P}_${CatalogueLocale}`, z.ZodType<string | null | undefined>>;
}

function readLocalized(input: Record<string, unknown>, prefix: string) {
  const values = Object.fromEntries(CATALOGUE_LOCALES.map((l) => [l, input[`${prefix}_${l}`] as string | null | undefined]));
  return toLocalizedText(values as Record<CatalogueLocale, string> & { en: string });
}

const WEEKDAY = z.enum(["1", "2", "3", "4", "5", "6", "7"]).transform(Number);
const PRICE_UNITS = ["per_booking", "per_person", "per_child", "per_night", "per_day", "per_hour"] as const;
export const MODES = ["timed", "rental", "on_request", "ticket"] as const;
const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => null), schema]);

const serviceFields = {
  departmentId: z.uuid(),
  ...localizedFields("name", NAME_MAX),
  ...localizedFields("description", DESCRIPTION_MAX),
  price: decimalText,
  priceUnit: z.enum(PRICE_UNITS),
  taxRate: decimalText,
  cost: decimalText,
  complimentary: checkbox,
  // Shown only for the modes that use them; absent means "not used".
  durationMinutes: optionalInt(5, 24 * 60).optional(),
  capacity: optionalInt(1, 10_000).optional(),
  leadTimeMinutes: requiredInt(0, 60 * 24 * 60),
  minAge: optionalInt(0, 99),
  maxPerBooking: requiredInt(1, 1000),
  cancelCutoffMinutes: requiredInt(0, 60 * 24 * 60),
  confirmation: z.enum(["instant", "approval"]),
  openFrom: emptyOr(hhmm).optional(),
  openUntil: emptyOr(hhmm).optional(),
  openWeekdays: many(WEEKDAY, 7).pipe(z.array(z.number()).min(1)),
  active: checkbox,
};

export const updateServiceSchema = z.strictObject({ serviceId: z.uuid(), ...serviceFields });

export const createServiceSchema = z.strictObject({
  packageId: z.uuid(),
  slug: slugText,
  mode: z.enum(MODES),
  ...serviceFields,
});

type ServiceInput = z.infer<typeof updateServiceSchema> | z.infer<typeof createServiceSchema>;

function invalid(errors: FieldErrors): AppError {
  return new AppError("input:invalid", "Please check the highlighted fields.", errors);
}

/** Parsed form strings → the stored values, with the rules that depend on the mode and the currency. */
export function toServiceValues(input: ServiceInput, mode: ServiceMode, currency: string): ServiceValues {
  const errors: FieldErrors = {};
  const digits = fractionDigits(currency);
  const priceMinor = parseMinor(input.price, currency);
  if (priceMinor === null) errors.price = [`staff.catalogueAdmin.errors.money:${digits}`];
  const costMinor = parseMinor(input.cost, currency);
  if (costMinor === null) errors.cost = [`staff.catalogueAdmin.errors.money:${digits}`];
  const taxRateBp = parsePercentBp(input.taxRate);
  if (taxRateBp === null) errors.taxRate = ["staff.catalogueAdmin.errors.percent"];

  const sessions = mode === "timed" || mode === "ticket";
  const durationMinutes = sessions ? (input.durationMinutes ?? null) : null;
  const capacity = sessions || mode === "rental" ? (input.capacity ?? null) : null;
  if (sessions && durationMinutes === null) errors.durationMinutes = ["validation.required"];
  if ((sessions || mode === "rental") && capacity === null) errors.capacity = ["validation.required"];

  const openFrom = mode === "on_request" ? (input.openFrom ?? null) : null;
  const openUntil = mode === "on_request" ? (input.openUntil ?? null) : null;
  if ((openFrom === null) !== (openUntil === null) || (openFrom && openUntil && openFrom >= openUntil)) {
    errors.openUntil = ["staff.catalogueAdmin.errors.hours"];
  }
  if (Object.keys(errors).length) throw invalid(errors);

  return {
    departmentId: input.departmentId,
    name: readLocalized(input, "name"),
    description: readLocalized(input, "description"),
    priceMinor: priceMinor!,
    priceUnit: input.priceUnit,
    taxRateBp: taxRateBp!,
    costMinor: costMinor!,
    complimentary: input.complimentary,
    durationMinutes,
    capacity,
    leadTimeMinutes: input.leadTimeMinutes,
    minAge: input.minAge,
    maxPerBooking: input.maxPerBooking,
    cancelCutoffMinutes: input.cancelCutoffMinutes,
    confirmation: input.confirmation,
    openFrom,
    openUntil,
    openWeekdays: [...new Set(input.openWeekdays)].sort(),
    active: input.active,
  };
}

export const addScheduleSchema = z.strictObject({
  serviceId: z.uuid(),
  weekdays: many(WEEKDAY, 7).pipe(z.array(z.number()).min(1)),
  startTime: hhmm,
  capacity: optionalInt(1, 10_000),
});

export const removeScheduleSchema = z.strictObject({ serviceId: z.uuid(), scheduleId: z.uuid() });

export const EXCEPTION_KINDS = ["close_day", "close_time", "extra"] as const;

export const addExceptionSchema = z
  .strictObject({
    serviceId: z.uuid(),
    day: isoDay,
    kind: z.enum(EXCEPTION_KINDS),
    startTime: emptyOr(hhmm).optional(),
    capacity: optionalInt(1, 10_000).optional(),
    note: optionalText(200).optional(),
  })
  .refine((v) => v.kind === "close_day" || !!v.startTime, { path: ["startTime"], message: "validation.required" })
  .transform((v) => ({
    serviceId: v.serviceId,
    day: v.day,
    startTime: v.kind === "close_day" ? null : v.startTime!,
    closed: v.kind !== "extra",
    capacity: v.kind === "extra" ? (v.capacity ?? null) : null,
    note: v.note ?? null,
  }));

export const removeExceptionSchema = z.strictObject({ serviceId: z.uuid(), exceptionId: z.uuid() });

export const updatePackageSchema = z.strictObject({
  packageId: z.uuid(),
  ...localizedFields("name", NAME_MAX),
  ...localizedFields("description", DESCRIPTION_MAX),
  bundlePrice: z.union([z.literal(""), decimalText]),
  sortOrder: requiredInt(0, 1000),
  active: checkbox,
});

export function toPackageValues(input: z.infer<typeof updatePackageSchema>, currency: string): PackageValues {
  let bundlePriceMinor: number | null = null;
  if (input.bundlePrice !== "") {
    bundlePriceMinor = parseMinor(input.bundlePrice, currency);
    if (bundlePriceMinor === null) throw invalid({ bundlePrice: [`staff.catalogueAdmin.errors.money:${fractionDigits(currency)}`] });
  }
  return {
    name: readLocalized(input, "name"),
    description: readLocalized(input, "description"),
    bundlePriceMinor,
    sortOrder: input.sortOrder,
    active: input.active,
  };
}

export const packageItemsSchema = z.strictObject({ packageId: z.uuid(), serviceIds: many(z.uuid(), 200) });

const priceRuleFields = {
  kind: z.enum(["age_band", "family_discount"]),
  ...localizedFields("label", NAME_MAX),
  minAge: optionalInt(0, 99).optional(),
  maxAge: optionalInt(1, 100).optional(),
  minChildren: optionalInt(1, 20).optional(),
  packageId: emptyOr(z.uuid()).optional(),
  discount: decimalText,
  active: checkbox,
};

export const createPriceRuleSchema = z.strictObject(priceRuleFields);
export const updatePriceRuleSchema = z.strictObject({ ruleId: z.uuid(), ...priceRuleFields });

export function toPriceRuleValues(input: z.infer<typeof createPriceRuleSchema>): PriceRuleValues {
  const errors: FieldErrors = {};
  const discountBp = parsePercentBp(input.discount);
  if (discountBp === null) errors.discount = ["staff.catalogueAdmin.errors.percent"];
  const ageBand = input.kind === "age_band";
  const minAge = ageBand ? (input.minAge ?? null) : null;
  const maxAge = ageBand ? (input.maxAge ?? null) : null;
  const minChildren = ageBand ? null : (input.minChildren ?? null);
  const packageId = ageBand ? null : (input.packageId ?? null);
  if (ageBand && minAge === null) errors.minAge = ["validation.required"];
  if (ageBand && maxAge === null) errors.maxAge = ["validation.required"];
  if (minAge !== null && maxAge !== null && maxAge <= minAge) errors.maxAge = ["staff.catalogueAdmin.errors.ageRange"];
  if (!ageBand && minChildren === null) errors.minChildren = ["validation.required"];
  if (!ageBand && packageId === null) errors.packageId = ["validation.required"];
  if (Object.keys(errors).length) throw invalid(errors);
  return { kind: input.kind, label: readLocalized(input, "label"), minAge, maxAge, minChildren, packageId, discountBp: discountBp!, active: input.active };
}
