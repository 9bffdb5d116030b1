// The demo hotel: the catalogue of docs/product.md §1, departments, staff logins and a few stays, so every screen
// shows something real, and a season of history for the reports. The parts: hotel.ts (property, departments, staff),
// catalogue.ts, stays.ts, history.ts, morning.ts (today's open requests and run sheet), translations.ts (the catalogue in the guest languages), bangkok.ts (the group's second hotel). `npm run db:seed` and
// `npm run db:prepare` call seedDemo through db/cli.ts.
import bcrypt from "bcryptjs";
import { DateTime } from "luxon";
import type { Db } from "../client";
import { seedCatalogue } from "./catalogue";
import { seedBangkok } from "./bangkok";
import { seedHistory } from "./history";
import { DEMO_PASSWORD, seedDepartmentsAndStaff, seedProperty, TIME_ZONE } from "./hotel";
import { seedMorning } from "./morning";
import { seedLateRequest, seedStays } from "./stays";
import { seedMessageTemplates } from "./templates";

export { DEMO_PASSWORD, DEMO_PROPERTY_SLUG } from "./hotel";

/** Seeds the demo hotel if no property with slug "demo" exists. Idempotent. Returns whether it created it. */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<{ created: boolean }> {
  const today = DateTime.fromJSDate(now).setZone(TIME_ZONE).startOf("day");
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);

  return db.transaction(async (tx) => {
    const propertyId = await seedProperty(tx);
    if (!propertyId) return { created: false };
    const { dept, staffId } = await seedDepartmentsAndStaff(tx, { propertyId, passwordHash });
    await seedStays(tx, { propertyId, day });
    const { serviceId } = await seedCatalogue(tx, { propertyId, dept });
    await seedHistory(tx, { propertyId, now });
    await seedLateRequest(tx, { propertyId, serviceId: serviceId.get("transfer")!, departmentId: dept("transport"), receptionId: staffId.get("reception@demo.hotel")!, day });
    // Today as the desk finds it: requests to answer (one overdue, one due within the hour, one whose guest wrote last)
    // and a run sheet with sessions, all dated from `now`.
    await seedMorning(tx, { propertyId, now, serviceId, dept, day });
    await seedMessageTemplates(tx, { propertyId });
    // The group's second hotel (Bangkok), the group administrator and a receptionist working at both.
    const bangkokId = await seedBangkok(tx, { demoPropertyId: propertyId, passwordHash, now });
    await seedMessageTemplates(tx, { propertyId: bangkokId, locales: ["th", "en"] });

    return { created: true };
  });
}
