// Integration tests of department management: creating (slug made from the name or typed), changing names,
// guest names and response targets, taken names and slugs as field errors, counts of open requests and
// staff, audit rows, the queue reading a new target at once, and the manager-only, own-property lock —
// also through the real Server Actions and their session guard (only Auth.js's cookie reading is faked).
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { departments, staffUsers } from "@/db/schema";
import { createDepartmentSchema, toNewDepartment, updateDepartmentSchema } from "@/app/(staff)/staff/departments/schemas";
import { expectAppError } from "@/tests/expect-app-error";
import { createDepartment as insertDepartment, createOnRequestService, createProperty, createStaff, createStay, uniqueId } from "@/tests/factories";
import { auditRowsFor, auditRowsOf, createActor, signInStaff } from "@/tests/factories-admin";
import { insertBooking } from "@/tests/factories-stays";
import { useTestDatabase } from "@/tests/migrate";
import { createDepartment, listDepartmentsWithCounts, updateDepartment, type DepartmentValues } from "@/server/staff/departments";
import { listQueue } from "@/server/requests/queue";

// Mock of Auth.js's cookie reading: the "browser" whose token the next request carries.
const browser = vi.hoisted(() => ({ token: null as null | { kind: "staff" | "guest"; sid: string; subjectId: string } }));
vi.mock("@/app/_server/session-token", () => ({ readSessionToken: async () => browser.token }));
// Mock: outside Next there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addDepartment, saveDepartment } = await import("@/app/(staff)/staff/departments/actions");

useTestDatabase();

beforeEach(() => {
  browser.token = null;
});

/** A hotel in English (its own language), Hungarian and Thai, with a kids' club and its manager. */
async function hotel() {
  const property = await createProperty({ locales: ["en", "hu", "th"], defaultLocale: "en" });
  const kids = await insertDepartment(property, { name: "Kids' club", slug: "kids-club", responseTargetMinutes: 15, nameTranslations: { hu: "Gyerekklub" } });
  const manager = await createActor(property, "manager");
  return { property, kids, manager };
}

/** What the new-department form sends, through its schema: the slug is made from the name when left empty. */
function newDepartment(form: Record<string, string>) {
  return toNewDepartment(createDepartmentSchema.parse({ responseTargetMinutes: "15", slug: "", ...form }));
}

async function departmentRow(id: string) {
  const [row] = await db().select().from(departments).where(eq(departments.id, id));
  return row;
}

const valuesOf = (d: { name: string; nameTranslations: Record<string, string>; responseTargetMinutes: number }): DepartmentValues => ({
  name: d.name,
  nameTranslations: d.nameTranslations,
  responseTargetMinutes: d.responseTargetMinutes,
});

