// Input of the property settings actions: one strict zod schema per action.
import { z } from "zod";
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from "@/lib/retention";

/** Whole days after check-out; "" is refused, not read as 0 days. */
export const retentionSchema = z.strictObject({
  retentionDays: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, "validation.invalid")
    .transform(Number)
    .pipe(z.number().int().min(RETENTION_MIN_DAYS).max(RETENTION_MAX_DAYS)),
});
