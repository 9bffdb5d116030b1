// The demo catalogue of docs/product.md §1: three packages, their services with prices, costs, schedules and
// delivery hours, and the price rules (children's age bands, the family discount).
import type { Tx } from "../client";
import * as s from "../schema";
import type { LocalizedText } from "../schema";
import type { DepartmentSlug } from "./hotel";
import { labelWithTranslations, PACKAGE_TRANSLATIONS, SERVICE_TRANSLATIONS, withTranslations } from "./translations";

export type PackageSlug = "family" | "outdoor" | "nature";

export const PACKAGES: {
  slug: PackageSlug;
  name: LocalizedText;
  description: LocalizedText;
  bundlePriceMinor: number;
}[] = [
  {
    slug: "family",
    name: { en: "Family package" },
    description: {
      en:
        "Everything a family needs to relax: a cot and stroller ready when you arrive, a kids' club with parties " +
        "and a heated children's pool, babysitting for a quiet dinner, and a children's menu the little ones love.",
    },
    bundlePriceMinor: 14900,
  },
  {
    slug: "outdoor",
    name: { en: "Outdoor activities package" },
    description: {
      en:
        "Get out and explore the lake and the hills around it: guided tours with our local guides, a car or scooter " +
        "for your own discoveries, and evenings at the disco or a show, with the tickets waiting for you at reception.",
    },
    bundlePriceMinor: 12900,
  },
  {
    slug: "nature",
    name: { en: "Nature experiences package" },
    description: {
      en:
        "Slow down by the water and in the forest: fish at dawn, ride through the woods, row across the lake and warm " +
        "up in our lakeside sauna. Children can feed the animals on the mini farm and in the petting zoo.",
    },
    bundlePriceMinor: 17900,
  },
];

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
type WeeklyRule = { days: Weekday[]; times: string[]; capacity?: number };

export type ServiceSeed = {
  slug: string;
  packages: PackageSlug[];
  department: DepartmentSlug;
  name: string;
  description: string;
  mode: "timed" | "rental" | "on_request" | "ticket";
  priceMinor: number;
  priceUnit: "per_booking" | "per_person" | "per_child" | "per_night" | "per_day" | "per_hour";
  taxRateBp: number;
  costMinor: number;
  complimentary?: boolean;
  durationMinutes?: number;
  capacity?: number;
  leadTimeMinutes: number;
  minAge?: number;
  maxPerBooking: number;
  cancelCutoffMinutes: number;
  confirmation: "instant" | "approval";
  schedule?: WeeklyRule[];
  /** On-request delivery hours, hotel-local "HH:MM". */
  open?: { from: string; until: string };
};

/** When in-room and on-request services are delivered. */
const DELIVERY_HOURS: Record<string, { from: string; until: string }> = {
  crib: { from: "08:00", until: "20:00" },
  "childrens-menu": { from: "11:30", until: "21:00" },
  transfer: { from: "05:00", until: "23:00" },
  paediatrician: { from: "08:00", until: "18:00" },
};

// German VAT: 19 % standard; 7 % for food, short-distance passenger transport, cultural events and zoos;
// medical care is exempt.
const VAT_STANDARD = 1900;
const VAT_REDUCED = 700;