describe("creating departments", () => {
  it("makes the slug from the name, stores the guest names, lists it with nothing counted, and audits it", async () => {
    const h = await hotel();
    const created = await createDepartment(h.manager, newDepartment({ name: "Stables & farm", responseTargetMinutes: "30", name_hu: "Lovarda és tanya", name_th: "" }));
    expect(created.slug).toBe("stables-farm");
    expect(await departmentRow(created.id)).toMatchObject({
      propertyId: h.property.id,
      name: "Stables & farm",
      nameTranslations: { hu: "Lovarda és tanya" },
      responseTargetMinutes: 30,
    });
    const { departments: listed, guestLocales } = await listDepartmentsWithCounts(h.manager);
    expect(guestLocales).toEqual(["th", "hu"]);
    expect(listed.map((d) => d.name)).toEqual(["Kids' club", "Stables & farm"]);
    expect(listed[1]).toMatchObject({ id: created.id, slug: "stables-farm", openRequests: 0, staff: 0 });

    const [audit] = await auditRowsFor(created.id);
    expect(audit).toMatchObject({ action: "department.create", outcome: "ok", actorKind: "staff", actorId: h.manager.staffId, role: "manager", propertyId: h.property.id });
    expect(audit.detail).toEqual({
      values: { name: "Stables & farm", slug: "stables-farm", nameTranslations: { hu: "Lovarda és tanya" }, responseTargetMinutes: 30 },
    });
  });

  it("keeps a typed slug, and another property may use the same slug and name", async () => {
    const h = await hotel();
    expect((await createDepartment(h.manager, newDepartment({ name: "Spa", slug: "wellness-spa" }))).slug).toBe("wellness-spa");
    const other = await hotel();
    expect((await createDepartment(other.manager, newDepartment({ name: "Spa", slug: "wellness-spa" }))).slug).toBe("wellness-spa");
  });

  it("a taken slug or name is a field error (typed or made from the name), never a database error, and nothing is written", async () => {
    const h = await hotel();
    const typed = await expectAppError(createDepartment(h.manager, newDepartment({ name: "Children's corner", slug: "kids-club" })), "input:invalid");
    expect(typed.fieldErrors).toEqual({ slug: ["staff.departments.errors.slugTaken"] });
    // "Kids club" is another name, but makes the kids' club's slug.
    const derived = await expectAppError(createDepartment(h.manager, newDepartment({ name: "Kids club" })), "input:invalid");
    expect(derived.fieldErrors).toEqual({ slug: ["staff.departments.errors.slugTaken"] });
    // The same name in other letters' case, even with a free slug.
    const name = await expectAppError(createDepartment(h.manager, newDepartment({ name: "KIDS' CLUB", slug: "kids-two" })), "input:invalid");
    expect(name.fieldErrors).toEqual({ name: ["staff.departments.errors.nameTaken"] });
    expect((await listDepartmentsWithCounts(h.manager)).departments).toHaveLength(1);
    expect(await auditRowsOf(h.manager, "department.create")).toEqual([]);
  });

  it("two managers adding the same name at once: one department, the other told the name is taken", async () => {
    const h = await hotel();
    const other = await createActor(h.property, "manager");
    const results = await Promise.allSettled([
      createDepartment(h.manager, newDepartment({ name: "Concierge", slug: "concierge-a" })),
      createDepartment(other, newDepartment({ name: "concierge", slug: "concierge-b" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "input:invalid", fieldErrors: { name: ["staff.departments.errors.nameTaken"] } });
    const names = (await listDepartmentsWithCounts(h.manager)).departments.map((d) => d.name.toLowerCase());
    expect(names.filter((n) => n === "concierge")).toHaveLength(1);
  });

  it("asks for a slug when none can be made from the name, and refuses a guest name in a language the hotel does not offer", async () => {
    const h = await hotel();
    let caught: unknown;
    try {
      newDepartment({ name: "คิดส์คลับ" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: "input:invalid", fieldErrors: { slug: ["staff.departments.errors.slugNeeded"] } });
    const stray = await expectAppError(createDepartment(h.manager, newDepartment({ name: "Transport", name_az: "Nəqliyyat" })), "input:invalid");
    expect(stray.fieldErrors).toEqual({ name_az: ["validation.unexpected"] });
  });
});

describe("the form's input", () => {
  const base = { departmentId: "6f1c1f6e-9d7b-4b8e-9d0a-2b8f3f1f2a11", name: "Spa", responseTargetMinutes: "20" };

  it("takes a response target in whole minutes from 1 to 1440", () => {
    for (const ok of ["1", "1440", " 15 "]) expect(updateDepartmentSchema.safeParse({ ...base, responseTargetMinutes: ok }).success, ok).toBe(true);
    for (const bad of ["0", "1441", "", "5.5", "-3", "ten"]) {
      expect(updateDepartmentSchema.safeParse({ ...base, responseTargetMinutes: bad }).success, bad).toBe(false);
    }
  });

  it("is strict: a stray field (another property, a slug on update) is refused", () => {
    expect(updateDepartmentSchema.safeParse({ ...base, propertyId: base.departmentId }).success).toBe(false);
    expect(updateDepartmentSchema.safeParse({ ...base, slug: "spa" }).success).toBe(false);
    expect(createDepartmentSchema.safeParse({ name: "Spa", responseTargetMinutes: "20", slug: "Not A Slug" }).success).toBe(false);
  });
});

describe("changing departments", () => {
  it("saves names and target with before and after in the audit log; saving unchanged values writes nothing", async () => {
    const h = await hotel();
    const { changed } = await updateDepartment(h.manager, h.kids.id, {
      name: "Kids' club & crèche",
      nameTranslations: { hu: "Gyerekklub és bölcsőde", th: "คิดส์คลับ" },
      responseTargetMinutes: 5,
    });
    expect(changed.sort()).toEqual(["name", "nameTranslations", "responseTargetMinutes"]);
    const row = await departmentRow(h.kids.id);
    expect(row).toMatchObject({ slug: "kids-club", responseTargetMinutes: 5, nameTranslations: { hu: "Gyerekklub és bölcsőde", th: "คิดส์คลับ" } });
    const [audit] = await auditRowsFor(h.kids.id);
    expect(audit).toMatchObject({ action: "department.update", outcome: "ok", actorId: h.manager.staffId, role: "manager" });
    expect(audit.detail).toEqual({
      changes: {
        name: { from: "Kids' club", to: "Kids' club & crèche" },
        nameTranslations: { from: { hu: "Gyerekklub" }, to: { hu: "Gyerekklub és bölcsőde", th: "คิดส์คลับ" } },
        responseTargetMinutes: { from: 15, to: 5 },
      },
    });

    expect(await updateDepartment(h.manager, h.kids.id, valuesOf(row))).toEqual({ changed: [] });
    expect(await auditRowsFor(h.kids.id)).toHaveLength(1);
  });

  it("the request queue uses a new response target at once", async () => {
    const h = await hotel();
    const crib = await createOnRequestService(h.kids);
    const request = await insertBooking(await createStay(h.property), crib, { status: "requested" });
    const reception = await createStaff(h.property, { role: "reception" });
    const targetInQueue = async () => (await listQueue(reception)).find((r) => r.id === request.id)?.responseTargetMinutes;
    expect(await targetInQueue()).toBe(15);
    await updateDepartment(h.manager, h.kids.id, { ...valuesOf(h.kids), responseTargetMinutes: 5 });
    expect(await targetInQueue()).toBe(5);
  });

  it("refuses another department's name; a guest name emptied is gone; names in languages no longer offered are kept", async () => {
    const h = await hotel();
    await createDepartment(h.manager, newDepartment({ name: "Wellness" }));
    const clash = await expectAppError(updateDepartment(h.manager, h.kids.id, { ...valuesOf(h.kids), name: "wellness" }), "input:invalid");
    expect(clash.fieldErrors).toEqual({ name: ["staff.departments.errors.nameTaken"] });
    // Renaming in another case is no clash with itself.
    expect((await updateDepartment(h.manager, h.kids.id, { ...valuesOf(h.kids), name: "KIDS' CLUB" })).changed).toEqual(["name"]);

    await db().update(departments).set({ nameTranslations: { hu: "Gyerekklub", az: "Uşaq klubu" } }).where(eq(departments.id, h.kids.id));
    await updateDepartment(h.manager, h.kids.id, { name: "Kids' club", nameTranslations: {}, responseTargetMinutes: 15 });
    expect((await departmentRow(h.kids.id)).nameTranslations).toEqual({ az: "Uşaq klubu" });
  });
});

describe("counts", () => {
  it("counts each department's open requests and active staff, not closed requests, disabled accounts or other departments'", async () => {
    const h = await hotel();
    const stables = await insertDepartment(h.property, { name: "Stables" });
    const crib = await createOnRequestService(h.kids);
    const ride = await createOnRequestService(stables);
    const stay = await createStay(h.property);
    for (const status of ["requested", "confirmed", "in_progress"] as const) await insertBooking(stay, crib, { status });
    for (const status of ["fulfilled", "cancelled", "declined", "expired", "no_show"] as const) await insertBooking(stay, crib, { status });
    await insertBooking(stay, ride, { status: "requested" });
    await createStaff(h.property, { role: "department", departments: [h.kids] });
    await createStaff(h.property, { role: "department", departments: [h.kids, stables] });
    const gone = await createStaff(h.property, { role: "department", departments: [h.kids] });
    await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, gone.staffId));
    // Another hotel's department and request change nothing here.
    const other = await hotel();
    await insertBooking(await createStay(other.property), await createOnRequestService(other.kids), { status: "requested" });

    const { departments: listed } = await listDepartmentsWithCounts(h.manager);
    expect(listed.map((d) => ({ name: d.name, openRequests: d.openRequests, staff: d.staff }))).toEqual([
      { name: "Kids' club", openRequests: 3, staff: 2 },
      { name: "Stables", openRequests: 1, staff: 1 },
    ]);
  });
});

describe("managers of this property only", () => {
  it("a manager of another property neither sees nor changes the department", async () => {
    const h = await hotel();
    const stranger = await createActor(await createProperty(), "manager");
    expect((await listDepartmentsWithCounts(stranger)).departments.map((d) => d.id)).not.toContain(h.kids.id);
    await expectAppError(updateDepartment(stranger, h.kids.id, { ...valuesOf(h.kids), responseTargetMinutes: 1 }), "not_found");
    expect(await departmentRow(h.kids.id)).toMatchObject({ name: "Kids' club", responseTargetMinutes: 15 });
    expect(await auditRowsOf(stranger, "department.update")).toEqual([]);
  });

  it("reception and department staff are refused, the refusal is audited, and nothing changes", async () => {
    const h = await hotel();
    for (const role of ["reception", "department"] as const) {
      const actor = await createActor(h.property, role);
      await expectAppError(listDepartmentsWithCounts(actor), "auth:forbidden");
      await expectAppError(createDepartment(actor, newDepartment({ name: uniqueId("Desk") })), "auth:forbidden");
      await expectAppError(updateDepartment(actor, h.kids.id, { ...valuesOf(h.kids), responseTargetMinutes: 1 }), "auth:forbidden");
      expect(await auditRowsOf(actor, "department.update")).toEqual([expect.objectContaining({ outcome: "denied", role, target: h.kids.id })]);
    }
    expect(await departmentRow(h.kids.id)).toMatchObject({ responseTargetMinutes: 15 });
    expect((await listDepartmentsWithCounts(h.manager)).departments).toHaveLength(1);
  });
});

describe("the Server Actions, through the real session guard", () => {
  async function signedIn(staffId: string) {
    browser.token = { kind: "staff", sid: await signInStaff(staffId), subjectId: staffId };
  }

  it("refuse reception (and record it); let the manager create and save; a taken slug comes back as a field error", async () => {
    const h = await hotel();
    const desk = await createActor(h.property, "reception");
    const form = { name: "Transport", slug: "", responseTargetMinutes: "20", name_hu: "Transzfer" };

    await signedIn(desk.staffId);
    expect(await addDepartment(null, form)).toMatchObject({ ok: false, code: "auth:forbidden" });
    expect(await auditRowsOf(desk, "department.create")).toEqual([expect.objectContaining({ outcome: "denied", role: "reception" })]);
    expect(await saveDepartment(null, { departmentId: h.kids.id, name: "Kids' club", responseTargetMinutes: "1" })).toMatchObject({
      ok: false,
      code: "auth:forbidden",
    });

    await signedIn(h.manager.staffId);
    const created = await addDepartment(null, form);
    expect(created).toMatchObject({ ok: true, data: { slug: "transport" } });
    expect(await addDepartment(null, { ...form, name: "Airport transfers", slug: "transport" })).toMatchObject({
      ok: false,
      code: "input:invalid",
      fieldErrors: { slug: ["staff.departments.errors.slugTaken"] },
    });
    expect(await saveDepartment(null, { departmentId: h.kids.id, name: "Kids' club", responseTargetMinutes: "1441" })).toMatchObject({
      ok: false,
      code: "input:invalid",
      fieldErrors: { responseTargetMinutes: ["validation.too_big:1440"] },
    });
    expect(await saveDepartment(null, { departmentId: h.kids.id, name: "Kids' club", responseTargetMinutes: "5", name_hu: "Gyerekklub" })).toEqual({
      ok: true,
      data: { changed: ["responseTargetMinutes"] },
    });
    expect(await departmentRow(h.kids.id)).toMatchObject({ responseTargetMinutes: 5, nameTranslations: { hu: "Gyerekklub" } });
  });
});
