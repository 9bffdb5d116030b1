// Booking a whole package with the guest's own choices: a review of every item (what it needs, who takes part, its own
// price, why it cannot be booked for this stay), then all the items booked in one transaction, all or nothing.
// Each item is priced as on its own page; the bundle saving is one line, never a price spread over the items.
import "server-only";
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { packageNote } from "@/lib/booking-event-notes";
import { whyUnbookable } from "@/lib/availability";
import { countedBy, countsChildrenOnly, countsParticipants, type Counted } from "@/lib/counted";
import { AppError } from "@/lib/errors";
import type { BookInput } from "@/lib/booking-input";
import { bookingCost, includedTax, type Participants, type Priced, type Quote, type QuoteLine } from "@/lib/pricing";
import { addDays, dayOf, daysIncluded, hotelToday, type Day } from "@/lib/time";
import type { LocalizedText } from "@/lib/catalogue-text";
import { db } from "@/db/client";
import { bookings } from "@/db/schema";
import { getPackageForBooking, type ServiceDetail } from "@/server/catalogue/guest-catalogue";
import { ensureAndListSessions } from "@/server/catalogue/sessions";
import { countBooking } from "@/server/metrics";
import { publishBookingChange } from "@/server/live";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import { webhookBookingsCreated } from "@/server/webhooks/event-hooks";
import { notifyGuestOfChange } from "@/server/notifications/guest-emails";
import { getStayForGuest, type GuestRef, type GuestStay } from "@/server/stays/guest-stay";
import { rentalStockLeftByService } from "./availability";
import { expiryOf, planBooking, takeHold } from "./plan-and-price";
import { insertGuestBooking } from "./insert-booking";

/** What the guest chose for one item: a session (timed, ticket) or the days (rental). */
export type PackageChoice = { sessionId?: string; startDay?: string; endDay?: string };

/** Why an item cannot be booked for this stay (a message key under package.problem). */
export type ItemProblem = "no_children" | "min_age" | "no_time" | "sold_out";

export type ReviewItem = {
  slug: string;
  name: LocalizedText;
  mode: ServiceDetail["mode"];
  counted: Counted;
  participants: Participants | null;
  quantity: number;
  /** Times that can be booked for these participants during the stay (timed, ticket). */
  sessions: { id: string; startsAt: Date; remaining: number }[];
  /** Days a rental can start or end on. */
  days: Day[];
  /** Rentals: units left on each of those days (0: sold out that day), as the service page shows them. */
  stockLeft: Record<Day, number>;
  /** The item's own price for who takes part (rentals: for the first day), as on its own page. */
  quote: Quote | null;
  /** The price as the review reprices a rental's other days with it. */
  priced: Priced;
  familyDiscountBp: number;
  problem: ItemProblem | null;
  minAge: number | null;
};

export type PackageReview = {
  packageId: string;
  name: LocalizedText;
  bundlePriceMinor: number;
  items: ReviewItem[];
  /** The items at their own prices, and what the bundle saves against them (never below 0). */
  ownTotalMinor: number;
  savingMinor: number;
  bookable: boolean;
};

/** Who takes part in an item by default: who would really go (lib/counted.ts), never more than a booking or session takes. */
function defaultParticipants(stay: GuestStay, service: ServiceDetail, counted: Counted): Participants | null {
  if (!countsParticipants(counted)) return null;
  const timed = service.mode === "timed" || service.mode === "ticket";
  const cap = Math.min(service.maxPerBooking, timed && service.capacity !== null ? service.capacity : Infinity);
  const children = stay.childrenAges.filter((a) => !service.minAge || a >= service.minAge).sort((a, b) => b - a);
  const adults = countsChildrenOnly(counted) ? 0 : Math.min(stay.adults, cap);
  return { adults, childAges: children.slice(0, Math.max(0, cap - adults)) };
}

function problemOf(stay: GuestStay, service: ServiceDetail, counted: Counted, participants: Participants | null): ItemProblem | null {
  if (!participants || participants.adults + participants.childAges.length > 0) return null;
  if (countsChildrenOnly(counted) && stay.childrenAges.length === 0) return "no_children";
  return "min_age";
}

function inputFor(item: { service: ServiceDetail; participants: Participants | null }, choice: PackageChoice | undefined, key: string): BookInput {
  const quantity = item.participants ? item.participants.adults + item.participants.childAges.length : 1;
  return {
    serviceSlug: item.service.slug,
    quantity: Math.max(1, quantity),
    sessionId: choice?.sessionId || undefined,
    startDay: choice?.startDay || undefined,
    endDay: choice?.endDay || undefined,
    adults: item.participants?.adults,
    childAges: item.participants?.childAges,
    idempotencyKey: key,
  };
}

