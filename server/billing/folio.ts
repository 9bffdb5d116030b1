// A stay's folio (room bill): charges, pending requests and credits in time order, with totals; and its CSV export rows.
import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { LocalizedText } from "@/db/schema/catalogue";
import type { BookingStatus } from "@/lib/booking-status";
import { CHARGED_STATUSES, folioTotals, PENDING_STATUSES, type FolioTotals } from "@/lib/folio";
import { db } from "@/db/client";
import { bookings, credits, properties, services, stays } from "@/db/schema";

export type FolioLineKind = "charge" | "pending" | "credit";

export type FolioLine = {
  kind: FolioLineKind;
  /** Booking id for charges and pending lines, credit id for credits. */
  id: string;
  /** The booking a line is about: itself for charges, the apologised-for booking (if any) for credits. */
  bookingId: string | null;
  /** When it happens (session start, due time, first rental day) or, for a credit, when it was given. */
  at: Date;
  /** The hotel-local day it is posted on. */
  day: string;
  /** Last rental day, when a rental spans several days. */
  endDay: string | null;
  status: BookingStatus | null;
  /** The service (for a credit: the booking's service, if any). */
  serviceName: LocalizedText | null;
  /** Why a credit was given. */
  reason: string | null;
  quantity: number;
  /** Minor units; negative for credits. */
  amountMinor: number;
  taxMinor: number;
  currency: string;
};

export type Folio = {
  stayId: string;
  currency: string;
  timeZone: string;
  /** Charges and credits, in time order. */
  lines: FolioLine[];
  /** Requests awaiting confirmation: shown apart, not in the total. */
  pending: FolioLine[];
  totals: FolioTotals;
};

/** Which entries: one stay's, or all of a property's posted on hotel-local days from..to (both included). */
export type FolioFilter = { stayId: string } | { from: string; to: string };

const creditBooking = alias(bookings, "credit_booking");
const creditService = alias(services, "credit_service");

/** A booking's posting instant and hotel-local day: when it happens, else when it was asked for. */
const bookingAt = sql`coalesce(${bookings.scheduledAt}, (${bookings.startDay}::timestamp at time zone ${properties.timeZone}), ${bookings.createdAt})`;
const bookingDay = sql`coalesce(${bookings.startDay}, (coalesce(${bookings.scheduledAt}, ${bookings.createdAt}) at time zone ${properties.timeZone})::date)`;
const creditDay = sql`(${credits.createdAt} at time zone ${properties.timeZone})::date`;

