// The access matrix (docs/reliability.md §11): who may call each Server Action, route handler and page. Keys: "<file>#<export>",
// files relative to the project root. Decided from docs/product.md §5 (reception: every request, stays, credits; department staff:
// their departments' requests; manager: everything, plus catalogue, prices, staff accounts, API tokens; guests: their own
// stay's things). Read by tests/access-matrix.test.ts (each entry point called directly) and e2e/access-status.spec.ts
// (each page over HTTP against the built app, for its status code).

// "group": a group administrator (works as a manager in every property of the installation, and alone may run the group).
export type Who = "guest" | "department" | "reception" | "manager" | "group";
export type Rule = { public: true } | { public?: false; allow: readonly Who[]; bearer: boolean };

/** Open to everyone, signed in or not: nothing to lock (sign-in, sign-out, health, the OpenAPI document, Auth.js). */
export const PUBLIC: Rule = { public: true };
/** Only these callers get past the gate (by session cookie). */
export const allow = (...who: Who[]): Rule => ({ allow: who, bearer: false });
/** REST: the staff roles among those allowed may also call with their Bearer API token. */
export const orToken = (rule: Rule): Rule => ({ ...(rule as Extract<Rule, { allow: readonly Who[] }>), bearer: true });

export const STAFF: Who[] = ["department", "reception", "manager"];
export const DESK: Who[] = ["reception", "manager"];

