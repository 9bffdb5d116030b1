// The hotel group: a session works in one property at a time, switching only where the staff member works; the group
// administrator creates properties (optionally copying a catalogue) and sees them side by side; accounts stay at home.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, serviceSchedules, services, staffMemberships, staffUsers } from "@/db/schema";
import { newPropertyInput } from "@/lib/property-input";
import { createAuthSession, loadStaffSession, switchSessionProperty, workplacesOf } from "@/server/auth/sessions";
import { setAccountActive, updateAccount, listAccounts } from "@/server/staff/accounts";
import { expectAppError } from "@/tests/expect-app-error";
import { createDepartment, createOnRequestService, createProperty, createStaff, createStay, uniqueId } from "@/tests/factories";
import { insertBooking } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";
import { compareProperties, createProperty as createGroupProperty, setMembership, type GroupActor } from "./properties";

useTestDatabase();

async function groupAdminOf(home: { id: string }): Promise<GroupActor> {
  const staff = await createStaff(home, { role: "manager" });
  await db().update(staffUsers).set({ groupAdmin: true }).where(eq(staffUsers.id, staff.staffId));
  return { ...staff, groupAdmin: true };
}

async function emailOf(staffId: string): Promise<string> {
  const [row] = await db().select({ email: staffUsers.email }).from(staffUsers).where(eq(staffUsers.id, staffId));
  return row.email;
}

describe("working in one property at a time", () => {
  it("switches only to a property the staff member works at; role and departments are that property's", async () => {
    const a = await createProperty();
    const b = await createProperty();
    const stranger = await createProperty();
    const spaA = await createDepartment(a);
    const spaB = await createDepartment(b);
    const floater = await createStaff(a, { role: "department", departments: [spaA] });
    const admin = await groupAdminOf(a);
    await setMembership(admin, { email: await emailOf(floater.staffId), propertyId: b.id, role: "reception" });
    await db().insert((await import("@/db/schema")).staffDepartments).values({ staffId: floater.staffId, departmentId: spaB.id });
    const sid = await createAuthSession("staff", floater.staffId);

    expect(await loadStaffSession(sid, floater.staffId)).toMatchObject({ propertyId: a.id, role: "department", departmentIds: [spaA.id], groupAdmin: false });
    expect((await workplacesOf(floater.staffId)).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());

    // A property they do not work at: refused, and the session stays where it was.
    expect(await switchSessionProperty(sid, floater.staffId, stranger.id)).toBe(false);
    expect(await switchSessionProperty(sid, floater.staffId, crypto.randomUUID())).toBe(false);
    expect(await loadStaffSession(sid, floater.staffId)).toMatchObject({ propertyId: a.id });

    expect(await switchSessionProperty(sid, floater.staffId, b.id)).toBe(true);
    expect(await loadStaffSession(sid, floater.staffId)).toMatchObject({ propertyId: b.id, role: "reception", departmentIds: [spaB.id] });

    // The membership there removed: the session ends at once (no silent fall-back to another hotel).
    await db().delete(staffMemberships).where(and(eq(staffMemberships.staffId, floater.staffId), eq(staffMemberships.propertyId, b.id)));
    expect(await loadStaffSession(sid, floater.staffId)).toBeNull();
  });

  it("a group administrator works as a manager in every property", async () => {
    const a = await createProperty();
    const b = await createProperty();
    const admin = await groupAdminOf(a);
    const sid = await createAuthSession("staff", admin.staffId);
    expect(await switchSessionProperty(sid, admin.staffId, b.id)).toBe(true);
    expect(await loadStaffSession(sid, admin.staffId)).toMatchObject({ propertyId: b.id, role: "manager", groupAdmin: true });
  });
});

