// Input of the department actions: one strict zod schema per action, and the step that turns the parsed
// strings into stored values (guest names per language, the slug made from the name when none was typed).
import { z } from "zod";
import { DEPARTMENT_NAME_MAX } from "@/lib/form-limits";
import type { DepartmentValues } from "@/server/staff/departments";
import { CATALOGUE_LOCALES, type CatalogueLocale } from "@/lib/catalogue-text";
import { AppError } from "@/lib/errors";
import { optionalText, requiredInt, slugText } from "@/lib/form-input";
import { slugFromName } from "@/lib/slug";

/** A day: a target longer than that is no response target. */
export const RESPONSE_TARGET_MAX = 24 * 60;

/** `name_<locale>`: the name guests read in that language; empty = they read `name`. */
const guestNames: Record<string, z.ZodType> = Object.fromEntries(
  CATALOGUE_LOCALES.map((l) => [`name_${l}`, optionalText(DEPARTMENT_NAME_MAX).optional()]),
);

const departmentFields = {
  name: z.string().trim().min(1).max(DEPARTMENT_NAME_MAX),
  responseTargetMinutes: requiredInt(1, RESPONSE_TARGET_MAX),
  ...(guestNames as Record<`name_${CatalogueLocale}`, z.ZodType<string | null | undefined>>),
};

export const updateDepartmentSchema = z.strictObject({ departmentId: z.uuid(), ...departmentFields });

export const createDepartmentSchema = z.strictObject({
  // Empty: made from the name.
  slug: z.union([z.literal(""), slugText]).optional(),
  ...departmentFields,
});

export function toDepartmentValues(input: z.infer<typeof updateDepartmentSchema> | z.infer<typeof createDepartmentSchema>): DepartmentValues {
  const nameTranslations: Record<string, string> = {};
  for (const locale of CATALOGUE_LOCALES) {
    const text = input[`name_${locale}`];
    if (text) nameTranslations[locale] = text;
  }
  return { name: input.name, nameTranslations, responseTargetMinutes: input.responseTargetMinutes };
}

export function toNewDepartment(input: z.infer<typeof createDepartmentSchema>): DepartmentValues & { slug: string } {
  const slug = input.slug || slugFromName(input.name);
  if (!slug) throw new AppError("input:invalid", "Please check the highlighted fields.", { slug: ["staff.departments.errors.slugNeeded"] });
  return { ...toDepartmentValues(input), slug };
}

export const rotateCalendarSchema = z.strictObject({ departmentId: z.uuid() });
