// Input of the staff-account actions: one strict zod schema per action.
import { z } from "zod";
import { many } from "@/lib/form-input";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, passwordByteLength } from "@/lib/password";

export const ROLES = ["manager", "reception", "department"] as const;

/** Empty: generate one (shown once). Otherwise at least 12 characters, and no more than bcrypt reads. */
const newPassword = z
  .string()
  .max(200)
  .refine((v) => v === "" || (v.length >= PASSWORD_MIN_LENGTH && passwordByteLength(v) <= PASSWORD_MAX_BYTES), {
    message: "validation.password",
  })
  .transform((v) => (v === "" ? null : v));

const accountFields = {
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  departmentIds: many(z.uuid(), 20),
};

/** Department staff only see their departments' requests: without one they would see nothing. */
function needsDepartment(v: { role: string; departmentIds: string[] }) {
  return v.role !== "department" || v.departmentIds.length > 0;
}
const departmentRule = { path: ["departmentIds"], message: "validation.department" };

export const createAccountSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    ...accountFields,
    password: newPassword,
  })
  .refine(needsDepartment, departmentRule);

export const updateAccountSchema = z.strictObject({ staffId: z.uuid(), ...accountFields }).refine(needsDepartment, departmentRule);

export const setActiveSchema = z.strictObject({
  staffId: z.uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const resetPasswordSchema = z.strictObject({ staffId: z.uuid(), password: newPassword });

export const passwordSignInSchema = z.strictObject({
  passwordSignIn: z.enum(["true", "false"]).transform((v) => v === "true"),
});
