// Integration tests of the run sheet: which bookings a day shows, grouping by department and time, and who sees what.
import { describe, expect, it } from "vitest";
import { BERLIN, createDepartment, createOnRequestService, createProperty, createStaff, createStay, createTimedService } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";
import { getRunSheet, listRunSheetDepartments } from "./run-sheet";

useTestDatabase();

const DAY = "2026-06-15";
const berlin = (time: string, day = DAY) => new Date(`${day}T${time}:00+02:00`);

async function hotel() {
  const property = await createProperty();
  const stables = await createDepartment(property, { name: "Stables" });
  const kitchen = await createDepartment(property, { name: "Kitchen" });
  const riding = await createTimedService(stables, { name: { en: "Horse riding" } });
  const pony = await createTimedService(stables, { name: { en: "Pony ride" } });
  const stroller = await createOnRequestService(kitchen, { name: { en: "Stroller" }, mode: "rental" });
  const breakfast = await createOnRequestService(kitchen, { name: { en: "Breakfast in the room" } });
  const garcia = await createStay(property, { guestName: "Elena Garcia", room: "204", adults: 2, childrenAges: [1, 7], vip: true });
  const novak = await createStay(property, { guestName: "Petra Novak", room: "112", adults: 2, childrenAges: [] });
  return { property, stables, kitchen, riding, pony, stroller, breakfast, garcia, novak };
}

describe("getRunSheet", () => {
  it("groups the day's bookings by department and time, with guests, rooms, ages and notes", async () => {
    const h = await hotel();
    const ride1 = await insertBooking(h.garcia, h.riding, { scheduledAt: berlin("10:00"), quantity: 2, participants: { adults: 1, childAges: [7] }, note: "First time" });
    const ride2 = await insertBooking(h.novak, h.riding, { scheduledAt: berlin("10:00"), quantity: 2, status: "requested" });
    const pony = await insertBooking(h.garcia, h.pony, { scheduledAt: berlin("09:00") });
    const rental = await insertBooking(h.novak, h.stroller, { startDay: "2026-06-14", endDay: "2026-06-16" });
    const asap = await insertBooking(h.garcia, h.breakfast, { createdAt: berlin("07:30") });
    const due = await insertBooking(h.novak, h.breakfast, { scheduledAt: berlin("08:00") });
    // Not on the sheet: another day, declined or cancelled, a rental that ended the day before.
    await insertBooking(h.garcia, h.riding, { scheduledAt: berlin("10:00", "2026-06-16") });
    await insertBooking(h.garcia, h.riding, { scheduledAt: berlin("11:00"), status: "declined" });
    await insertBooking(h.garcia, h.riding, { scheduledAt: berlin("11:00"), status: "cancelled" });
    await insertBooking(h.garcia, h.stroller, { startDay: "2026-06-12", endDay: "2026-06-14" });
    // Just after midnight on the day counts; just before does not.
    const early = await insertBooking(h.novak, h.pony, { scheduledAt: berlin("00:00") });
    await insertBooking(h.novak, h.pony, { scheduledAt: new Date(berlin("00:00").getTime() - 60_000) });

    const reception = await createStaff(h.property, { role: "reception" });
    const sheet = await getRunSheet(reception, DAY, BERLIN);
    expect(sheet.map((d) => d.name)).toEqual(["Kitchen", "Stables"]);
    const [kitchen, stables] = sheet;
    expect(kitchen.slots.map((s) => [s.kind, s.serviceName.en, s.entries.map((e) => e.bookingId)])).toEqual([
      ["all_day", "Stroller", [rental.id]],
      ["timed", "Breakfast in the room", [due.id]],
      ["asap", "Breakfast in the room", [asap.id]],
    ]);
    expect(stables.slots.map((s) => [s.at?.toISOString(), s.serviceName.en, s.quantity, s.entries.map((e) => e.bookingId)])).toEqual([
      [berlin("00:00").toISOString(), "Pony ride", 1, [early.id]],
      [berlin("09:00").toISOString(), "Pony ride", 1, [pony.id]],
      [berlin("10:00").toISOString(), "Horse riding", 4, [ride1.id, ride2.id]],
    ]);
    const [first, second] = stables.slots[2].entries;
    expect(first).toMatchObject({ guestName: "Elena Garcia", room: "204", vip: true, adults: 1, childAges: [7], agesFrom: "booking", note: "First time", status: "confirmed" });
    expect(second).toMatchObject({ guestName: "Petra Novak", room: "112", adults: 2, childAges: [], agesFrom: "stay", status: "requested" });
  });

  it("shows department staff only their departments, whatever department they ask for", async () => {
    const h = await hotel();
    await insertBooking(h.garcia, h.riding, { scheduledAt: berlin("10:00") });
    await insertBooking(h.garcia, h.breakfast, { scheduledAt: berlin("08:00") });
    const other = await hotel();
    await insertBooking(other.garcia, other.riding, { scheduledAt: berlin("10:00") });

    const stableHand = await createStaff(h.property, { role: "department", departments: [h.stables] });
    expect((await getRunSheet(stableHand, DAY, BERLIN)).map((d) => d.name)).toEqual(["Stables"]);
    expect(await getRunSheet(stableHand, DAY, BERLIN, { departmentId: h.kitchen.id })).toEqual([]);
    expect((await listRunSheetDepartments(stableHand)).map((d) => d.id)).toEqual([h.stables.id]);

    const nobody = await createStaff(h.property, { role: "department" });
    expect(await getRunSheet(nobody, DAY, BERLIN)).toEqual([]);
    const forged = { ...stableHand, departmentIds: [h.stables.id, other.stables.id] };
    const forgedSheet = await getRunSheet(forged, DAY, BERLIN);
    expect(forgedSheet.map((d) => d.id)).toEqual([h.stables.id]);

    const manager = await createStaff(h.property, { role: "manager" });
    expect((await getRunSheet(manager, DAY, BERLIN, { departmentId: h.kitchen.id })).map((d) => d.name)).toEqual(["Kitchen"]);
    expect((await listRunSheetDepartments(manager)).map((d) => d.name)).toEqual(["Kitchen", "Stables"]);
  });
});
