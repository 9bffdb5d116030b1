// One request as staff see it: guest and party, service, price, what can be done next, and the full trail with internal notes.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { currentStaff, type StaffSession } from "@/app/_server/session";
import { formatWhen } from "@/components/format";
import { localized } from "@/components/localized";
import { LiveRefresh } from "@/components/staff/live-refresh";
import { StatusBadge } from "@/components/status-badge";
import { getPropertyTimeZone } from "@/server/property/settings";
import { listAssignees, listHandOverDepartments, listRescheduleSessions } from "@/server/requests/changes";
import { listGuestThread } from "@/server/requests/thread";
import { templateChoicesForRequest } from "@/server/requests/template-messages";
import { languageName } from "@/lib/i18n/locales";
import { getRequestForStaff, type StaffRequest } from "@/server/requests/detail";
import { AssignForm, HandOverForm, RescheduleForm } from "./change-forms";
import { Details, PriceLines } from "./details";
import { GuestThread } from "./guest-thread";
import { InternalNoteForm } from "./note-form";
import { RequestActions } from "./request-actions";
import { TemplateMessage } from "./template-message";
import { sendTemplateMessageAction } from "./template-message-actions";
import { Trail } from "./trail";

type Params = { params: Promise<{ id: string }> };

const idSchema = z.uuid();

async function load(id: string) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  // A malformed id would otherwise reach the database as an invalid uuid.
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const request = await getRequestForStaff(staff, parsed.data);
  if (!request) notFound();
  return { staff, request, timeZone: await getPropertyTimeZone(staff.propertyId) };
}

/** The choices each open change offers; only loaded when the change is possible. */
async function loadChoices(staff: StaffSession, request: StaffRequest) {
  const [people, sessions, departments] = await Promise.all([
    request.changes.includes("assign") ? listAssignees(staff, request.departmentId) : [],
    request.changes.includes("reschedule") ? listRescheduleSessions(staff, request) : [],
    request.changes.includes("hand_over") ? listHandOverDepartments(staff) : [],
  ]);
  return { people, sessions, departments };
}

/** The names, in the staff member's language, of every language the template form mentions. */
function languageNamesFor(templates: { guestLocale: string; templates: { guest: { locale: string }; staff: { locale: string } }[] }, locale: string) {
  const locales = new Set([templates.guestLocale, ...templates.templates.flatMap((c) => [c.guest.locale, c.staff.locale])]);
  return Object.fromEntries([...locales].map((l) => [l, languageName(l, locale) ?? l]));
}

export async function generateMetadata({ params }: Params) {
  const { id } = await params;
  const staff = await currentStaff();
  const parsed = idSchema.safeParse(id);
  const request = staff && parsed.success ? await getRequestForStaff(staff, parsed.data) : null;
  const t = await getTranslations("staff");
  if (!request) return { title: t("notFound.title") };
  return { title: t("request.title", { service: localized(request.serviceName, await getLocale()), guest: request.guestName }) };
}

export default async function RequestPage({ params }: Params) {
  const { id } = await params;
  const { staff, request, timeZone } = await load(id);
  const locale = await getLocale();
  const [t, choices, thread, format, templates] = await Promise.all([
    getTranslations("staff.request"),
    loadChoices(staff, request),
    listGuestThread(staff.propertyId, request.id),
    getFormatter(),
    templateChoicesForRequest(staff, request.id, locale),
  ]);
  const messages = thread.map((m) => ({ ...m, at: m.at.toISOString(), when: formatWhen(format, m.at, timeZone) }));
  const service = localized(request.serviceName, locale);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href="/staff" className="inline-flex min-h-11 items-center text-brand-700 underline">
          <span aria-hidden>←&nbsp;</span>
          {t("back")}
        </Link>
        <LiveRefresh bookingId={request.id} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={request.status} />
        {request.vip && (
          <span className="inline-block rounded-full bg-amber-300 px-2 py-0.5 text-sm font-bold text-amber-950">
            <span aria-hidden>★ </span>
            {t("vip")}
          </span>
        )}
      </div>
      <h1 className="mt-2 text-2xl font-bold">{t("title", { service, guest: request.guestName })}</h1>
      {/* Phones: the next steps, then the facts and history, then the other changes. Wide screens: facts left, changes right. */}
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <RequestActions bookingId={request.id} actions={request.actions} />
        </div>
        <div className="space-y-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Details request={request} service={service} timeZone={timeZone} />
          <Trail entries={request.trail} timeZone={timeZone} />
          <PriceLines lines={request.priceLines} totalMinor={request.totalMinor} currency={request.currency} />
        </div>
        <div className="space-y-6 lg:col-start-2 lg:row-start-2">
          {request.changes.includes("assign") && (
            <AssignForm bookingId={request.id} assignedTo={request.assignedTo} people={choices.people} />
          )}
          {request.changes.includes("reschedule") && request.sessionId && (
            <RescheduleForm
              bookingId={request.id}
              sessionId={request.sessionId}
              quantity={request.quantity}
              sessions={choices.sessions}
              timeZone={timeZone}
            />
          )}
          {request.changes.includes("hand_over") && (
            <HandOverForm bookingId={request.id} departmentId={request.departmentId} departments={choices.departments} />
          )}
          <GuestThread bookingId={request.id} messages={messages} />
          {templates && (
            <TemplateMessage
              bookingId={request.id}
              templates={templates.templates}
              values={templates.values}
              guestLocale={templates.guestLocale}
              languageNames={languageNamesFor(templates, locale)}
              action={sendTemplateMessageAction}
            />
          )}
          <InternalNoteForm bookingId={request.id} />
        </div>
      </div>
    </>
  );
}
