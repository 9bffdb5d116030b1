// next-intl: the request's locale (cookie, else the browser's languages) and its messages.
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    // Guest-side and shared texts, and the back office's in a file of its own.
    // The back office's texts come from several files (one per area), merged under `staff`.
    messages: {
      ...(await import(`../../lib/i18n/messages/${locale}.json`)).default,
      // A request's conversation: the guest's thread and rating, the staff's view of it, the feedback page.
      conversation: (await import(`../../lib/i18n/messages/${locale}.conversation.json`).catch(() => import(`../../lib/i18n/messages/en.conversation.json`))).default,
      // Staff work in English in this version: the back office's files are English for every locale.
      staff: {
        ...(await import(`../../lib/i18n/messages/en.staff.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-ops.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-stays.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-admin.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-api.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-reports.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-webhooks.json`)).default,
        ...(await import(`../../lib/i18n/messages/en.staff-outbox.json`)).default,
        // The hotel group: the property switcher and the group administrator's page.
        ...(await import(`../../lib/i18n/messages/${locale}.staff-group.json`).catch(() => import(`../../lib/i18n/messages/en.staff-group.json`))).default,
        // Message templates: the manager's page and the request page's "send a prepared message", in every staff language.
        ...(await import(`../../lib/i18n/messages/${locale}.staff-templates.json`)).default,
        // Guest data retention: the manager's property settings, in every staff language.
        ...(await import(`../../lib/i18n/messages/${locale}.staff-retention.json`)).default,
      },
    },
  };
});
