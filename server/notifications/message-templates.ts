// The manager's message templates: one per situation (running late, declined with an alternative, …), each written in
// the property's languages. Reading them all and saving one; every save is audited, a refused one changes nothing.
import "server-only";
import { and, eq } from "drizzle-orm";
import { checkTemplateBodies, isSituation, SITUATIONS, type TemplateProblem } from "@/lib/message-templates";
import { AppError, type FieldErrors } from "@/lib/errors";
import { db, type Db, type Tx } from "@/db/client";
import { messageTemplates, properties } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";

/** The property's languages, its default first. */
export async function templateLanguagesOf(exec: Db | Tx, propertyId: string): Promise<{ locales: string[]; defaultLocale: string }> {
  const [property] = await exec
    .select({ locales: properties.locales, defaultLocale: properties.defaultLocale })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  if (!property) throw notFound("Property");
  const locales = [property.defaultLocale, ...property.locales.filter((l) => l !== property.defaultLocale)];
  return { locales, defaultLocale: property.defaultLocale };
}

/** Every situation with its texts (empty where none is written yet), and the languages to write them in. */
export async function listMessageTemplates(actor: AdminActor) {
  await requireManager(actor, "message_template.read");
  const [languages, rows] = await Promise.all([
    templateLanguagesOf(db(), actor.propertyId),
    db()
      .select({ situation: messageTemplates.situation, bodies: messageTemplates.bodies, updatedAt: messageTemplates.updatedAt })
      .from(messageTemplates)
      .where(eq(messageTemplates.propertyId, actor.propertyId)),
  ]);
  const bySituation = new Map(rows.map((r) => [r.situation, r]));
  return {
    ...languages,
    templates: SITUATIONS.map((situation) => ({
      situation,
      bodies: bySituation.get(situation)?.bodies ?? {},
      updatedAt: bySituation.get(situation)?.updatedAt ?? null,
    })),
  };
}

export type MessageTemplateList = Awaited<ReturnType<typeof listMessageTemplates>>;

/** A problem as the message key the form shows next to that language's text. */
function problemKey(p: TemplateProblem): string {
  switch (p.problem) {
    case "missing_default":
      return "staff.templates.errors.missingDefault";
    case "not_a_property_locale":
      return "staff.templates.errors.notPropertyLanguage";
    case "too_long":
      return "validation.too_big:1000";
    case "unknown_placeholder":
      // The names go into the message as its {n}; a colon would end the key's parameter early.
      return `staff.templates.errors.unknownPlaceholder:${p.names.map((n) => `{${n}}`.replaceAll(":", "")).join(", ")}`;
  }
}

/**
 * Saves one situation's texts (locale → text; empty texts are dropped). Refused with field errors (`body_<locale>`,
 * `situation`) and no change: an unknown situation, no text in the property's default language, a language the
 * property does not speak, an unknown placeholder.
 */
export async function saveMessageTemplate(actor: AdminActor, situation: string, texts: Record<string, string | null | undefined>) {
  await requireManager(actor, "message_template.update", situation);
  if (!isSituation(situation)) throw fieldError("situation", "staff.templates.errors.unknownSituation");
  const bodies: Record<string, string> = {};
  for (const [locale, text] of Object.entries(texts)) if (text?.trim()) bodies[locale] = text.trim();
  return db().transaction(async (tx) => {
    const languages = await templateLanguagesOf(tx, actor.propertyId);
    const problems = checkTemplateBodies(bodies, languages);
    if (problems.length) {
      const fieldErrors: FieldErrors = {};
      for (const p of problems) (fieldErrors[`body_${p.locale}`] ??= []).push(problemKey(p));
      throw new AppError("input:invalid", "Please check the highlighted fields.", fieldErrors);
    }
    const [before] = await tx
      .select({ bodies: messageTemplates.bodies })
      .from(messageTemplates)
      .where(and(eq(messageTemplates.propertyId, actor.propertyId), eq(messageTemplates.situation, situation)))
      .limit(1);
    const old = before?.bodies ?? {};
    const changed = [...new Set([...Object.keys(old), ...Object.keys(bodies)])].filter((l) => old[l] !== bodies[l]).sort();
    if (changed.length === 0) return { changed };
    const now = new Date();
    await tx
      .insert(messageTemplates)
      .values({ propertyId: actor.propertyId, situation, bodies, updatedAt: now })
      .onConflictDoUpdate({ target: [messageTemplates.propertyId, messageTemplates.situation], set: { bodies, updatedAt: now } });
    await auditChange(tx, actor, { action: "message_template.update", target: situation, detail: { languages: changed } });
    return { changed };
  });
}
