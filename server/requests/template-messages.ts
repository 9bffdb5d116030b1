// Staff answer a request with one of the manager's templates: the choices with their previews (in the staff member's
// language and the guest's), and sending one, filled in for this request, on the request's thread and by email.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { LocalizedText } from "@/lib/catalogue-text";
import {
  fillTemplate,
  formatTemplateTime,
  guestLocaleOf,
  isSituation,
  SITUATIONS,
  templateTextFor,
  unfilledPlaceholders,
  type PlaceholderValues,
} from "@/lib/message-templates";
import { hotelToday } from "@/lib/time";
import { db } from "@/db/client";
import { bookings, messageTemplates, properties, services, stays } from "@/db/schema";
import { fieldError } from "@/server/auth/manager-guard";
import { AppError } from "@/lib/errors";
import { scopeOf, type StaffRef } from "./scope";
import { postStaffMessage } from "./thread";

/** The longest message to a guest (as the free-text message form allows). */
export const MESSAGE_MAX = 1000;

/** The request (one the staff member may see) with what its placeholders are filled from; null when out of reach. */
async function loadRequest(staff: StaffRef, bookingId: string) {
  const [row] = await db()
    .select({
      id: bookings.id,
      scheduledAt: bookings.scheduledAt,
      serviceName: services.name,
      guestName: stays.guestName,
      stayLocale: stays.locale,
      timeZone: properties.timeZone,
      defaultLocale: properties.defaultLocale,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(stays, eq(stays.id, bookings.stayId))
    .innerJoin(properties, eq(properties.id, bookings.propertyId))
    .where(and(eq(bookings.id, bookingId), scopeOf(staff)))
    .limit(1);
  return row ?? null;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

/** The request's placeholders in one language (all but {alternative}, which the staff member types). */
function valuesIn(request: Loaded, locale: string, now: Date): PlaceholderValues {
  const name = request.serviceName as LocalizedText;
  return {
    guestName: request.guestName,
    service: name[locale] || name.en,
    time: request.scheduledAt ? formatTemplateTime(request.scheduledAt, request.timeZone, locale, hotelToday(request.timeZone, now)) : null,
  };
}

async function templatesOf(propertyId: string) {
  const rows = await db()
    .select({ situation: messageTemplates.situation, bodies: messageTemplates.bodies })
    .from(messageTemplates)
    .where(eq(messageTemplates.propertyId, propertyId));
  const bySituation = new Map(rows.map((r) => [r.situation, r.bodies]));
  return SITUATIONS.flatMap((situation) => (bySituation.get(situation) ? [{ situation, bodies: bySituation.get(situation)! }] : []));
}

/**
 * The templates a staff member may send on a request, each with its text for the staff member (`staffLocale`) and for
 * the guest (their stay's language, else the property's), and whether the guest's language is missing (the text shown
 * is then the default language's). The placeholders' values come with them, so the form fills in {alternative} as it
 * is typed. Null when the request is not the staff member's to see.
 */
export async function templateChoicesForRequest(staff: StaffRef, bookingId: string, staffLocale: string, now: Date = new Date()) {
  const request = await loadRequest(staff, bookingId);
  if (!request) return null;
  const guestLocale = guestLocaleOf(request.stayLocale, request.defaultLocale);
  const templates = (await templatesOf(staff.propertyId)).flatMap(({ situation, bodies }) => {
    const forGuest = templateTextFor(bodies, guestLocale, request.defaultLocale);
    const forStaff = templateTextFor(bodies, staffLocale, request.defaultLocale);
    return forGuest && forStaff ? [{ situation, guest: forGuest, staff: forStaff }] : [];
  });
  return {
    guestLocale,
    staffLocale,
    templates,
    values: { guest: valuesIn(request, guestLocale, now), staff: valuesIn(request, staffLocale, now) },
  };
}

export type TemplateChoices = NonNullable<Awaited<ReturnType<typeof templateChoicesForRequest>>>;

/**
 * Sends a template to the guest on the request's thread (and by email, as every staff message): `body` is the text the
 * staff member has in front of them (the template filled in, perhaps edited); empty means "as the template says".
 * Refused with a field error and nothing sent: an unknown situation or one without a template; a template without the
 * guest's language unless the text was rewritten; a placeholder still unfilled.
 */
export async function sendTemplateMessage(
  staff: StaffRef,
  bookingId: string,
  input: { situation: string; alternative?: string | null; body?: string | null },
  now: Date = new Date(),
): Promise<{ id: string; locale: string }> {
  // `locale`: the guest's language (the text may be a rewrite of another language's template).
  if (!isSituation(input.situation)) throw fieldError("situation", "staff.templates.errors.unknownSituation");
  const request = await loadRequest(staff, bookingId);
  if (!request) throw new AppError("not_found", "This request does not exist.");
  const template = (await templatesOf(staff.propertyId)).find((t) => t.situation === input.situation);
  if (!template) throw fieldError("situation", "staff.templates.errors.notWritten");
  const guestLocale = guestLocaleOf(request.stayLocale, request.defaultLocale);
  const values = { ...valuesIn(request, guestLocale, now), alternative: input.alternative?.trim() || null };
  const written = templateTextFor(template.bodies, guestLocale, request.defaultLocale);
  if (!written) throw fieldError("situation", "staff.templates.errors.notWritten");
  const filled = fillTemplate(written.text, values).trim();
  const typed = input.body?.trim() ?? "";
  // Sent in another language than the guest's only when the staff member has rewritten the text (translated it).
  if (written.fallback && (typed === "" || typed === filled)) throw fieldError("body", "staff.templates.errors.missingLanguage");
  const text = typed || filled;
  const unfilled = unfilledPlaceholders(text);
  if (unfilled.includes("alternative") && !values.alternative) throw fieldError("alternative", "validation.required");
  if (unfilled.length) throw fieldError("body", `staff.templates.errors.unfilled:${unfilled.map((n) => `{${n}}`).join(", ")}`);
  if (text.length > MESSAGE_MAX) throw fieldError("body", `validation.too_big:${MESSAGE_MAX}`);
  const message = await postStaffMessage(staff, bookingId, text);
  return { id: message.id, locale: guestLocale };
}