async function load(guest: GuestRef, packageSlug: string) {
  const [stay, pkg] = await Promise.all([getStayForGuest(guest), getPackageForBooking(guest.propertyId, packageSlug.slice(0, 100))]);
  if (!stay) throw new AppError("not_found", "Stay not found.");
  if (!pkg || pkg.bundlePriceMinor === null) throw new AppError("not_found", "This package cannot be booked as a whole.");
  if (pkg.items.length === 0) throw new AppError("not_found", "This package has no items.");
  return { stay, pkg: { ...pkg, bundlePriceMinor: pkg.bundlePriceMinor } };
}

/** The review of a whole package for this stay: each item with what it needs, its own price, and the saving. */
export async function reviewPackage(guest: GuestRef, packageSlug: string, now: Date = new Date()): Promise<PackageReview> {
  const { stay, pkg } = await load(guest, packageSlug);
  const today = hotelToday(stay.timeZone, now);
  const days: Day[] = [];
  for (let d = stay.checkIn > today ? stay.checkIn : today; d <= stay.checkOut; d = addDays(d, 1)) days.push(d);
  const timed = pkg.items.filter((s) => s.mode === "timed" || s.mode === "ticket");
  const rentals = pkg.items.filter((s) => s.mode === "rental");
  const [sessions, stock] = await Promise.all([
    ensureAndListSessions(timed, days, stay.timeZone),
    rentalStockLeftByService(rentals.map((s) => ({ id: s.id, stock: s.capacity ?? 0 })), days),
  ]);

  const items: ReviewItem[] = [];
  for (const service of pkg.items) {
    const counted = countedBy(service);
    const participants = defaultParticipants(stay, service, counted);
    let problem = problemOf(stay, service, counted, participants);
    const quantity = participants ? participants.adults + participants.childAges.length : 1;
    const rules = { leadTimeMinutes: service.leadTimeMinutes, timeZone: stay.timeZone, stay, active: service.active };
    const free = sessions
      .filter((s) => s.serviceId === service.id && whyUnbookable(s, Math.max(1, quantity), rules, now) === null)
      .map((s) => ({ id: s.id, startsAt: s.startsAt, remaining: Math.max(0, s.capacity - s.booked) }));
    if (!problem && (service.mode === "timed" || service.mode === "ticket") && free.length === 0) problem = "no_time";
    const leadDay = dayOf(new Date(now.getTime() + service.leadTimeMinutes * 60_000), stay.timeZone);
    const rentalDays = service.mode === "rental" ? days.filter((d) => d >= leadDay) : [];
    const stockLeft = Object.fromEntries(rentalDays.map((d) => [d, stock.get(service.id)?.get(d) ?? 0]));
    if (!problem && service.mode === "rental" && rentalDays.length > 0 && rentalDays.every((d) => stockLeft[d] === 0)) problem = "sold_out";
    let quote: Quote | null = null;
    let familyDiscountBp = 0;
    if (!problem) {
      const firstFree = rentalDays.find((d) => stockLeft[d] > 0) ?? rentalDays[0];
      const choice = service.mode === "rental" && firstFree ? { startDay: firstFree, endDay: firstFree } : undefined;
      const plan = await planBooking(stay, service, inputFor({ service, participants }, choice, "review"), now);
      quote = plan.quote;
      familyDiscountBp = plan.familyDiscountBp;
    }
    const priced: Priced = {
      priceMinor: service.priceMinor,
      priceUnit: service.priceUnit,
      taxRateBp: service.taxRateBp,
      complimentary: service.complimentary,
      durationMinutes: service.durationMinutes,
    };
    items.push({ slug: service.slug, name: service.name, mode: service.mode, counted, participants, quantity, sessions: free, days: rentalDays, stockLeft, quote, priced, familyDiscountBp, problem, minAge: service.minAge });
  }
  const ownTotalMinor = items.reduce((sum, i) => sum + (i.quote?.totalMinor ?? 0), 0);
  return {
    packageId: pkg.id,
    name: pkg.name,
    bundlePriceMinor: pkg.bundlePriceMinor,
    items,
    ownTotalMinor,
    savingMinor: Math.max(0, ownTotalMinor - pkg.bundlePriceMinor),
    bookable: items.every((i) => i.problem === null),
  };
}