function rowsFor(propertyId: string, filter: FolioFilter, statuses: readonly BookingStatus[]) {
  const bookingScope: SQL[] = [eq(bookings.propertyId, propertyId), inArray(bookings.status, [...statuses])];
  const creditScope: SQL[] = [eq(credits.propertyId, propertyId)];
  if ("stayId" in filter) {
    bookingScope.push(eq(bookings.stayId, filter.stayId));
    creditScope.push(eq(credits.stayId, filter.stayId));
  } else {
    bookingScope.push(sql`${bookingDay} between ${filter.from}::date and ${filter.to}::date`);
    creditScope.push(sql`${creditDay} between ${filter.from}::date and ${filter.to}::date`);
  }
  const charges = db()
    .select({
      source: sql<"booking" | "credit">`'booking'`.as("source"),
      id: bookings.id,
      stayId: bookings.stayId,
      bookingId: sql<string | null>`${bookings.id}`.as("booking_ref"),
      at: sql<Date>`${bookingAt}`.mapWith(bookings.createdAt).as("at"),
      day: sql<string>`to_char(${bookingDay}, 'YYYY-MM-DD')`.as("day"),
      endDay: sql<string | null>`to_char(${bookings.endDay}, 'YYYY-MM-DD')`.as("end_day"),
      status: sql<BookingStatus | null>`${bookings.status}::text`.as("status"),
      serviceName: sql<LocalizedText | null>`${services.name}`.mapWith(services.name).as("service_name"),
      reason: sql<string | null>`null::text`.as("reason"),
      quantity: bookings.quantity,
      amountMinor: sql<number>`${bookings.totalMinor}`.mapWith(Number).as("amount_minor"),
      taxMinor: sql<number>`${bookings.taxMinor}`.mapWith(Number).as("tax_minor"),
      currency: bookings.currency,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(properties, eq(properties.id, bookings.propertyId))
    .where(and(...bookingScope));
  const given = db()
    .select({
      source: sql<"booking" | "credit">`'credit'`.as("source"),
      id: credits.id,
      stayId: credits.stayId,
      bookingId: sql<string | null>`${credits.bookingId}`.as("booking_ref"),
      at: sql<Date>`${credits.createdAt}`.mapWith(credits.createdAt).as("at"),
      day: sql<string>`to_char(${creditDay}, 'YYYY-MM-DD')`.as("day"),
      endDay: sql<string | null>`null::text`.as("end_day"),
      status: sql<BookingStatus | null>`null::text`.as("status"),
      serviceName: sql<LocalizedText | null>`${creditService.name}`.mapWith(services.name).as("service_name"),
      reason: sql<string | null>`${credits.reason}`.as("reason"),
      quantity: sql<number>`1`.mapWith(Number).as("quantity"),
      amountMinor: sql<number>`-${credits.amountMinor}`.mapWith(Number).as("amount_minor"),
      taxMinor: sql<number>`0`.mapWith(Number).as("tax_minor"),
      currency: credits.currency,
      createdAt: credits.createdAt,
    })
    .from(credits)
    .innerJoin(properties, eq(properties.id, credits.propertyId))
    .leftJoin(creditBooking, and(eq(creditBooking.id, credits.bookingId), eq(creditBooking.propertyId, credits.propertyId)))
    .leftJoin(creditService, eq(creditService.id, creditBooking.serviceId))
    .where(and(...creditScope));
  return charges.unionAll(given).orderBy(sql`at`, sql`created_at`, sql`id`);
}

type Row = Awaited<ReturnType<typeof rowsFor>>[number];

function toLine(row: Row): FolioLine {
  const kind: FolioLineKind =
    row.source === "credit" ? "credit" : row.status && PENDING_STATUSES.includes(row.status) ? "pending" : "charge";
  return {
    kind,
    id: row.id,
    bookingId: row.bookingId,
    at: row.at,
    day: row.day,
    endDay: row.endDay,
    status: row.status,
    serviceName: row.serviceName,
    reason: row.reason,
    quantity: Number(row.quantity),
    amountMinor: row.amountMinor,
    taxMinor: row.taxMinor,
    currency: row.currency,
  };
}

/**
 * The folio of one stay of the property, or null when the stay is not the property's. Two
 * queries whatever the number of lines: the stay's property facts, and every entry at once.
 * Guests' pages call it with the signed-in stay; staff pages with their property's stay.
 */
export async function getFolio(propertyId: string, stayId: string): Promise<Folio | null> {
  const [stay] = await db()
    .select({ currency: properties.currency, timeZone: properties.timeZone })
    .from(stays)
    .innerJoin(properties, eq(properties.id, stays.propertyId))
    .where(and(eq(stays.id, stayId), eq(stays.propertyId, propertyId)))
    .limit(1);
  if (!stay) return null;
  const all = (await rowsFor(propertyId, { stayId }, [...CHARGED_STATUSES, ...PENDING_STATUSES])).map(toLine);
  return {
    stayId,
    currency: stay.currency,
    timeZone: stay.timeZone,
    lines: all.filter((l) => l.kind !== "pending"),
    pending: all.filter((l) => l.kind === "pending"),
    totals: folioTotals(all),
  };
}

export type FolioExportRow = FolioLine & { stayId: string; reservationCode: string; room: string | null; guestName: string };

/** Posted entries (charges and credits, no pending requests) for the PMS, with the stay each belongs to. */
export async function listFolioEntries(propertyId: string, filter: FolioFilter): Promise<FolioExportRow[]> {
  const rows = await rowsFor(propertyId, filter, CHARGED_STATUSES);
  if (rows.length === 0) return [];
  const stayIds = [...new Set(rows.map((r) => r.stayId))];
  const stayRows = await db()
    .select({ id: stays.id, reservationCode: stays.reservationCode, room: stays.room, guestName: stays.guestName })
    .from(stays)
    .where(and(eq(stays.propertyId, propertyId), inArray(stays.id, stayIds)));
  const byId = new Map(stayRows.map((s) => [s.id, s]));
  return rows.flatMap((row) => {
    const stay = byId.get(row.stayId);
    return stay ? [{ ...toLine(row), stayId: row.stayId, reservationCode: stay.reservationCode, room: stay.room, guestName: stay.guestName }] : [];
  });
}