export const MATRIX: Record<string, Rule> = {
  // ── Server Actions ────────────────────────────────────────────────────────────────────────────────────
  // Signing in and out: nothing to guard.
  "app/(public)/actions.ts#signInGuestAction": PUBLIC,
  "app/(public)/actions.ts#signInStaffAction": PUBLIC,
  "app/(public)/actions.ts#signInSsoAction": PUBLIC,
  "app/(public)/actions.ts#signOutAction": PUBLIC,
  // The language switcher: anyone may choose a language; a signed-in guest's choice is also stored on their own stay.
  "app/_server/locale.ts#setLocaleAction": PUBLIC,

  // The guest's own stay: book, cancel, waiting list, packages.
  "app/(guest)/actions.ts#bookServiceAction": allow("guest"),
  "app/(guest)/actions.ts#cancelBookingAction": allow("guest"),
  "app/(guest)/actions.ts#leaveWaitlistAction": allow("guest"),
  "app/(guest)/actions.ts#acceptOfferAction": allow("guest"),
  "app/(guest)/actions.ts#bookPackageChoicesAction": allow("guest"),
  "app/(guest)/requests/[id]/actions.ts#postGuestMessageAction": allow("guest"),
  "app/(guest)/requests/[id]/actions.ts#rateBookingAction": allow("guest"),

  // Requests: every staff role (department staff only within their departments, which the queries scope).
  "app/(staff)/staff/actions.ts#changeRequestStatus": allow(...STAFF),
  "app/(staff)/staff/actions.ts#assignRequestAction": allow(...STAFF),
  "app/(staff)/staff/actions.ts#rescheduleRequestAction": allow(...STAFF),
  "app/(staff)/staff/actions.ts#handOverRequestAction": allow(...STAFF),
  "app/(staff)/staff/actions.ts#addInternalNoteAction": allow(...STAFF),
  "app/(staff)/staff/requests/[id]/guest-thread-actions.ts#sendGuestMessageAction": allow(...STAFF),
  // The back office's language: every staff member chooses their own (stored on their own account).
  "app/(staff)/staff/language-actions.ts#setStaffLocaleAction": allow(...STAFF),
  "app/(staff)/staff/requests/[id]/template-message-actions.ts#sendTemplateMessageAction": allow(...STAFF),
  // Message templates: the manager writes them.
  "app/(staff)/staff/templates/actions.ts#saveTemplateAction": allow("manager"),
  // Flagged feedback (low ratings, complaints): the manager.
  "app/(staff)/staff/feedback/actions.ts#resolveFeedbackAction": allow("manager"),

  // Stays and credits: the front desk.
  "app/(staff)/staff/stays/actions.ts#createStayAction": allow(...DESK),
  "app/(staff)/staff/stays/actions.ts#updateStayAction": allow(...DESK),
  "app/(staff)/staff/stays/actions.ts#importStaysAction": allow(...DESK),
  "app/(staff)/staff/stays/actions.ts#giveCreditAction": allow(...DESK),

  // Catalogue and prices: the manager.
  "app/(staff)/staff/catalogue/actions.ts#saveService": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#addService": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#addStartTime": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#removeStartTime": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#addScheduleException": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#removeScheduleException": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#savePackage": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#savePackageItems": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#addPriceRule": allow("manager"),
  "app/(staff)/staff/catalogue/actions.ts#savePriceRule": allow("manager"),
  // Departments (names, guest names, response targets): the manager.
  "app/(staff)/staff/departments/actions.ts#addDepartment": allow("manager"),
  "app/(staff)/staff/departments/actions.ts#saveDepartment": allow("manager"),
  // A department's calendar feed gets a new secret address: the manager.
  "app/(staff)/staff/departments/actions.ts#rotateCalendarAction": allow("manager"),

  // Staff accounts and API tokens: the manager.
  // The hotel group: anyone working at several properties switches between them (the service refuses a property they
  // do not work at: not found); only a group administrator creates properties and says who works where.
  "app/(staff)/staff/group/actions.ts#switchPropertyAction": allow("department", "reception", "manager", "group"),
  "app/(staff)/staff/group/actions.ts#createPropertyAction": allow("group"),
  "app/(staff)/staff/group/actions.ts#setMembershipAction": allow("group"),
  "app/(staff)/staff/accounts/actions.ts#addAccount": allow("manager"),
  "app/(staff)/staff/accounts/actions.ts#saveAccount": allow("manager"),
  "app/(staff)/staff/accounts/actions.ts#changeAccountActive": allow("manager"),
  "app/(staff)/staff/accounts/actions.ts#resetAccountPassword": allow("manager"),
  // Password sign-in on or off for the property (single sign-on only when off): the manager.
  "app/(staff)/staff/accounts/actions.ts#setPasswordSignInAction": allow("manager"),
  "app/(staff)/staff/api-tokens/actions.ts#createApiTokenAction": allow("manager"),
  "app/(staff)/staff/api-tokens/actions.ts#revokeApiTokenAction": allow("manager"),
  // Webhook endpoints (where the hotel's events go): the manager.
  "app/(staff)/staff/webhooks/actions.ts#addWebhookEndpoint": allow("manager"),
  "app/(staff)/staff/webhooks/actions.ts#saveWebhookEndpoint": allow("manager"),
  "app/(staff)/staff/webhooks/actions.ts#resumeWebhookEndpointAction": allow("manager"),
  "app/(staff)/staff/webhooks/actions.ts#rotateWebhookSecretAction": allow("manager"),
  "app/(staff)/staff/webhooks/actions.ts#resendWebhookDeliveryAction": allow("manager"),
  "app/(staff)/staff/outbox/actions.ts#resendEmailAction": allow("manager"),
  // Property settings (how long guest data is kept after check-out): the manager.
  "app/(staff)/staff/settings/actions.ts#setRetentionAction": allow("manager"),

  // ── Route handlers ────────────────────────────────────────────────────────────────────────────────────
  "app/api/auth/[...nextauth]/route.ts#GET": PUBLIC,
  "app/api/auth/[...nextauth]/route.ts#POST": PUBLIC,
  "app/api/health/route.ts#GET": PUBLIC,
  "app/api/ready/route.ts#GET": PUBLIC,
  // Not a role's: its lock is METRICS_TOKEN's bearer (404 when unset, 401 without it), checked by e2e/operations.spec.ts.
  "app/api/metrics/route.ts#GET": PUBLIC,
  // The benchmark's floor and its statement count (npm run bench): nothing of anyone's; 404 unless BENCH_FLOOR=1
  // (tests/bench-floor.test.ts).
  "app/api/bench-floor/route.ts#GET": PUBLIC,
  "app/api/bench-floor/stats/route.ts#GET": PUBLIC,
  "app/api/v1/openapi.json/route.ts#GET": PUBLIC,
  // A department's calendar feed: calendar apps send no cookies; the secret token in the URL is the key (unknown → 404).
  "app/api/calendar/departments/[token]/route.ts#GET": PUBLIC,
  // "Add to calendar": the guest's own timed booking (another stay's → 404).
  "app/api/calendar/bookings/[id]/route.ts#GET": allow("guest"),
  // "Your data" as JSON: the signed-in guest's own stay only (the stay comes from the session, never the URL).
  "app/api/your-data/route.ts#GET": allow("guest"),

  // The back office's live queue and folio export (session cookie only: they do not read Authorization).
  "app/api/staff/events/route.ts#GET": allow(...STAFF),
  "app/api/staff/folio/route.ts#GET": allow(...DESK),

  // REST v1, the guest's side (the catalogue is readable by staff too, also by token).
  "app/api/v1/catalogue/route.ts#GET": orToken(allow("guest", ...STAFF)),
  "app/api/v1/services/[slug]/availability/route.ts#GET": allow("guest"),
  "app/api/v1/bookings/route.ts#GET": allow("guest"),
  "app/api/v1/bookings/route.ts#POST": allow("guest"),
  "app/api/v1/bookings/[id]/route.ts#GET": allow("guest"),
  "app/api/v1/bookings/[id]/cancel/route.ts#POST": allow("guest"),
  "app/api/v1/packages/[slug]/bookings/route.ts#POST": allow("guest"),
  "app/api/v1/waitlist/route.ts#GET": allow("guest"),
  "app/api/v1/waitlist/route.ts#POST": allow("guest"),
  "app/api/v1/waitlist/[id]/route.ts#DELETE": allow("guest"),
  "app/api/v1/waitlist/[id]/accept/route.ts#POST": allow("guest"),

  // REST v1, the staff side: requests for every role, also by token; API tokens by the manager's session only
  // (a token may not mint or revoke tokens).
  "app/api/v1/staff/me/route.ts#GET": orToken(allow(...STAFF)),
  "app/api/v1/staff/requests/route.ts#GET": orToken(allow(...STAFF)),
  "app/api/v1/staff/requests/[id]/route.ts#GET": orToken(allow(...STAFF)),
  "app/api/v1/staff/requests/[id]/status/route.ts#POST": orToken(allow(...STAFF)),
  "app/api/v1/staff/api-tokens/route.ts#GET": allow("manager"),
  "app/api/v1/staff/api-tokens/route.ts#POST": allow("manager"),
  "app/api/v1/staff/api-tokens/[id]/route.ts#DELETE": allow("manager"),
  // Webhooks: the manager reads by session or token; changing where events go takes the manager's session.
  "app/api/v1/staff/webhooks/route.ts#GET": orToken(allow("manager")),
  "app/api/v1/staff/webhooks/route.ts#POST": allow("manager"),
  "app/api/v1/staff/webhooks/[id]/route.ts#GET": orToken(allow("manager")),
  "app/api/v1/staff/webhooks/[id]/route.ts#PATCH": allow("manager"),
  "app/api/v1/staff/webhooks/[id]/resume/route.ts#POST": allow("manager"),
  "app/api/v1/staff/webhooks/[id]/secret/route.ts#POST": allow("manager"),
  "app/api/v1/staff/webhooks/[id]/deliveries/route.ts#GET": orToken(allow("manager")),
  "app/api/v1/staff/webhooks/[id]/deliveries/[deliveryId]/resend/route.ts#POST": allow("manager"),
  "app/api/staff/reports/[report]/route.ts#GET": allow("manager"),

  // ── Pages (what proxy.ts only redirects for; docs/reliability.md §12: each page locks itself) ──────────────────
  "app/(public)/page.tsx#default": PUBLIC,
  // The benchmark's floor page: one line, 404 unless BENCH_FLOOR=1 (tests/bench-floor.test.ts).
  "app/bench-floor/page.tsx#default": PUBLIC,
  "app/(public)/signin/page.tsx#default": PUBLIC,
  "app/(public)/staff/signin/page.tsx#default": PUBLIC,

  "app/(guest)/stay/page.tsx#default": allow("guest"),
  "app/(guest)/packages/[slug]/(detail)/page.tsx#default": allow("guest"),
  "app/(guest)/packages/[slug]/review/page.tsx#default": allow("guest"),
  "app/(guest)/services/[slug]/page.tsx#default": allow("guest"),
  "app/(guest)/requests/(list)/page.tsx#default": allow("guest"),
  "app/(guest)/requests/[id]/page.tsx#default": allow("guest"),
  "app/(guest)/folio/page.tsx#default": allow("guest"),
  "app/(guest)/your-data/page.tsx#default": allow("guest"),

  "app/(staff)/staff/(queue)/page.tsx#default": allow(...STAFF),
  "app/(staff)/staff/requests/[id]/page.tsx#default": allow(...STAFF),
  "app/(staff)/staff/run-sheet/page.tsx#default": allow(...STAFF),

  "app/(staff)/staff/stays/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/new/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/import/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/folio/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/cards/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/[id]/page.tsx#default": allow(...DESK),
  "app/(staff)/staff/stays/[id]/edit/page.tsx#default": allow(...DESK),

  "app/(staff)/staff/catalogue/page.tsx#default": allow("manager"),
  "app/(staff)/staff/catalogue/price-rules/page.tsx#default": allow("manager"),
  "app/(staff)/staff/catalogue/packages/[id]/page.tsx#default": allow("manager"),
  "app/(staff)/staff/catalogue/services/new/page.tsx#default": allow("manager"),
  "app/(staff)/staff/catalogue/services/[id]/page.tsx#default": allow("manager"),
  "app/(staff)/staff/departments/page.tsx#default": allow("manager"),
  "app/(staff)/staff/group/page.tsx#default": allow("group"),
  "app/(staff)/staff/accounts/page.tsx#default": allow("manager"),
  "app/(staff)/staff/accounts/[id]/page.tsx#default": allow("manager"),
  "app/(staff)/staff/api-tokens/page.tsx#default": allow("manager"),
  "app/(staff)/staff/webhooks/page.tsx#default": allow("manager"),
  "app/(staff)/staff/webhooks/[id]/page.tsx#default": allow("manager"),
  "app/(staff)/staff/outbox/page.tsx#default": allow("manager"),
  "app/(staff)/staff/reports/page.tsx#default": allow("manager"),
  "app/(staff)/staff/feedback/page.tsx#default": allow("manager"),
  "app/(staff)/staff/templates/page.tsx#default": allow("manager"),
  "app/(staff)/staff/settings/page.tsx#default": allow("manager"),
};
