// What a guest sends to book a service, validated the same way by the Server Action and the REST API.
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A form's string becomes a number ("" → absent); JSON must already send a number. */
const formInt = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.invalid" });

export const bookingInput = z.strictObject({
  serviceSlug: z.string().min(1).max(100),
  sessionId: z.preprocess(emptyToUndefined, z.uuid({ error: "validation.choose_time" }).optional()),
  // Forms send strings: only those are converted ("" becomes 0, which min(1) refuses
  // clearly); JSON must send a number — true or [1] are not quantities.
  quantity: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? 0 : Number(v)) : v),
    z.number({ error: "validation.invalid" }).int().min(1).max(50),
  ),
  note: z.preprocess(emptyToUndefined, z.string().trim().max(500).optional()),
  startDay: z.preprocess(emptyToUndefined, day.optional()),
  endDay: z.preprocess(emptyToUndefined, day.optional()),
  // Who takes part; a form sends children's ages as "7,1" (or repeated fields joined so).
  adults: z.preprocess(formInt, z.number({ error: "validation.invalid" }).int().min(0).max(50).optional()),
  childAges: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? [] : v.split(",").map(formInt)) : v),
    z.array(z.number({ error: "validation.invalid" }).int().min(0).max(17)).max(20).optional(),
  ),
  dueAt: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "validation.invalid" })
      .optional(),
  ),
});

export const idempotencyKey = z.string().min(8).max(100).regex(/^[A-Za-z0-9_.:-]+$/);

/** A booking as the server books it: the checked input and the key that makes a retry a replay. */
export type BookInput = z.output<typeof bookingInput> & { idempotencyKey: string };