/** In the order of docs/product.md §1; transfer is one service in two packages. */
export const SERVICES: ServiceSeed[] = [
  // Family package
  {
    slug: "crib",
    packages: ["family"],
    department: "kids-club",
    name: "Baby cot in your room",
    description:
      "A sturdy wooden cot with a fresh mattress, fitted sheets and a soft blanket, set up in your room before you " +
      "need it. Tell us if you would like a bed rail or a changing mat too.",
    mode: "on_request",
    priceMinor: 0,
    priceUnit: "per_booking",
    taxRateBp: VAT_STANDARD,
    costMinor: 900,
    complimentary: true,
    leadTimeMinutes: 60,
    maxPerBooking: 2,
    cancelCutoffMinutes: 0,
    confirmation: "instant",
  },
  {
    slug: "stroller-rental",
    packages: ["family"],
    department: "kids-club",
    name: "Stroller rental",
    description:
      "An all-terrain stroller with a rain cover and sunshade, made for the forest paths and the lakeside promenade. " +
      "Collect it at the kids' club and keep it for as many days as you like.",
    mode: "rental",
    priceMinor: 500,
    priceUnit: "per_day",
    taxRateBp: VAT_STANDARD,
    costMinor: 120,
    capacity: 3,
    leadTimeMinutes: 60,
    maxPerBooking: 1,
    cancelCutoffMinutes: 120,
    confirmation: "instant",
  },
  {
    slug: "kids-animation",
    packages: ["family"],
    department: "kids-club",
    name: "Kids' animation and children's parties",
    description:
      "Games, crafts, treasure hunts and face painting with our friendly kids' club team, indoors or out under the " +
      "trees. Celebrating a birthday? Tell us and we will add a cake and a little party.",
    mode: "timed",
    priceMinor: 1500,
    priceUnit: "per_child",
    taxRateBp: VAT_STANDARD,
    costMinor: 600,
    durationMinutes: 120,
    capacity: 12,
    leadTimeMinutes: 60,
    minAge: 3,
    maxPerBooking: 6,
    cancelCutoffMinutes: 180,
    confirmation: "instant",
    schedule: [
      { days: EVERY_DAY, times: ["10:00"] },
      { days: [1, 2, 3, 4, 5], times: ["15:30"] },
      { days: [6, 7], times: ["15:00"], capacity: 16 },
    ],
  },
  {
    slug: "heated-childrens-pool",
    packages: ["family"],
    department: "wellness",
    name: "Heated children's pool",
    description:
      "A shallow pool kept at a cosy 32 °C, with toys, floats and a lifeguard on duty. Free for our guests; " +
      "booking a session keeps it calm and uncrowded.",
    mode: "timed",
    priceMinor: 0,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 250,
    complimentary: true,
    durationMinutes: 60,
    capacity: 15,
    leadTimeMinutes: 0,
    maxPerBooking: 6,
    cancelCutoffMinutes: 0,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["09:00", "10:00", "11:00", "14:00", "15:00", "16:00", "17:00"] }],
  },
  {
    slug: "childrens-playground",
    packages: ["family"],
    department: "kids-club",
    name: "Children's playground",
    description:
      "Our forest playground has a tree house, rope bridges, swings and a sandpit, with a kids' club host keeping an " +
      "eye on things. Free for our guests, in supervised sessions.",
    mode: "timed",
    priceMinor: 0,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 80,
    complimentary: true,
    durationMinutes: 120,
    capacity: 20,
    leadTimeMinutes: 0,
    maxPerBooking: 8,
    cancelCutoffMinutes: 0,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["09:00", "11:00", "14:00", "16:00"] }],
  },
  {
    slug: "babysitting",
    packages: ["family"],
    department: "kids-club",
    name: "Babysitting",
    description:
      "An experienced, first-aid trained babysitter looks after your children in your room while you enjoy a dinner " +
      "or the sauna. Let us know their ages, routines and any allergies.",
    mode: "timed",
    priceMinor: 1800,
    priceUnit: "per_hour",
    taxRateBp: VAT_STANDARD,
    costMinor: 1300,
    durationMinutes: 180,
    capacity: 2,
    leadTimeMinutes: 240,
    maxPerBooking: 3,
    cancelCutoffMinutes: 360,
    confirmation: "approval",
    schedule: [
      { days: EVERY_DAY, times: ["09:00", "14:00", "18:30"] },
      { days: [5, 6], times: ["20:00"] },
    ],
  },
  {
    slug: "paediatrician",
    packages: ["family"],
    department: "reception",
    name: "Paediatrician visit",
    description:
      "If your child feels unwell, our partner paediatrician from the nearby town visits you in your room, usually " +
      "within a few hours. Reception will call you to agree on the time.",
    mode: "on_request",
    priceMinor: 9500,
    priceUnit: "per_booking",
    taxRateBp: 0,
    costMinor: 8000,
    leadTimeMinutes: 60,
    maxPerBooking: 1,
    cancelCutoffMinutes: 60,
    confirmation: "approval",
  },
  {
    slug: "childrens-menu",
    packages: ["family"],
    department: "restaurant",
    name: "Children's menu",
    description:
      "A three-course menu for young guests, made fresh from local produce: vegetable soup, lake fish or pasta, and " +
      "a fruit dessert. Tell us about any allergies and we will cook around them.",
    mode: "on_request",
    priceMinor: 1200,
    priceUnit: "per_child",
    taxRateBp: VAT_REDUCED,
    costMinor: 450,
    leadTimeMinutes: 30,
    maxPerBooking: 6,
    cancelCutoffMinutes: 60,
    confirmation: "instant",
  },
  {
    slug: "organised-excursions",
    packages: ["family"],
    department: "activities",
    name: "Organised excursions",
    description:
      "Half-day trips by coach with a guide: the castle across the lake, the old town market and the wildlife park. " +
      "Child seats, snacks and water are on board.",
    mode: "timed",
    priceMinor: 4500,
    priceUnit: "per_person",
    taxRateBp: VAT_REDUCED,
    costMinor: 2800,
    durationMinutes: 240,
    capacity: 16,
    leadTimeMinutes: 720,
    maxPerBooking: 10,
    cancelCutoffMinutes: 1440,
    confirmation: "approval",
    schedule: [{ days: [2, 4, 6], times: ["09:30"] }],
  },
  {
    slug: "equipment-rental",
    packages: ["family"],
    department: "activities",
    name: "Sports and children's equipment rental",
    description:
      "Bikes with child seats, helmets, balls, badminton sets, sledges in winter and baby carriers for the trails. " +
      "Pick up at the activities desk and bring it back when you are done.",
    mode: "rental",
    priceMinor: 800,
    priceUnit: "per_day",
    taxRateBp: VAT_STANDARD,
    costMinor: 200,
    capacity: 20,
    leadTimeMinutes: 30,
    maxPerBooking: 6,
    cancelCutoffMinutes: 120,
    confirmation: "instant",
  },
  {
    slug: "transfer",
    packages: ["family", "outdoor"],
    department: "transport",
    name: "Airport and station transfer",
    description:
      "Our driver meets you at the airport or the railway station and brings you straight to the lake, with child " +
      "seats on request. Give us your flight or train and we will track it.",
    mode: "on_request",
    priceMinor: 6500,
    priceUnit: "per_booking",
    taxRateBp: VAT_REDUCED,
    costMinor: 3800,
    leadTimeMinutes: 720,
    maxPerBooking: 1,
    cancelCutoffMinutes: 1440,
    confirmation: "approval",
  },
  // Outdoor activities package
  {
    slug: "guided-tours",
    packages: ["outdoor"],
    department: "activities",
    name: "Guided group and individual tours",
    description:
      "Walk the forest trails and the lakeshore with a local guide who knows every viewpoint, bird and legend. Join a " +
      "small group, or ask the activities desk for a private tour at your own pace.",
    mode: "timed",
    priceMinor: 2900,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 1500,
    durationMinutes: 180,
    capacity: 12,
    leadTimeMinutes: 240,
    minAge: 6,
    maxPerBooking: 10,
    cancelCutoffMinutes: 720,
    confirmation: "approval",
    schedule: [
      { days: EVERY_DAY, times: ["10:00"] },
      { days: [1, 3, 5, 6], times: ["14:30"] },
    ],
  },
  {
    slug: "disco",
    packages: ["outdoor"],
    department: "activities",
    name: "Disco night",
    description:
      "Dance the night away in the old boathouse, with a DJ, a light show and a terrace over the water. A welcome " +
      "drink is included in the ticket.",
    mode: "ticket",
    priceMinor: 1000,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 400,
    durationMinutes: 240,
    capacity: 80,
    leadTimeMinutes: 0,
    minAge: 16,
    maxPerBooking: 8,
    cancelCutoffMinutes: 120,
    confirmation: "instant",
    schedule: [{ days: [5, 6], times: ["21:00"] }],
  },
  {
    slug: "event-tickets",
    packages: ["outdoor"],
    department: "reception",
    name: "Event tickets",
    description:
      "Seats for the concerts, theatre evenings and open-air cinema at the lakeside stage. Your tickets are printed " +
      "and waiting for you at the reception desk.",
    mode: "ticket",
    priceMinor: 2500,
    priceUnit: "per_person",
    taxRateBp: VAT_REDUCED,
    costMinor: 1800,
    durationMinutes: 150,
    capacity: 40,
    leadTimeMinutes: 60,
    maxPerBooking: 8,
    cancelCutoffMinutes: 1440,
    confirmation: "instant",
    schedule: [{ days: [3, 6], times: ["19:30"] }],
  },
  {
    slug: "car-rental",
    packages: ["outdoor"],
    department: "transport",
    name: "Car rental",
    description:
      "A compact car with full insurance and a child seat on request, delivered to the hotel entrance. Perfect for " +
      "the mountain villages and the wine route.",
    mode: "rental",
    priceMinor: 6900,
    priceUnit: "per_day",
    taxRateBp: VAT_STANDARD,
    costMinor: 4200,
    capacity: 4,
    leadTimeMinutes: 1440,
    minAge: 21,
    maxPerBooking: 1,
    cancelCutoffMinutes: 1440,
    confirmation: "approval",
  },
  {
    slug: "scooter-rental",
    packages: ["outdoor"],
    department: "transport",
    name: "Scooter rental",
    description:
      "A 125 cc scooter with two helmets for easy trips along the lake road. A car driving licence is enough; we " +
      "show you the best routes on a map.",
    mode: "rental",
    priceMinor: 3500,
    priceUnit: "per_day",
    taxRateBp: VAT_STANDARD,
    costMinor: 1800,
    capacity: 6,
    leadTimeMinutes: 240,
    minAge: 18,
    maxPerBooking: 2,
    cancelCutoffMinutes: 720,
    confirmation: "approval",
  },
  // Nature experiences package
  {
    slug: "fishing",
    packages: ["nature"],
    department: "activities",
    name: "Fishing on the lake",
    description:
      "Cast a line for perch and pike from our jetty or a boat, with rods, bait and a day permit provided. Our chef " +
      "will gladly grill your catch for dinner.",
    mode: "timed",
    priceMinor: 2500,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 900,
    durationMinutes: 180,
    capacity: 8,
    leadTimeMinutes: 240,
    minAge: 6,
    maxPerBooking: 6,
    cancelCutoffMinutes: 720,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["06:30", "16:00"] }],
  },
  {
    slug: "horse-riding",
    packages: ["nature"],
    department: "stables-farm",
    name: "Horse riding",
    description:
      "An hour in the saddle on quiet forest trails and along the lakeshore, led by our riding instructors. Beginners " +
      "are welcome; helmets and boots are provided.",
    mode: "timed",
    priceMinor: 3500,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 2000,
    durationMinutes: 60,
    capacity: 6,
    leadTimeMinutes: 120,
    minAge: 8,
    maxPerBooking: 6,
    cancelCutoffMinutes: 240,
    confirmation: "approval",
    schedule: [{ days: EVERY_DAY, times: ["09:00", "11:00", "14:00", "16:00"] }],
  },
  {
    slug: "sauna",
    packages: ["nature"],
    department: "wellness",
    name: "Lakeside sauna and bath house",
    description:
      "A wood-fired Finnish sauna and a steam bath right by the water, with a cold plunge into the lake for the " +
      "brave. Towels, robes and herbal tea are waiting for you.",
    mode: "timed",
    priceMinor: 1800,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 600,
    durationMinutes: 60,
    capacity: 10,
    leadTimeMinutes: 60,
    minAge: 12,
    maxPerBooking: 6,
    cancelCutoffMinutes: 120,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["15:00", "16:00", "17:00", "18:00", "19:00", "20:00"] }],
  },
  {
    slug: "boating",
    packages: ["nature"],
    department: "activities",
    name: "Boating",
    description:
      "Row or paddle across the calm lake to the little island and its reed beds. Life jackets for every age are on " +
      "board, and the boathouse team shows you the way.",
    mode: "timed",
    priceMinor: 1500,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 400,
    durationMinutes: 90,
    capacity: 12,
    leadTimeMinutes: 60,
    minAge: 4,
    maxPerBooking: 6,
    cancelCutoffMinutes: 180,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["10:00", "13:00", "15:00"] }],
  },
  {
    slug: "paintball",
    packages: ["nature"],
    department: "activities",
    name: "Paintball in the forest",
    description:
      "Team battles in a fenced-off part of the forest, with masks, overalls, markers and 200 balls each. A referee " +
      "explains the rules and keeps the game safe and fair.",
    mode: "timed",
    priceMinor: 3900,
    priceUnit: "per_person",
    taxRateBp: VAT_STANDARD,
    costMinor: 1700,
    durationMinutes: 120,
    capacity: 16,
    leadTimeMinutes: 240,
    minAge: 12,
    maxPerBooking: 16,
    cancelCutoffMinutes: 720,
    confirmation: "approval",
    schedule: [
      { days: [3, 5, 6, 7], times: ["14:00"] },
      { days: [6, 7], times: ["10:00"] },
    ],
  },
  {
    slug: "petting-zoo",
    packages: ["nature"],
    department: "stables-farm",
    name: "Petting zoo",
    description:
      "Meet our goats, rabbits, ponies and ducks, and help at feeding time with our farm keeper. Little ones love it, " +
      "and so do the grown-ups.",
    mode: "timed",
    priceMinor: 600,
    priceUnit: "per_person",
    taxRateBp: VAT_REDUCED,
    costMinor: 150,
    durationMinutes: 45,
    capacity: 15,
    leadTimeMinutes: 30,
    maxPerBooking: 8,
    cancelCutoffMinutes: 60,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["10:30", "15:30"] }],
  },
  {
    slug: "mini-farm",
    packages: ["nature"],
    department: "stables-farm",
    name: "Mini farm",
    description:
      "Start the day like a farmer: collect fresh eggs, milk the goat and feed the hens, then take your eggs to " +
      "breakfast. Evening chores close the day with the animals.",
    mode: "timed",
    priceMinor: 900,
    priceUnit: "per_person",
    taxRateBp: VAT_REDUCED,
    costMinor: 250,
    durationMinutes: 60,
    capacity: 10,
    leadTimeMinutes: 60,
    minAge: 4,
    maxPerBooking: 8,
    cancelCutoffMinutes: 120,
    confirmation: "instant",
    schedule: [{ days: EVERY_DAY, times: ["08:00", "17:30"] }],
  },
];

