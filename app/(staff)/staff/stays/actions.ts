"use server";
// Reception's Server Actions for stays: create, edit, import a PMS export, and give an apology credit.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError, staffAction } from "@/app/_server/action";
import type { StaffRole } from "@/app/_server/session";
import { getCreditPolicy, giveCredit } from "@/server/billing/credits";
import { createStay, updateStay } from "@/server/stays/manage-stays";
import { importStaysCsv } from "@/server/stays/import-stays";
import { CSV_MAX_BYTES } from "@/lib/csv-stays";
import { fractionDigits, parseMinor } from "@/lib/money";
import { stayFormSchema, stayUpdateSchema } from "@/lib/stay-input";

/** Stays and credits are the front desk's: reception and the manager. */
const DESK: readonly StaffRole[] = ["manager", "reception"];

export const createStayAction = staffAction(DESK, stayFormSchema, async (input, staff) => {
  const { id } = await createStay(staff, input);
  revalidatePath("/staff/stays");
  redirect(`/staff/stays/${id}?saved=created`);
});

export const updateStayAction = staffAction(DESK, stayUpdateSchema, async ({ stayId, ...input }, staff) => {
  await updateStay(staff, stayId, input);
  revalidatePath("/staff/stays");
  revalidatePath(`/staff/stays/${stayId}`);
  redirect(`/staff/stays/${stayId}?saved=updated`);
});

const importSchema = z.strictObject({
  mode: z.enum(["preview", "import"]),
  // A browser sends an empty file part when no file was chosen.
  file: z.instanceof(File).optional(),
  text: z.string().optional(),
});

const TOO_LARGE = `csv.too_large:${CSV_MAX_BYTES / 1024 / 1024}`;

export const importStaysAction = staffAction(DESK, importSchema, async (input, staff) => {
  const file = input.file && input.file.size > 0 ? input.file : null;
  if ((file?.size ?? 0) > CSV_MAX_BYTES) throw new AppError("input:invalid", "The file is too large.", { file: [TOO_LARGE] });
  const text = file ? await file.text() : (input.text ?? "");
  if (!text.trim()) throw new AppError("input:invalid", "Choose a file or paste the CSV.", { file: ["csv.nothing"] });
  // The reader checks the size again (a pasted text has no file size).
  const outcome = await importStaysCsv(staff, text, { commit: input.mode === "import" });
  if (outcome.imported) revalidatePath("/staff/stays");
  return outcome;
});

const creditSchema = z.strictObject({
  stayId: z.uuid(),
  amount: z.string().trim().min(1).max(20),
  reason: z.string().trim().min(1).max(200),
  bookingId: z.union([z.literal(""), z.uuid()]).optional(),
});

/** A typo such as 125000 for 12.50 should not pass as money, even for a manager. */
const MAX_CREDIT_MAJOR = 100_000;

export const giveCreditAction = staffAction(DESK, creditSchema, async (input, staff) => {
  const { currency } = await getCreditPolicy(staff.propertyId);
  const amountMinor = parseMinor(input.amount, currency);
  if (amountMinor === null || amountMinor <= 0 || amountMinor > MAX_CREDIT_MAJOR * 10 ** fractionDigits(currency)) throw new AppError("input:invalid", "Enter an amount such as 12.50.", { amount: ["validation.amount"] });
  const credit = await giveCredit(staff, { stayId: input.stayId, amountMinor, reason: input.reason, bookingId: input.bookingId || null });
  revalidatePath(`/staff/stays/${input.stayId}`);
  return credit;
});