describe("a new property", () => {
  it("refuses an unknown time zone or currency, and a default language it does not offer", () => {
    const base = { name: "X", slug: "x-hotel", timeZone: "Asia/Bangkok", currency: "THB", locales: ["th", "en"], defaultLocale: "th", copyFrom: null };
    expect(newPropertyInput.safeParse(base).success).toBe(true);
    const issues = (v: object) => newPropertyInput.safeParse({ ...base, ...v }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ timeZone: "Mars/Olympus" })).toEqual(["timeZone:staff.group.errors.timeZone"]);
    expect(issues({ currency: "XYZ" })).toEqual(["currency:staff.group.errors.currency"]);
    expect(issues({ defaultLocale: "hu" })).toEqual(["defaultLocale:staff.group.errors.defaultLocale"]);
    expect(issues({ slug: "Not A Slug" })).toEqual(["slug:staff.group.errors.slug"]);
  });

  it("copies another property's catalogue; from another currency the services arrive switched off", async () => {
    const source = await createProperty({ currency: "EUR" });
    const dept = await createDepartment(source);
    const service = await createOnRequestService(dept);
    await db().insert(serviceSchedules).values({ serviceId: service.id, weekday: 1, startTime: "09:00" });
    const admin = await groupAdminOf(source);

    const same = await createGroupProperty(admin, { name: "Copy", slug: uniqueId("copy"), timeZone: "Europe/Budapest", currency: "EUR", locales: ["en", "hu"], defaultLocale: "hu", copyFrom: source.id });
    expect(same.copied).toBe(1);
    const [copied] = await db().select().from(services).where(eq(services.propertyId, same.id));
    expect(copied).toMatchObject({ slug: service.slug, priceMinor: service.priceMinor, active: true });
    expect(copied.departmentId).not.toBe(service.departmentId);
    expect(await db().select().from(serviceSchedules).where(eq(serviceSchedules.serviceId, copied.id))).toHaveLength(1);

    const other = await createGroupProperty(admin, { name: "Baht", slug: uniqueId("baht"), timeZone: "Asia/Bangkok", currency: "THB", locales: ["th"], defaultLocale: "th", copyFrom: source.id });
    const [offline] = await db().select().from(services).where(eq(services.propertyId, other.id));
    expect(offline.active).toBe(false);

    await expectAppError(
      createGroupProperty(admin, { name: "Again", slug: (await db().select().from((await import("@/db/schema")).properties).where(eq((await import("@/db/schema")).properties.id, other.id)))[0].slug, timeZone: "UTC", currency: "EUR", locales: ["en"], defaultLocale: "en", copyFrom: null }),
      "input:invalid",
    );
  });

  it("only a group administrator creates properties or says who works where; a refusal is audited", async () => {
    const a = await createProperty();
    const manager = { ...(await createStaff(a, { role: "manager" })), groupAdmin: false };
    await expectAppError(createGroupProperty(manager, { name: "No", slug: uniqueId("no"), timeZone: "UTC", currency: "EUR", locales: ["en"], defaultLocale: "en", copyFrom: null }), "auth:forbidden");
    await expectAppError(setMembership(manager, { email: "x@example.test", propertyId: a.id, role: "manager" }), "auth:forbidden");
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.actorId, manager.staffId), eq(auditLog.outcome, "denied")));
    expect(rows.map((r) => r.action).sort()).toEqual(["group.membership.set", "group.property.create"]);
  });
});

describe("the group side by side", () => {
  it("counts each property's own bookings and stays only", async () => {
    const a = await createProperty();
    const b = await createProperty();
    const admin = await groupAdminOf(a);
    const svc = await createOnRequestService(await createDepartment(a));
    const stay = await createStay(a);
    await insertBooking(stay, svc, { status: "requested" });
    await insertBooking(stay, svc, { status: "confirmed" });
    const rows = await compareProperties(admin);
    const rowA = rows.find((r) => r.id === a.id)!;
    const rowB = rows.find((r) => r.id === b.id)!;
    expect(rowA).toMatchObject({ staysInHouse: 1, openRequests: 2, bookings: 1 });
    expect(rowB).toMatchObject({ staysInHouse: 0, openRequests: 0, bookings: 0, grossMinor: 0 });
  });
});

describe("accounts across the group", () => {
  it("a manager elsewhere changes the role there, but the account itself only at home", async () => {
    const home = await createProperty();
    const away = await createProperty();
    const floater = await createStaff(home, { role: "reception" });
    const admin = await groupAdminOf(home);
    await setMembership(admin, { email: await emailOf(floater.staffId), propertyId: away.id, role: "reception" });
    const awayManager = await createStaff(away, { role: "manager" });

    expect((await listAccounts(awayManager)).map((a) => a.id)).toContain(floater.staffId);
    await updateAccount(awayManager, floater.staffId, { name: floater.name, role: "department", departmentIds: [] });
    const roles = await db().select().from(staffMemberships).where(eq(staffMemberships.staffId, floater.staffId));
    expect(Object.fromEntries(roles.map((r) => [r.propertyId, r.role]))).toEqual({ [home.id]: "reception", [away.id]: "department" });

    await expectAppError(updateAccount(awayManager, floater.staffId, { name: "Renamed", role: "department", departmentIds: [] }), "input:invalid");
    await expectAppError(setAccountActive(awayManager, floater.staffId, false), "input:invalid");
    const [account] = await db().select().from(staffUsers).where(eq(staffUsers.id, floater.staffId));
    expect(account).toMatchObject({ name: floater.name, active: true });

    // A manager of a third hotel does not find the account at all.
    const third = await createStaff(await createProperty(), { role: "manager" });
    await expectAppError(setAccountActive(third, floater.staffId, false), "not_found");
  });
});