export type PackageChoicesResult = { bundleId: string; bookingIds: string[]; totalMinor: number; savingMinor: number; replayed: boolean };

/** What a request asked for, to tell a replay from another request under the same key: the package and the choices. */
function requestHashOf(packageSlug: string, choices: Record<string, PackageChoice>): string {
  const canonical = Object.keys(choices)
    .sort()
    .map((slug) => [slug, choices[slug].sessionId ?? "", choices[slug].startDay ?? "", choices[slug].endDay ?? ""]);
  return `${packageSlug}#${crypto.createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 32)}`;
}

async function existing(stayId: string, key: string, packageSlug: string, hash: string): Promise<PackageChoicesResult | null> {
  const rows = await db()
    .select({ id: bookings.id, bundleId: bookings.bundleId, totalMinor: bookings.totalMinor, priceLines: bookings.priceLines, requestHash: bookings.requestHash })
    .from(bookings)
    .where(and(eq(bookings.stayId, stayId), sql`split_part(${bookings.idempotencyKey}, '#', 1) = ${key}`));
  if (rows.length === 0) return null;
  // Bundles booked before choices were hashed carry the package's slug alone.
  if (rows.some((r) => r.requestHash !== hash && r.requestHash !== packageSlug)) {
    throw new AppError("idempotency:mismatch", "This Idempotency-Key was used for another request.");
  }
  const savingMinor = -rows.flatMap((r) => r.priceLines).filter((l) => l.label === "bundle_saving").reduce((sum, l) => sum + l.totalMinor, 0);
  return { bundleId: rows[0].bundleId!, bookingIds: rows.map((r) => r.id), totalMinor: rows.reduce((s, r) => s + r.totalMinor, 0), savingMinor, replayed: true };
}

/** An item's refusal, with its field errors under the item's slug ("babysitting.sessionId"), so the review shows it there. */
function forItem(prefix: string, slug: string, err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(err.fieldErrors ?? {})) fieldErrors[`${prefix}${slug}.${field}`] = messages;
  if (Object.keys(fieldErrors).length === 0) fieldErrors[`${prefix}${slug}`] = [err.code === "booking:full" ? "availability.full" : "package.itemFailed"];
  return new AppError(err.code, `${slug}: ${err.message}`, fieldErrors);
}

/** What each item still needs before anything is booked, for every item at once: a time, the days; a choice it cannot take. */
function missingChoices(services: ServiceDetail[], choices: Record<string, PackageChoice>, prefix: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const bySlug = new Set(services.map((s) => s.slug));
  for (const slug of Object.keys(choices)) if (!bySlug.has(slug)) errors[`${prefix}${slug}`] = ["validation.unexpected"];
  for (const service of services) {
    const choice = choices[service.slug] ?? {};
    const at = `${prefix}${service.slug}`;
    const timed = service.mode === "timed" || service.mode === "ticket";
    const rental = service.mode === "rental";
    if (timed && !choice.sessionId) errors[`${at}.sessionId`] = ["validation.choose_time"];
    if (!timed && choice.sessionId) errors[`${at}.sessionId`] = ["validation.unexpected"];
    if (rental && (!choice.startDay || !choice.endDay)) errors[`${at}.startDay`] = ["validation.choose_days"];
    if (!rental && (choice.startDay || choice.endDay)) errors[`${at}.startDay`] = ["validation.unexpected"];
  }
  return errors;
}

/**
 * Books every item of the package with the guest's choices, in one transaction: if one item cannot be booked (a time
 * taken meanwhile, stock gone), none is. Each booking carries its own price lines; the saving of the bundle against the
 * items' own prices is taken off the dearest bookings first, as a "package saving" line, so that the stay pays the
 * bundle price (or the items' own prices, when those come to less).
 */
