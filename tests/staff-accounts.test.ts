// Integration tests of staff accounts: passwords hashed, disabling signs the account out at once, a new
// role is seen on the next request, no manager can lock themselves out, and only managers get in —
// also through the real Server Actions and their session guard (only Auth.js's cookie reading is faked).
import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { authSessions, staffDepartments, staffMemberships, staffUsers } from "@/db/schema";
import { expectAppError } from "@/tests/expect-app-error";
import { createDepartment, createProperty, createTimedService, uniqueId } from "@/tests/factories";
import { auditRowsFor, auditRowsOf, createActor, signInStaff } from "@/tests/factories-admin";
import { useTestDatabase } from "@/tests/migrate";
import { loadStaffSession } from "@/server/auth/sessions";
import { createAccount, getAccount, listAccounts, resetPassword, setAccountActive, updateAccount } from "@/server/staff/accounts";

// Mock of Auth.js's cookie reading: the "browser" whose token the next request carries.
const browser = vi.hoisted(() => ({ token: null as null | { kind: "staff" | "guest"; sid: string; subjectId: string } }));
vi.mock("@/app/_server/session-token", () => ({ readSessionToken: async () => browser.token }));
// Mock: outside Next there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addAccount, changeAccountActive, saveAccount } = await import("@/app/(staff)/staff/accounts/actions");
const { saveService } = await import("@/app/(staff)/staff/catalogue/actions");

useTestDatabase();

beforeEach(() => {
  browser.token = null;
});

const PASSWORD = "correct-horse-battery";

async function hotel() {
  const property = await createProperty();
  const spa = await createDepartment(property, { name: "Spa" });
  const manager = await createActor(property, "manager");
  return { property, spa, manager };
}

async function newAccount(h: Awaited<ReturnType<typeof hotel>>, role: "manager" | "reception" | "department" = "reception") {
  const email = `${uniqueId("acct")}@example.test`;
  const { id } = await createAccount(h.manager, { email, name: "New Person", role, departmentIds: role === "department" ? [h.spa.id] : [], password: PASSWORD });
  return { id, email };
}

/** The account with its role at its home property. */
async function staffRow(id: string) {
  const [row] = await db()
    .select({ account: staffUsers, role: staffMemberships.role })
    .from(staffUsers)
    .leftJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, staffUsers.propertyId)))
    .where(eq(staffUsers.id, id));
  return { ...row.account, role: row.role };
}

