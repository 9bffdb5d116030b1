// Booking a whole package at its bundle price: one booking per item, each routed to its department, sharing a bundle id.
import "server-only";
import { countBooking } from "@/server/metrics";
import crypto from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { allocateBundle, bookingCost, includedTax } from "@/lib/pricing";
import { daysIncluded, hotelToday } from "@/lib/time";
import { db } from "@/db/client";
import { bookingEvents, bookings, departments, packageItems, packages, services } from "@/db/schema";
import { getStayForGuest, type GuestRef } from "@/server/stays/guest-stay";
import { sqlState, UNIQUE_VIOLATION } from "@/server/db-errors";
import { takeRentalStock } from "./holds";
import { publishBookingChange } from "@/server/live";
import { webhookBookingsCreated } from "@/server/webhooks/event-hooks";

export type PackageBookingResult = { bundleId: string; bookingIds: string[]; totalMinor: number; replayed: boolean };

async function existingBundle(stayId: string, key: string): Promise<PackageBookingResult | null> {
  const rows = await db()
    .select({ id: bookings.id, bundleId: bookings.bundleId, totalMinor: bookings.totalMinor })
    .from(bookings)
    .where(and(eq(bookings.stayId, stayId), sql`split_part(${bookings.idempotencyKey}, '#', 1) = ${key}`));
  if (rows.length === 0) return null;
  return {
    bundleId: rows[0].bundleId!,
    bookingIds: rows.map((r) => r.id),
    totalMinor: rows.reduce((sum, r) => sum + r.totalMinor, 0),
    replayed: true,
  };
}

/**
 * Books every active item of a package for the stay at the bundle price,
 * split over the items in proportion to their list prices. Items get no time
 * yet: each department arranges it with the guest (the request shows the
 * bundle). Rentals take their stock for the rest of the stay, all or nothing.
 */
export async function bookPackage(guest: GuestRef, packageSlug: string, idempotencyKey: string, now: Date = new Date()): Promise<PackageBookingResult> {
  return countBooking("package", () => bookPackageOnce(guest, packageSlug, idempotencyKey, now));
}

async function bookPackageOnce(guest: GuestRef, packageSlug: string, idempotencyKey: string, now: Date): Promise<PackageBookingResult> {
  const earlier = await existingBundle(guest.stayId, idempotencyKey);
  if (earlier) return earlier;
  const stay = await getStayForGuest(guest);
  if (!stay) throw new AppError("not_found", "Stay not found.");
  const [pkg] = await db()
    .select({ id: packages.id, bundlePriceMinor: packages.bundlePriceMinor })
    .from(packages)
    .where(and(eq(packages.propertyId, guest.propertyId), eq(packages.slug, packageSlug), eq(packages.active, true)))
    .limit(1);
  if (!pkg || pkg.bundlePriceMinor === null) throw new AppError("not_found", "This package cannot be booked as a whole.");
  const items = await db()
    .select({
      id: services.id,
      slug: services.slug,
      departmentId: services.departmentId,
      mode: services.mode,
      priceMinor: services.priceMinor,
      costMinor: services.costMinor,
      taxRateBp: services.taxRateBp,
      capacity: services.capacity,
      complimentary: services.complimentary,
      responseTargetMinutes: departments.responseTargetMinutes,
    })
    .from(packageItems)
    .innerJoin(services, eq(services.id, packageItems.serviceId))
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(and(eq(packageItems.packageId, pkg.id), eq(services.active, true)))
    .orderBy(asc(packageItems.sortOrder));
  if (items.length === 0) throw new AppError("not_found", "This package has no items.");

  const shares = allocateBundle(pkg.bundlePriceMinor, items.map((i) => (i.complimentary ? 0 : i.priceMinor)));
  const bundleId = crypto.randomUUID();
  const today = hotelToday(stay.timeZone, now);
  const firstDay = stay.checkIn > today ? stay.checkIn : today;
  try {
    const ids = await db().transaction(async (tx) => {
      for (const item of items) {
        if (item.mode === "rental") await takeRentalStock(tx, { serviceId: item.id, stock: item.capacity ?? 0 }, firstDay, stay.checkOut, 1);
      }
      const created = await tx
        .insert(bookings)
        .values(
          items.map((item, i) => ({
            propertyId: guest.propertyId,
            stayId: guest.stayId,
            serviceId: item.id,
            departmentId: item.departmentId,
            status: "requested" as const,
            quantity: 1,
            startDay: item.mode === "rental" ? firstDay : null,
            endDay: item.mode === "rental" ? stay.checkOut : null,
            currency: stay.currency,
            priceLines: [{ label: "bundle_share", quantity: 1, unitMinor: shares[i], totalMinor: shares[i] }],
            totalMinor: shares[i],
            taxMinor: includedTax(shares[i], item.taxRateBp),
            responseTargetMinutes: item.responseTargetMinutes,
            costMinor: bookingCost(item.costMinor, 1, item.mode === "rental" ? daysIncluded(firstDay, stay.checkOut) : 1),
            idempotencyKey: `${idempotencyKey}#${item.slug}`,
            requestHash: packageSlug,
            bundleId,
            packageId: pkg.id,
            note: null,
          })),
        )
        .returning({ id: bookings.id, departmentId: bookings.departmentId });
      await tx.insert(bookingEvents).values(
        created.map((b) => ({
          propertyId: guest.propertyId,
          bookingId: b.id,
          actorKind: "guest" as const,
          actorId: guest.stayId,
          actorName: stay.guestName,
          fromStatus: null,
          toStatus: "requested" as const,
          note: `Package: ${packageSlug}`,
        })),
      );
      await webhookBookingsCreated(tx, guest.propertyId, created.map((b) => b.id));
      return created;
    });
    for (const b of ids) await publishBookingChange({ propertyId: guest.propertyId, departmentId: b.departmentId, bookingId: b.id, kind: "created" });
    return { bundleId, bookingIds: ids.map((b) => b.id), totalMinor: pkg.bundlePriceMinor, replayed: false };
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) {
      const winner = await existingBundle(guest.stayId, idempotencyKey);
      if (winner) return winner;
    }
    throw err;
  }
}
