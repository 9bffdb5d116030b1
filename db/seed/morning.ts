// A morning at the demo hotel, dated from the moment of seeding so it stays true: four more stays, requests awaiting an
// answer across departments (one already overdue, one whose time is within the hour), a confirmed one whose guest wrote
// last, and today's run sheet with a few sessions (those already over fulfilled, the running one in progress, the rest
// confirmed). Only stays no e2e spec signs in with, and services whose seats no spec counts on today.
import { and, eq, inArray } from "drizzle-orm";
import { DateTime } from "luxon";
import { bookingCost, quote, type AgeBand, type Participants } from "@/lib/pricing";
import { plannedSessionsForDay, type Day } from "@/lib/time";
import type { BookingStatus } from "@/lib/booking-status";
import type { Tx } from "../client";
import * as s from "../schema";
import { SERVICES } from "./catalogue";
import { DEPARTMENTS, STAFF, TIME_ZONE, type DepartmentSlug } from "./hotel";

type Stay = { id: string; guestName: string; email: string | null };

/** The morning's guests (codes and surnames no spec uses): a family, a couple, a parent with a child, a Thai couple. */
export const MORNING_STAYS = [
  { code: "SUN-6006", surname: "Lindgren", guestName: "Maja Lindgren", email: "lindgren@example.com", room: "108", adults: 2, childrenAges: [4, 8], locale: "en", from: -2, to: 4 },
  { code: "RIV-7007", surname: "Marchetti", guestName: "Luca Marchetti", email: "marchetti@example.com", room: "215", adults: 2, childrenAges: [], locale: "en", from: -3, to: 1 },
  { code: "OAK-8008", surname: "Takacs", guestName: "Réka Takács", email: "takacs@example.com", room: "318", adults: 1, childrenAges: [6], locale: "hu", from: -1, to: 5 },
  // A Thai guest, for the message templates (issue 12 point 4): staff working in English answer in Thai.
  { code: "LOT-9009", surname: "Srisuk", guestName: "Somchai Srisuk", email: "srisuk@example.com", room: "412", adults: 2, childrenAges: [], locale: "th", from: -1, to: 4 },
] as const;

type Wanted = {
  stay: (typeof MORNING_STAYS)[number]["code"];
  service: string;
  status: BookingStatus;
  /** Minutes before `now` the guest asked. */
  askedAgo: number;
  quantity: number;
  participants?: Participants;
  /** An on-request delivery's time, or a timed booking's session (hotel-local day offset and time). */
  dueIn?: number;
  session?: { day: number; time: string };
  note?: string;
  /** A message the guest wrote after asking, minutes before `now`. */
  guestWrote?: { ago: number; body: string };
  key: string;
};

