// Factories for the stays, run sheet, credits and folio tests: bookings in any status and credits, inserted directly.
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { bookings, credits, departments, type Booking, type Service, type Stay } from "@/db/schema";
import type { BookingStatus } from "@/lib/booking-status";
import { bookingCost } from "@/lib/pricing";
import { daysIncluded } from "@/lib/time";
import { uniqueId } from "./factories";

export type BookingRowOptions = {
  status?: BookingStatus;
  quantity?: number;
  totalMinor?: number;
  taxMinor?: number;
  /** Defaults to the service's unit cost × quantity × days (rentals), as the booking engine stores it. */
  costMinor?: number;
  /** Defaults to the department's response target now. */
  responseTargetMinutes?: number;
  scheduledAt?: Date | null;
  startDay?: string | null;
  endDay?: string | null;
  participants?: { adults: number; childAges: number[] } | null;
  note?: string | null;
  createdAt?: Date;
  respondedAt?: Date | null;
  fulfilledAt?: Date | null;
  departmentId?: string;
};

/**
 * A booking row as the booking engine would leave it, in any status and at any time, without
 * going through capacity (the folio, run sheet and credit tests are not about seats).
 */
export async function insertBooking(
  stay: Pick<Stay, "id" | "propertyId">,
  service: Pick<Service, "id" | "departmentId"> & Partial<Pick<Service, "costMinor">>,
  options: BookingRowOptions = {},
): Promise<Booking> {
  const quantity = options.quantity ?? 1;
  const totalMinor = options.totalMinor ?? 3500 * quantity;
  const departmentId = options.departmentId ?? service.departmentId;
  const [row] = await db()
    .insert(bookings)
    .values({
      propertyId: stay.propertyId,
      stayId: stay.id,
      serviceId: service.id,
      departmentId,
      // The target its department has now, as the booking engine stores it (read in the same statement).
      responseTargetMinutes:
        options.responseTargetMinutes ?? sql<number>`(select ${departments.responseTargetMinutes} from ${departments} where ${departments.id} = ${departmentId})`,
      status: options.status ?? "confirmed",
      quantity,
      note: options.note ?? null,
      scheduledAt: options.scheduledAt ?? null,
      startDay: options.startDay ?? null,
      endDay: options.endDay ?? null,
      participants: options.participants ?? null,
      currency: "EUR",
      priceLines: [{ label: "test", quantity, unitMinor: Math.round(totalMinor / quantity), totalMinor }],
      totalMinor,
      taxMinor: options.taxMinor ?? Math.round((totalMinor * 19) / 119),
      costMinor:
        options.costMinor ??
        bookingCost(service.costMinor ?? 0, quantity, daysIncluded(options.startDay, options.endDay)),
      idempotencyKey: uniqueId("key"),
      requestHash: "test",
      ...(options.createdAt ? { createdAt: options.createdAt, updatedAt: options.createdAt } : {}),
      respondedAt: options.respondedAt ?? null,
      fulfilledAt: options.fulfilledAt ?? null,
    })
    .returning();
  return row;
}

export async function insertCredit(
  stay: Pick<Stay, "id" | "propertyId">,
  amountMinor: number,
  options: { bookingId?: string; reason?: string; createdAt?: Date } = {},
) {
  const [row] = await db()
    .insert(credits)
    .values({
      propertyId: stay.propertyId,
      stayId: stay.id,
      bookingId: options.bookingId ?? null,
      amountMinor,
      currency: "EUR",
      reason: options.reason ?? "Test credit",
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning();
  return row;
}