describe("creating accounts", () => {
  it("stores a bcrypt hash, never the password, and audits without it", async () => {
    const h = await hotel();
    const email = `${uniqueId("Mixed")}@Example.TEST`;
    const { id, generatedPassword } = await createAccount(h.manager, { email, name: "Dana Desk", role: "department", departmentIds: [h.spa.id], password: PASSWORD });
    expect(generatedPassword).toBeNull();
    const row = await staffRow(id);
    expect(row.email).toBe(email.toLowerCase());
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(await bcrypt.compare(PASSWORD, row.passwordHash)).toBe(true);
    const [audit] = await auditRowsFor(id);
    expect(audit).toMatchObject({ action: "staff.account.create", outcome: "ok", actorId: h.manager.staffId });
    expect(JSON.stringify(audit.detail)).not.toContain(PASSWORD);
    expect(JSON.stringify(audit.detail)).not.toContain(row.passwordHash);
    expect(await getAccount(h.manager, id)).toMatchObject({ role: "department", departmentIds: [h.spa.id], active: true });
  });

  it("generates a password when none is typed, and returns it once", async () => {
    const h = await hotel();
    const { id, generatedPassword } = await createAccount(h.manager, { email: `${uniqueId("gen")}@example.test`, name: "G", role: "reception", departmentIds: [], password: null });
    expect(generatedPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(await bcrypt.compare(generatedPassword!, (await staffRow(id)).passwordHash)).toBe(true);
    expect(JSON.stringify((await auditRowsFor(id))[0].detail)).not.toContain(generatedPassword!);
  });

  it("refuses a taken e-mail (whatever its case) and a department of another property", async () => {
    const h = await hotel();
    const { email } = await newAccount(h);
    const err = await expectAppError(
      createAccount(h.manager, { email: email.toUpperCase(), name: "Twin", role: "reception", departmentIds: [], password: PASSWORD }),
      "input:invalid",
    );
    expect(err.fieldErrors).toEqual({ email: ["staff.accounts.errors.emailTaken"] });
    const foreign = await createDepartment(await createProperty());
    await expectAppError(
      createAccount(h.manager, { email: `${uniqueId("x")}@example.test`, name: "X", role: "department", departmentIds: [foreign.id], password: PASSWORD }),
      "input:invalid",
    );
  });
});

describe("changes take effect on the account's next request", () => {
  it("disabling revokes its sign-in sessions: loadStaffSession returns null for them, also after re-enabling", async () => {
    const h = await hotel();
    const { id } = await newAccount(h);
    const sid = await signInStaff(id);
    const other = await signInStaff(id);
    expect(await loadStaffSession(sid, id)).toMatchObject({ staffId: id, role: "reception" });

    expect(await setAccountActive(h.manager, id, false)).toEqual({ changed: true, sessionsRevoked: 2 });
    expect(await loadStaffSession(sid, id)).toBeNull();
    expect(await loadStaffSession(other, id)).toBeNull();
    const sessions = await db().select().from(authSessions).where(eq(authSessions.subjectId, id));
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);

    await setAccountActive(h.manager, id, true);
    expect(await loadStaffSession(sid, id)).toBeNull();
    expect(await loadStaffSession(await signInStaff(id), id)).not.toBeNull();
    expect((await auditRowsFor(id)).map((a) => a.action)).toEqual(["staff.account.enable", "staff.account.disable", "staff.account.create"]);
  });

  it("a new role and departments are what the next load sees", async () => {
    const h = await hotel();
    const { id } = await newAccount(h, "reception");
    const sid = await signInStaff(id);
    expect(await loadStaffSession(sid, id)).toMatchObject({ role: "reception", departmentIds: [] });
    const { changed } = await updateAccount(h.manager, id, { name: "New Person", role: "department", departmentIds: [h.spa.id] });
    expect(changed.sort()).toEqual(["departmentIds", "role"]);
    expect(await loadStaffSession(sid, id)).toMatchObject({ role: "department", departmentIds: [h.spa.id] });
    const [audit] = await auditRowsFor(id);
    expect(audit.detail).toEqual({ changes: { role: { from: "reception", to: "department" }, departmentIds: { from: [], to: [h.spa.id] } } });
  });

  it("a password reset signs the others out and only the new password works", async () => {
    const h = await hotel();
    const { id } = await newAccount(h);
    const sid = await signInStaff(id);
    const { generatedPassword } = await resetPassword(h.manager, id, null);
    expect(await loadStaffSession(sid, id)).toBeNull();
    const hash = (await staffRow(id)).passwordHash;
    expect(await bcrypt.compare(generatedPassword!, hash)).toBe(true);
    expect(await bcrypt.compare(PASSWORD, hash)).toBe(false);
  });
});

describe("no lock-outs, managers only", () => {
  it("a manager cannot disable or demote themselves", async () => {
    const h = await hotel();
    const sid = await signInStaff(h.manager.staffId);
    const disable = await expectAppError(setAccountActive(h.manager, h.manager.staffId, false), "input:invalid");
    expect(disable.fieldErrors).toEqual({ _form: ["staff.accounts.errors.selfDisable"] });
    const demote = await expectAppError(
      updateAccount(h.manager, h.manager.staffId, { name: "Me", role: "reception", departmentIds: [] }),
      "input:invalid",
    );
    expect(demote.fieldErrors).toEqual({ _form: ["staff.accounts.errors.selfDemote"] });
    expect(await loadStaffSession(sid, h.manager.staffId)).toMatchObject({ role: "manager" });
    expect((await auditRowsFor(h.manager.staffId)).map((a) => a.outcome)).toEqual(["denied", "denied"]);
    // Renaming oneself is fine.
    expect(await updateAccount(h.manager, h.manager.staffId, { name: "Me", role: "manager", departmentIds: [] })).toEqual({ changed: ["name"] });
  });

  it("reception and department staff are refused and nothing changes", async () => {
    const h = await hotel();
    const { id } = await newAccount(h);
    for (const role of ["reception", "department"] as const) {
      const actor = await createActor(h.property, role);
      await expectAppError(listAccounts(actor), "auth:forbidden");
      await expectAppError(createAccount(actor, { email: `${uniqueId("y")}@example.test`, name: "Y", role: "manager", departmentIds: [], password: PASSWORD }), "auth:forbidden");
      await expectAppError(setAccountActive(actor, id, false), "auth:forbidden");
      await expectAppError(updateAccount(actor, id, { name: "Y", role: "manager", departmentIds: [] }), "auth:forbidden");
      await expectAppError(resetPassword(actor, id, PASSWORD + "!"), "auth:forbidden");
      expect((await auditRowsOf(actor, "staff.account.disable"))[0]).toMatchObject({ outcome: "denied", role });
    }
    expect(await staffRow(id)).toMatchObject({ role: "reception", active: true });
    expect(await bcrypt.compare(PASSWORD, (await staffRow(id)).passwordHash)).toBe(true);
  });

  it("a manager of another property cannot see or touch the account", async () => {
    const h = await hotel();
    const { id } = await newAccount(h);
    const stranger = await createActor(await createProperty(), "manager");
    expect(await getAccount(stranger, id)).toBeNull();
    expect((await listAccounts(stranger)).map((a) => a.id)).not.toContain(id);
    await expectAppError(setAccountActive(stranger, id, false), "not_found");
  });
});