export async function seedMorning(
  tx: Tx,
  { propertyId, now, serviceId, dept, day }: {
    propertyId: string;
    now: Date;
    serviceId: Map<string, string>;
    dept: (slug: DepartmentSlug) => string;
    day: (offset: number) => string;
  },
): Promise<void> {
  const inserted = await tx
    .insert(s.stays)
    .values(
      MORNING_STAYS.map((m) => ({
        propertyId,
        reservationCode: m.code,
        surname: m.surname,
        guestName: m.guestName,
        email: m.email,
        room: m.room,
        checkIn: day(m.from),
        checkOut: day(m.to),
        adults: m.adults,
        childrenAges: [...m.childrenAges],
        locale: m.locale,
      })),
    )
    .returning({ id: s.stays.id, code: s.stays.reservationCode, guestName: s.stays.guestName, email: s.stays.email });
  const stays = new Map<string, Stay>(inserted.map((r) => [r.code, r]));
  const ageBands: AgeBand[] = (
    await tx
      .select({ minAge: s.priceRules.minAge, maxAge: s.priceRules.maxAge, discountBp: s.priceRules.discountBp })
      .from(s.priceRules)
      .where(and(eq(s.priceRules.propertyId, propertyId), eq(s.priceRules.kind, "age_band")))
  ).map((b) => ({ minAge: b.minAge ?? 0, maxAge: b.maxAge ?? 200, discountBp: b.discountBp }));

  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  // An on-request time on the 5-minute grid.
  const dueAt = (inMinutes: number) => new Date(Math.ceil(minutes(inMinutes).getTime() / 300_000) * 300_000);
  const at = (offset: number, time: string) => DateTime.fromISO(`${day(offset)}T${time}`, { zone: TIME_ZONE }).toJSDate();
  const durationOf = (slug: string) => SERVICES.find((v) => v.slug === slug)!.durationMinutes ?? 60;
  /** Status of a confirmed session today, from the clock: over → fulfilled, running → in progress, later → confirmed. */
  const byClock = (slug: string, time: string): BookingStatus => {
    const start = at(0, time).getTime();
    if (start + durationOf(slug) * 60_000 <= now.getTime()) return "fulfilled";
    return start <= now.getTime() ? "in_progress" : "confirmed";
  };

  const wanted: Wanted[] = [
    // Awaiting an answer: the transport desk is already past its 20-minute target.
    {
      key: "overdue-transfer",
      stay: "RIV-7007",
      service: "transfer",
      status: "requested",
      askedAgo: 42,
      quantity: 1,
      dueIn: 20 * 60,
      note: "Train at 08:40 from the central station tomorrow, three suitcases.",
    },
    // Awaiting an answer, and the visit itself is within the hour.
    {
      key: "doctor-within-the-hour",
      stay: "SUN-6006",
      service: "paediatrician",
      status: "requested",
      askedAgo: 4,
      quantity: 1,
      dueIn: 50,
      note: "Our 4-year-old has had a temperature since last night.",
    },
    // Awaiting an answer at the activities desk: tomorrow's guided tour for three.
    {
      key: "tour-tomorrow",
      stay: "SUN-6006",
      service: "guided-tours",
      status: "requested",
      askedAgo: 7,
      quantity: 3,
      participants: { adults: 2, childAges: [8] },
      session: { day: 1, time: "10:00" },
    },
    // Confirmed at once; the guest wrote afterwards and waits for an answer.
    {
      key: "menu-guest-wrote",
      stay: "OAK-8008",
      service: "childrens-menu",
      status: "confirmed",
      askedAgo: 35,
      quantity: 1,
      dueIn: 4 * 60,
      guestWrote: { ago: 3, body: "Please, no nuts at all: my son is allergic." },
    },
    // Awaiting an answer from the Thai guest: a transfer tomorrow morning (staff may answer with a template in Thai).
    {
      key: "thai-transfer",
      stay: "LOT-9009",
      service: "transfer",
      status: "requested",
      askedAgo: 12,
      quantity: 1,
      dueIn: 22 * 60,
      note: "เที่ยวบินออกเวลา 10:15 กระเป๋าสองใบ",
    },
    // Today's run sheet.
    { key: "farm-morning", stay: "OAK-8008", service: "mini-farm", status: byClock("mini-farm", "08:00"), askedAgo: 20 * 60, quantity: 2, participants: { adults: 1, childAges: [6] }, session: { day: 0, time: "08:00" } },
    { key: "animation", stay: "SUN-6006", service: "kids-animation", status: byClock("kids-animation", "10:00"), askedAgo: 22 * 60, quantity: 2, participants: { adults: 0, childAges: [8, 4] }, session: { day: 0, time: "10:00" } },
    { key: "fishing", stay: "RIV-7007", service: "fishing", status: byClock("fishing", "16:00"), askedAgo: 26 * 60, quantity: 2, participants: { adults: 2, childAges: [] }, session: { day: 0, time: "16:00" }, note: "Beginners: could the guide bring rods for us?" },
    { key: "farm-evening", stay: "SUN-6006", service: "mini-farm", status: byClock("mini-farm", "17:30"), askedAgo: 18 * 60, quantity: 4, participants: { adults: 2, childAges: [8, 4] }, session: { day: 0, time: "17:30" } },
  ];

  // The sessions these bookings sit in: every session of those services on those days, as the app would create them.
  const serviceRows = await tx
    .select({ id: s.services.id, slug: s.services.slug, capacity: s.services.capacity, durationMinutes: s.services.durationMinutes })
    .from(s.services)
    .where(and(eq(s.services.propertyId, propertyId), inArray(s.services.slug, [...new Set(wanted.map((w) => w.service))])));
  const serviceBySlug = new Map(serviceRows.map((r) => [r.slug, r]));
  const seats = new Map<string, number>();
  for (const w of wanted) {
    if (!w.session) continue;
    const k = `${w.service}|${at(w.session.day, w.session.time).getTime()}`;
    seats.set(k, (seats.get(k) ?? 0) + w.quantity);
  }
  const sessionId = new Map<string, string>();
  const sessionDays = new Set(wanted.filter((w) => w.session).map((w) => `${w.service}|${w.session!.day}`));
  for (const entry of sessionDays) {
    const [slug, offset] = entry.split("|");
    const service = serviceBySlug.get(slug)!;
    const rules = (SERVICES.find((v) => v.slug === slug)!.schedule ?? []).flatMap((rule) =>
      rule.days.flatMap((weekday) => rule.times.map((startTime) => ({ weekday, startTime, capacity: rule.capacity ?? null }))),
    );
    const planned = plannedSessionsForDay(rules, day(Number(offset)) as Day, TIME_ZONE, {
      capacity: service.capacity ?? 1,
      durationMinutes: service.durationMinutes ?? 60,
    });
    if (planned.length === 0) continue;
    const rows = await tx
      .insert(s.serviceSessions)
      .values(planned.map((p) => ({ ...p, propertyId, serviceId: service.id, booked: seats.get(`${slug}|${p.startsAt.getTime()}`) ?? 0 })))
      .returning({ id: s.serviceSessions.id, startsAt: s.serviceSessions.startsAt });
    for (const r of rows) sessionId.set(`${slug}|${r.startsAt.getTime()}`, r.id);
  }

  const reception = STAFF.find((u) => u.email === "reception@demo.hotel")!;
  const [receptionRow] = await tx
    .select({ id: s.staffUsers.id })
    .from(s.staffUsers)
    .where(and(eq(s.staffUsers.propertyId, propertyId), eq(s.staffUsers.email, reception.email)))
    .limit(1);
  for (const w of wanted) {
    // A day whose schedule has no such session (the run sheet's sessions run every day; the tour daily at 10:00).
    const scheduledAt = w.session ? at(w.session.day, w.session.time) : w.dueIn !== undefined ? dueAt(w.dueIn) : null;
    const session = w.session ? sessionId.get(`${w.service}|${scheduledAt!.getTime()}`) : undefined;
    if (w.session && !session) continue;
    const stay = stays.get(w.stay)!;
    const catalogue = SERVICES.find((v) => v.slug === w.service)!;
    const department = DEPARTMENTS.find((d) => d.slug === catalogue.department)!;
    const priced = quote({ ...catalogue, complimentary: catalogue.complimentary ?? false }, { quantity: w.quantity, participants: w.participants, ageBands });
    const createdAt = minutes(-w.askedAgo);
    const answered = w.status !== "requested";
    // Instant services are confirmed as they are booked; the run sheet's were booked the day before.
    const respondedAt = answered ? createdAt : null;
    const fulfilledAt = w.status === "fulfilled" ? new Date(scheduledAt!.getTime() + durationOf(w.service) * 60_000) : null;
    const [booking] = await tx
      .insert(s.bookings)
      .values({
        propertyId,
        stayId: stay.id,
        serviceId: serviceId.get(w.service)!,
        departmentId: dept(catalogue.department),
        sessionId: session ?? null,
        status: w.status,
        quantity: w.quantity,
        note: w.note ?? null,
        scheduledAt,
        participants: w.participants ?? null,
        currency: "EUR",
        priceLines: priced.lines,
        totalMinor: priced.totalMinor,
        taxMinor: priced.taxMinor,
        costMinor: bookingCost(catalogue.costMinor, w.quantity),
        responseTargetMinutes: department.responseTargetMinutes,
        idempotencyKey: `demo-morning-${w.key}`,
        requestHash: "seed",
        expiresAt: w.status === "requested" ? scheduledAt : null,
        createdAt,
        updatedAt: fulfilledAt ?? respondedAt ?? createdAt,
        respondedAt,
        fulfilledAt,
      })
      .returning({ id: s.bookings.id });
    const first: BookingStatus = catalogue.confirmation === "instant" ? "confirmed" : "requested";
    const events: (typeof s.bookingEvents.$inferInsert)[] = [
      { propertyId, bookingId: booking.id, at: createdAt, actorKind: "guest", actorId: stay.id, actorName: stay.guestName, fromStatus: null, toStatus: first },
    ];
    const staffEvent = (at: Date, from: BookingStatus, to: BookingStatus, action: string) =>
      events.push({ propertyId, bookingId: booking.id, at, actorKind: "staff", actorId: receptionRow.id, actorName: reception.name, fromStatus: from, toStatus: to, action });
    if (w.status === "in_progress" || w.status === "fulfilled") staffEvent(scheduledAt!, "confirmed", "in_progress", "start");
    if (w.status === "fulfilled") staffEvent(fulfilledAt!, "in_progress", "fulfilled", "fulfil");
    await tx.insert(s.bookingEvents).values(events);
    if (w.guestWrote) {
      await tx.insert(s.bookingMessages).values({
        propertyId,
        bookingId: booking.id,
        at: minutes(-w.guestWrote.ago),
        authorKind: "guest",
        authorId: stay.id,
        authorName: stay.guestName,
        body: w.guestWrote.body,
      });
    }
  }
}