/** Packages, services, the packages' items, weekly schedules and price rules; returns the services' ids by slug. */
export async function seedCatalogue(
  tx: Tx,
  { propertyId, dept }: { propertyId: string; dept: (slug: DepartmentSlug) => string },
): Promise<{ serviceId: Map<string, string> }> {
  const packageRows = await tx
    .insert(s.packages)
    .values(
      PACKAGES.map((p, i) => ({
        propertyId,
        slug: p.slug,
        name: withTranslations(p.name.en, PACKAGE_TRANSLATIONS, p.slug, "name"),
        description: withTranslations(p.description.en, PACKAGE_TRANSLATIONS, p.slug, "description"),
        bundlePriceMinor: p.bundlePriceMinor,
        sortOrder: (i + 1) * 10,
      })),
    )
    .returning({ id: s.packages.id, slug: s.packages.slug });
  const packageId = new Map(packageRows.map((p) => [p.slug, p.id]));

  const serviceRows = await tx
    .insert(s.services)
    .values(
      SERVICES.map((v, i) => ({
        propertyId,
        departmentId: dept(v.department),
        slug: v.slug,
        name: withTranslations(v.name, SERVICE_TRANSLATIONS, v.slug, "name"),
        description: withTranslations(v.description, SERVICE_TRANSLATIONS, v.slug, "description"),
        image: `/services/${v.slug}.svg`,
        mode: v.mode,
        priceMinor: v.priceMinor,
        priceUnit: v.priceUnit,
        taxRateBp: v.taxRateBp,
        costMinor: v.costMinor,
        complimentary: v.complimentary ?? false,
        durationMinutes: v.durationMinutes ?? null,
        capacity: v.capacity ?? null,
        leadTimeMinutes: v.leadTimeMinutes,
        minAge: v.minAge ?? null,
        maxPerBooking: v.maxPerBooking,
        cancelCutoffMinutes: v.cancelCutoffMinutes,
        confirmation: v.confirmation,
        openFrom: (v.open ?? DELIVERY_HOURS[v.slug])?.from ?? null,
        openUntil: (v.open ?? DELIVERY_HOURS[v.slug])?.until ?? null,
        sortOrder: (i + 1) * 10,
      })),
    )
    .returning({ id: s.services.id, slug: s.services.slug });
  const serviceId = new Map(serviceRows.map((v) => [v.slug, v.id]));

  const itemRows = PACKAGES.flatMap((p) =>
    SERVICES.filter((v) => v.packages.includes(p.slug)).map((v, i) => ({
      packageId: packageId.get(p.slug)!,
      serviceId: serviceId.get(v.slug)!,
      sortOrder: (i + 1) * 10,
    })),
  );
  await tx.insert(s.packageItems).values(itemRows);

  const scheduleRows = SERVICES.flatMap((v) =>
    (v.schedule ?? []).flatMap((rule) =>
      rule.days.flatMap((weekday) =>
        rule.times.map((startTime) => ({
          serviceId: serviceId.get(v.slug)!,
          weekday,
          startTime,
          capacity: rule.capacity ?? null,
        })),
      ),
    ),
  );
  await tx.insert(s.serviceSchedules).values(scheduleRows);

  // Children's prices by age (under 3 free, 3–11 half price) and 10 % off
  // family-package items for families with three or more children.
  await tx.insert(s.priceRules).values([
    { propertyId, kind: "age_band", label: labelWithTranslations("Children under 3 go free"), minAge: 0, maxAge: 3, discountBp: 10_000 },
    { propertyId, kind: "age_band", label: labelWithTranslations("Children 3–11 pay half"), minAge: 3, maxAge: 12, discountBp: 5_000 },
    {
      propertyId,
      kind: "family_discount",
      label: labelWithTranslations("10 % off family items for families with 3 or more children"),
      minChildren: 3,
      packageId: packageId.get("family")!,
      discountBp: 1_000,
    },
  ]);

  return { serviceId };
}
