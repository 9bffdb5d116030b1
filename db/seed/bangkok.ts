// The group's second demo hotel: a riverside city hotel in Bangkok (Asia/Bangkok, THB, Thai first, English), with
// its own departments, catalogue, staff and stays; the group administrator's login, and a receptionist who works at
// both hotels and switches between them.
import { DateTime } from "luxon";
import { bookingCost, quote } from "@/lib/pricing";
import type { Tx } from "../client";
import * as s from "../schema";
import type { LocalizedText } from "../schema";

export const BANGKOK_SLUG = "riverside-bangkok";
export const BANGKOK_TIME_ZONE = "Asia/Bangkok";

/** Logins beyond the first hotel's (same demo password): listed in the README. */
export const GROUP_STAFF = {
  admin: { email: "admin@demo.hotel", name: "Gabriela Group" },
  manager: { email: "manager.bkk@demo.hotel", name: "Siriporn Manager" },
  reception: { email: "reception.bkk@demo.hotel", name: "Nok Reception" },
  // Reception at both hotels: the property switcher in the back office's header.
  floater: { email: "floater@demo.hotel", name: "Fah Floating" },
} as const;

const DEPARTMENTS: { slug: string; name: string; th: string; responseTargetMinutes: number }[] = [
  { slug: "reception", name: "Reception", th: "แผนกต้อนรับ", responseTargetMinutes: 10 },
  { slug: "river", name: "River and boats", th: "ท่าเรือและเรือ", responseTargetMinutes: 20 },
  { slug: "spa", name: "Spa", th: "สปา", responseTargetMinutes: 20 },
];

type Seed = {
  slug: string;
  department: string;
  name: LocalizedText;
  description: LocalizedText;
  mode: "timed" | "on_request" | "rental";
  priceMinor: number;
  priceUnit: "per_booking" | "per_person" | "per_day";
  costMinor: number;
  durationMinutes?: number;
  capacity?: number;
  times?: string[];
  confirmation: "instant" | "approval";
  open?: { from: string; until: string };
};

// Thai VAT 7 % (included); amounts in satang (1 THB = 100).
const VAT = 700;

const SERVICES: Seed[] = [
  {
    slug: "long-tail-boat",
    department: "river",
    name: { en: "Long-tail boat through the canals", th: "ล่องเรือหางยาวชมคลอง" },
    description: {
      en: "Ninety minutes along the Thonburi canals with our boatman: wooden houses, temples and a floating market stop.",
      th: "ล่องเรือหางยาว 90 นาทีไปตามคลองฝั่งธนบุรีกับคนขับเรือของเรา ชมบ้านไม้ วัด และแวะตลาดน้ำ",
    },
    mode: "timed",
    priceMinor: 180_000,
    priceUnit: "per_booking",
    costMinor: 90_000,
    durationMinutes: 90,
    capacity: 2,
    times: ["08:00", "10:30", "16:00"],
    confirmation: "instant",
  },
  {
    slug: "thai-massage",
    department: "spa",
    name: { en: "Traditional Thai massage", th: "นวดแผนไทย" },
    description: {
      en: "A 60-minute traditional Thai massage in our riverside spa, by therapists trained at Wat Pho.",
      th: "นวดแผนไทย 60 นาทีในสปาริมแม่น้ำ โดยหมอนวดที่ผ่านการอบรมจากวัดโพธิ์",
    },
    mode: "timed",
    priceMinor: 120_000,
    priceUnit: "per_person",
    costMinor: 45_000,
    durationMinutes: 60,
    capacity: 4,
    times: ["10:00", "13:00", "15:00", "18:00"],
    confirmation: "approval",
  },
  {
    slug: "airport-transfer",
    department: "reception",
    name: { en: "Airport transfer (Suvarnabhumi)", th: "รถรับส่งสนามบินสุวรรณภูมิ" },
    description: {
      en: "A private car between the hotel and Suvarnabhumi airport, with water and cold towels on board.",
      th: "รถส่วนตัวรับส่งระหว่างโรงแรมกับสนามบินสุวรรณภูมิ พร้อมน้ำดื่มและผ้าเย็น",
    },
    mode: "on_request",
    priceMinor: 150_000,
    priceUnit: "per_booking",
    costMinor: 90_000,
    confirmation: "approval",
    open: { from: "05:00", until: "23:00" },
  },
  {
    slug: "bicycle",
    department: "reception",
    name: { en: "City bicycle", th: "จักรยานในเมือง" },
    description: {
      en: "A city bicycle with a lock and a map of the riverside lanes, for as many days as you like.",
      th: "จักรยานพร้อมกุญแจและแผนที่เส้นทางริมแม่น้ำ เช่าได้ตามจำนวนวันที่ต้องการ",
    },
    mode: "rental",
    priceMinor: 30_000,
    priceUnit: "per_day",
    costMinor: 5_000,
    capacity: 6,
    confirmation: "instant",
  },
];

/**
 * The Bangkok hotel, its staff and stays, and the group administrator. Runs inside the demo seed's transaction, after
 * the first hotel (`demoPropertyId`): the group administrator's home is there, the floating receptionist works at both.
 */
