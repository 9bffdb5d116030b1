// Input of the message-template action: the situation and one text per staff/guest language (`body_<locale>`), strict.
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { TEMPLATE_BODY_MAX } from "@/lib/message-templates";

const bodies = Object.fromEntries(LOCALES.map((l) => [`body_${l}`, z.string().max(TEMPLATE_BODY_MAX).optional()])) as Record<
  `body_${Locale}`,
  z.ZodOptional<z.ZodString>
>;

// The situation is checked by the service (an unknown one is a field error there, whoever calls it).
export const saveTemplateSchema = z.strictObject({ situation: z.string().trim().min(1).max(60), ...bodies });

/** The texts per locale as the service takes them. */
export function textsOf(input: z.infer<typeof saveTemplateSchema>): Record<string, string | undefined> {
  return Object.fromEntries(LOCALES.map((l) => [l, input[`body_${l}`]]));
}