export async function bookPackageWithChoices(
  guest: GuestRef,
  packageSlug: string,
  idempotencyKey: string,
  choices: Record<string, PackageChoice>,
  now: Date = new Date(),
  options: { fieldPrefix?: string } = {},
): Promise<PackageChoicesResult> {
  const prefix = options.fieldPrefix ?? "";
  const hash = requestHashOf(packageSlug, choices);
  return countBooking("package", async () => {
    const earlier = await existing(guest.stayId, idempotencyKey, packageSlug, hash);
    if (earlier) return earlier;
    const { stay, pkg } = await load(guest, packageSlug);
    // Everything the guest still has to do, said for every item at once: a problem of the stay, a missing time.
    const ready = pkg.items.map((service) => {
      const counted = countedBy(service);
      const participants = defaultParticipants(stay, service, counted);
      return { service, problem: problemOf(stay, service, counted, participants), input: inputFor({ service, participants }, choices[service.slug], `${idempotencyKey}#${service.slug}`) };
    });
    const blocked = ready.filter((r) => r.problem);
    if (blocked.length > 0) {
      throw new AppError("booking:not_bookable", "Some items cannot be booked for this stay.", Object.fromEntries(blocked.map((r) => [`${prefix}${r.service.slug}`, [`package.problem.${r.problem}`]])));
    }
    const missing = missingChoices(pkg.items, choices, prefix);
    if (Object.keys(missing).length > 0) throw new AppError("input:invalid", "Choose a time for each timed item and the days for each rental.", missing);
    const planned: { service: ServiceDetail; input: BookInput; plan: Awaited<ReturnType<typeof planBooking>> }[] = [];
    for (const { service, input } of ready) {
      try {
        planned.push({ service, input, plan: await planBooking(stay, service, input, now) });
      } catch (err) {
        throw forItem(prefix, service.slug, err);
      }
    }
    const ownTotal = planned.reduce((sum, p) => sum + p.plan.quote.totalMinor, 0);
    let saving = Math.max(0, ownTotal - pkg.bundlePriceMinor);
    const savingMinor = saving;
    // The saving comes off the dearest bookings first, each down to 0 at most.
    const off = new Map<string, number>();
    for (const p of [...planned].sort((a, b) => b.plan.quote.totalMinor - a.plan.quote.totalMinor)) {
      const take = Math.min(saving, p.plan.quote.totalMinor);
      if (take > 0) off.set(p.service.slug, take);
      saving -= take;
    }
    const bundleId = crypto.randomUUID();
    try {
      const created = await db().transaction(async (tx) => {
        const rows: { id: string; departmentId: string }[] = [];
        for (const { service, input, plan } of planned) {
          let hold;
          try {
            hold = await takeHold(tx, service, stay, input, plan, now);
          } catch (err) {
            throw forItem(prefix, service.slug, err);
          }
          const cut = off.get(service.slug) ?? 0;
          const lines: QuoteLine[] = cut > 0 ? [...plan.quote.lines, { label: "bundle_saving", quantity: 1, unitMinor: -cut, totalMinor: -cut }] : plan.quote.lines;
          const total = plan.quote.totalMinor - cut;
          const status = service.confirmation === "instant" ? ("confirmed" as const) : ("requested" as const);
          const id = await insertGuestBooking(
            tx,
            {
              propertyId: guest.propertyId,
              stayId: guest.stayId,
              serviceId: service.id,
              departmentId: service.departmentId,
              sessionId: hold.sessionId,
              status,
              quantity: input.quantity,
              scheduledAt: hold.scheduledAt,
              startDay: plan.startDay,
              endDay: plan.endDay,
              participants: plan.participants,
              currency: stay.currency,
              priceLines: lines,
              totalMinor: total,
              taxMinor: includedTax(total, service.taxRateBp),
              responseTargetMinutes: service.responseTargetMinutes,
              costMinor: bookingCost(service.costMinor, input.quantity, daysIncluded(plan.startDay, plan.endDay)),
              idempotencyKey: input.idempotencyKey,
              requestHash: hash,
              bundleId,
              packageId: pkg.id,
              expiresAt: status === "requested" ? expiryOf(hold.scheduledAt, now) : null,
              note: null,
            },
            { actorName: stay.guestName, note: packageNote(packageSlug) },
          );
          const row = { id, departmentId: service.departmentId };
          // Confirmed at once: the guest gets the same confirmation email as for a single booking (one per item).
          if (status === "confirmed") await notifyGuestOfChange(tx, row.id, "confirmed");
          rows.push(row);
        }
        await webhookBookingsCreated(tx, guest.propertyId, rows.map((r) => r.id));
        return rows;
      });
      for (const b of created) await publishBookingChange({ propertyId: guest.propertyId, departmentId: b.departmentId, bookingId: b.id, kind: "created" });
      return { bundleId, bookingIds: created.map((b) => b.id), totalMinor: ownTotal - savingMinor, savingMinor, replayed: false };
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) {
        const winner = await existing(guest.stayId, idempotencyKey, packageSlug, hash);
        if (winner) return winner;
      }
      throw err;
    }
  });
}