describe("the Server Actions, through the real session guard", () => {
  async function signedIn(staffId: string) {
    browser.token = { kind: "staff", sid: await signInStaff(staffId), subjectId: staffId };
  }

  function form(values: Record<string, string | string[]>) {
    return values;
  }

  it("refuses reception (and records it), lets the manager in, and sees a changed role on the next request", async () => {
    const h = await hotel();
    const desk = await createActor(h.property, "reception");
    const create = form({ email: `${uniqueId("via-action")}@example.test`, name: "Via Action", role: "reception", departmentIds: [], password: "" });

    await signedIn(desk.staffId);
    expect(await addAccount(null, create)).toMatchObject({ ok: false, code: "auth:forbidden" });
    expect(await auditRowsOf(desk, "staff.account.create")).toEqual([expect.objectContaining({ outcome: "denied", role: "reception" })]);
    const riding = await createTimedService(h.spa);
    expect(await saveService(null, { serviceId: riding.id })).toMatchObject({ ok: false, code: "auth:forbidden" });

    await signedIn(h.manager.staffId);
    const created = await addAccount(null, create);
    expect(created).toMatchObject({ ok: true, data: { generatedPassword: expect.any(String) } });
    // The manager promotes the desk account; its very next request may do manager things.
    expect(await saveAccount(null, form({ staffId: desk.staffId, name: "Desk", role: "manager", departmentIds: [] }))).toMatchObject({ ok: true });
    await signedIn(desk.staffId);
    expect(await addAccount(null, { ...create, email: `${uniqueId("second")}@example.test` })).toMatchObject({ ok: true });
  });

  it("a disabled account's cookie no longer works, and the self-rules answer with a clear form error", async () => {
    const h = await hotel();
    const { id } = await newAccount(h, "manager");
    const theirs = { kind: "staff" as const, sid: await signInStaff(id), subjectId: id };

    await signedIn(h.manager.staffId);
    expect(await changeAccountActive(null, { staffId: id, active: "false" })).toMatchObject({ ok: true, data: { sessionsRevoked: 1 } });
    expect(await changeAccountActive(null, { staffId: h.manager.staffId, active: "false" })).toMatchObject({
      ok: false,
      code: "input:invalid",
      fieldErrors: { _form: ["staff.accounts.errors.selfDisable"] },
    });

    browser.token = theirs;
    const refused = await addAccount(null, { email: `${uniqueId("z")}@example.test`, name: "Z", role: "reception", departmentIds: [], password: "" });
    expect(refused.ok).toBe(false);
    expect(await db().select().from(staffUsers).where(eq(staffUsers.name, "Z"))).toHaveLength(0);
  });

  it("refuses extra keys, bad values and short passwords without writing anything", async () => {
    const h = await hotel();
    await signedIn(h.manager.staffId);
    const email = `${uniqueId("strict")}@example.test`;
    const base = { email, name: "Strict", role: "reception", departmentIds: [], password: "" };
    const bad = [
      { ...base, passwordHash: "x" },
      { ...base, active: "true" },
      { ...base, role: "owner" },
      { ...base, password: "short" },
      { ...base, password: "x".repeat(73) },
      { ...base, name: "x".repeat(10_000) },
      { ...base, email: "not-an-email" },
      { ...base, role: "department", departmentIds: [] },
      { ...base, departmentIds: ["not-a-uuid"] },
    ];
    for (const input of bad) {
      const result = await addAccount(null, input);
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, code: "input:invalid" });
    }
    expect(await db().select().from(staffUsers).where(eq(staffUsers.email, email))).toHaveLength(0);
    const countBefore = (await db().select().from(staffDepartments)).length;
    const ghost = crypto.randomUUID();
    expect(await saveAccount(null, { staffId: ghost, name: "Nobody", role: "reception", departmentIds: [] })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await db().select().from(staffDepartments)).length).toBe(countBefore);
    expect(await auditRowsFor(ghost)).toHaveLength(0);
  });
});