export async function seedBangkok(
  tx: Tx,
  { demoPropertyId, passwordHash, now }: { demoPropertyId: string; passwordHash: string; now: Date },
): Promise<string> {
  const [property] = await tx
    .insert(s.properties)
    .values({
      slug: BANGKOK_SLUG,
      name: "Riverside Bangkok",
      timeZone: BANGKOK_TIME_ZONE,
      currency: "THB",
      locales: ["th", "en"],
      defaultLocale: "th",
      isDemo: true,
      creditLimitMinor: 200_000,
    })
    .returning({ id: s.properties.id });
  const propertyId = property.id;

  const deptRows = await tx
    .insert(s.departments)
    .values(DEPARTMENTS.map((d) => ({ propertyId, slug: d.slug, name: d.name, nameTranslations: { th: d.th }, responseTargetMinutes: d.responseTargetMinutes })))
    .returning({ id: s.departments.id, slug: s.departments.slug });
  const dept = new Map(deptRows.map((d) => [d.slug, d.id]));

  const serviceRows = await tx
    .insert(s.services)
    .values(
      SERVICES.map((v, i) => ({
        propertyId,
        departmentId: dept.get(v.department)!,
        slug: v.slug,
        name: v.name,
        description: v.description,
        mode: v.mode,
        priceMinor: v.priceMinor,
        priceUnit: v.priceUnit,
        taxRateBp: VAT,
        costMinor: v.costMinor,
        durationMinutes: v.durationMinutes ?? null,
        capacity: v.capacity ?? null,
        leadTimeMinutes: 60,
        maxPerBooking: 4,
        cancelCutoffMinutes: 120,
        confirmation: v.confirmation,
        openFrom: v.open?.from ?? null,
        openUntil: v.open?.until ?? null,
        sortOrder: (i + 1) * 10,
      })),
    )
    .returning({ id: s.services.id, slug: s.services.slug });
  const serviceId = new Map(serviceRows.map((v) => [v.slug, v.id]));
  await tx.insert(s.serviceSchedules).values(
    SERVICES.flatMap((v) =>
      (v.times ?? []).flatMap((startTime) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ serviceId: serviceId.get(v.slug)!, weekday, startTime }))),
    ),
  );

  const staffRows = await tx
    .insert(s.staffUsers)
    .values([
      { propertyId: demoPropertyId, email: GROUP_STAFF.admin.email, name: GROUP_STAFF.admin.name, passwordHash, groupAdmin: true },
      { propertyId, email: GROUP_STAFF.manager.email, name: GROUP_STAFF.manager.name, passwordHash, locale: "th" },
      { propertyId, email: GROUP_STAFF.reception.email, name: GROUP_STAFF.reception.name, passwordHash, locale: "th" },
      { propertyId: demoPropertyId, email: GROUP_STAFF.floater.email, name: GROUP_STAFF.floater.name, passwordHash },
    ])
    .returning({ id: s.staffUsers.id, email: s.staffUsers.email });
  const staffId = (email: string) => staffRows.find((r) => r.email === email)!.id;
  await tx.insert(s.staffMemberships).values([
    { staffId: staffId(GROUP_STAFF.manager.email), propertyId, role: "manager" },
    { staffId: staffId(GROUP_STAFF.reception.email), propertyId, role: "reception" },
    { staffId: staffId(GROUP_STAFF.floater.email), propertyId: demoPropertyId, role: "reception" },
    { staffId: staffId(GROUP_STAFF.floater.email), propertyId, role: "reception" },
  ]);

  const today = DateTime.fromJSDate(now).setZone(BANGKOK_TIME_ZONE).startOf("day");
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
  const stayRows = await tx
    .insert(s.stays)
    .values([
      {
        propertyId,
        reservationCode: "BKK-3101",
        surname: "Wongsakul",
        guestName: "Ploy Wongsakul",
        email: "wongsakul@example.com",
        room: "1204",
        checkIn: day(-1),
        checkOut: day(3),
        adults: 2,
        childrenAges: [6],
        locale: "th",
      },
      {
        propertyId,
        reservationCode: "BKK-3102",
        surname: "Tan",
        guestName: "Wei Ling Tan",
        email: "tan@example.com",
        room: "905",
        checkIn: day(0),
        checkOut: day(2),
        adults: 1,
        childrenAges: [],
        locale: "en",
      },
    ])
    .returning({ id: s.stays.id, code: s.stays.reservationCode });

  // One request waiting at the Bangkok desk, so switching hotels shows another queue.
  const transfer = SERVICES.find((v) => v.slug === "airport-transfer")!;
  const priced = quote({ ...transfer, taxRateBp: VAT, complimentary: false }, 1);
  const stayId = stayRows.find((r) => r.code === "BKK-3101")!.id;
  const createdAt = new Date(now.getTime() - 7 * 60_000);
  const [booking] = await tx
    .insert(s.bookings)
    .values({
      propertyId,
      stayId,
      serviceId: serviceId.get("airport-transfer")!,
      departmentId: dept.get("reception")!,
      status: "requested",
      quantity: 1,
      note: "Flight TG 931, landing 21:40.",
      currency: "THB",
      priceLines: priced.lines,
      totalMinor: priced.totalMinor,
      taxMinor: priced.taxMinor,
      costMinor: bookingCost(transfer.costMinor, 1),
      responseTargetMinutes: DEPARTMENTS.find((d) => d.slug === "reception")!.responseTargetMinutes,
      idempotencyKey: "demo-bangkok-transfer",
      requestHash: "seed",
      createdAt,
      updatedAt: createdAt,
    })
    .returning({ id: s.bookings.id });
  await tx.insert(s.bookingEvents).values({
    propertyId,
    bookingId: booking.id,
    at: createdAt,
    actorKind: "guest",
    actorId: stayId,
    actorName: "Ploy Wongsakul",
    fromStatus: null,
    toStatus: "requested",
  });
  return propertyId;
}
