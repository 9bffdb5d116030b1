// The demo guests: five current stays (family, couple, VIP, group, large family) and the VIP's transfer request
// that was answered late.
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { bookingCost, quote } from "@/lib/pricing";
import type { Tx } from "../client";
import * as s from "../schema";
import { SERVICES } from "./catalogue";
import { DEPARTMENTS, STAFF, TIME_ZONE } from "./hotel";

/** The current stays; `day(0)` is the hotel's today. */
export async function seedStays(tx: Tx, { propertyId, day }: { propertyId: string; day: (offset: number) => string }): Promise<void> {
  await tx.insert(s.stays).values([
    {
      propertyId,
      reservationCode: "FAM-1001",
      surname: "Garcia",
      guestName: "Elena Garcia",
      email: "garcia@example.com",
      room: "204",
      checkIn: day(-1),
      checkOut: day(6),
      adults: 2,
      childrenAges: [1, 7],
      locale: "en",
      notes: "Family with an infant and a 7-year-old.",
    },
    {
      propertyId,
      reservationCode: "CPL-2002",
      surname: "Novak",
      guestName: "Petra Novak",
      email: "novak@example.com",
      room: "112",
      checkIn: day(0),
      checkOut: day(4),
      adults: 2,
      childrenAges: [],
    },
    {
      propertyId,
      reservationCode: "VIP-3003",
      surname: "Tanaka",
      guestName: "Hiroshi Tanaka",
      room: "501",
      checkIn: day(-2),
      checkOut: day(5),
      adults: 1,
      childrenAges: [],
      vip: true,
    },
    {
      propertyId,
      reservationCode: "GRP-4004",
      surname: "Okafor",
      guestName: "Chinedu Okafor",
      room: "301",
      checkIn: day(0),
      checkOut: day(3),
      adults: 8,
      childrenAges: [12, 14],
      notes: "Group booking: 8 adults and 2 teenagers.",
    },
    {
      propertyId,
      reservationCode: "BIG-5005",
      surname: "Kowalski",
      guestName: "Anna Kowalski",
      email: "kowalski@example.com",
      room: "210",
      checkIn: day(0),
      checkOut: day(5),
      adults: 2,
      childrenAges: [2, 5, 9],
      notes: "Large family: the family discount applies.",
    },
  ]);
}

/**
 * One request of a current stay that was answered late, so the stay page shows the apology credit the app
 * proposes (docs/product.md §5): yesterday morning the VIP guest asked for an airport transfer on his departure day,
 * and reception confirmed it 55 minutes later, against the transport desk's 20-minute target.
 */
export async function seedLateRequest(
  tx: Tx,
  { propertyId, serviceId, departmentId, receptionId, day }: {
    propertyId: string;
    serviceId: string;
    departmentId: string;
    receptionId: string;
    day: (offset: number) => string;
  },
): Promise<void> {
  const [stay] = await tx
    .select({ id: s.stays.id, guestName: s.stays.guestName, checkOut: s.stays.checkOut })
    .from(s.stays)
    .where(and(eq(s.stays.propertyId, propertyId), eq(s.stays.reservationCode, "VIP-3003")))
    .limit(1);
  const transfer = SERVICES.find((v) => v.slug === "transfer")!;
  const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE }).toJSDate();
  const createdAt = at(day(-1), "09:10");
  const respondedAt = new Date(createdAt.getTime() + 55 * 60_000);
  const priced = quote({ ...transfer, complimentary: false }, 1);
  const [booking] = await tx
    .insert(s.bookings)
    .values({
      propertyId,
      stayId: stay.id,
      serviceId,
      departmentId,
      status: "confirmed",
      quantity: 1,
      note: "Flight at 11:40 from the city airport, two suitcases.",
      scheduledAt: at(stay.checkOut, "07:30"),
      currency: "EUR",
      priceLines: priced.lines,
      totalMinor: priced.totalMinor,
      taxMinor: priced.taxMinor,
      costMinor: bookingCost(transfer.costMinor, 1),
      responseTargetMinutes: DEPARTMENTS.find((d) => d.slug === "transport")!.responseTargetMinutes,
      idempotencyKey: "demo-late-transfer",
      requestHash: "seed",
      createdAt,
      updatedAt: respondedAt,
      respondedAt,
    })
    .returning({ id: s.bookings.id });
  await tx.insert(s.bookingEvents).values([
    { propertyId, bookingId: booking.id, at: createdAt, actorKind: "guest", actorId: stay.id, actorName: stay.guestName, fromStatus: null, toStatus: "requested" },
    {
      propertyId,
      bookingId: booking.id,
      at: respondedAt,
      actorKind: "staff",
      actorId: receptionId,
      actorName: STAFF.find((u) => u.email === "reception@demo.hotel")!.name,
      fromStatus: "requested",
      toStatus: "confirmed",
      action: "confirm",
    },
  ]);
}
