// Integration tests of staff API tokens against a real database: only a hash is kept, revoked and disabled are refused.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiTokens, auditLog, staffDepartments, staffMemberships, staffUsers } from "@/db/schema";
import { expectAppError } from "@/tests/expect-app-error";
import { createDepartment, createProperty, createStaff } from "@/tests/factories";
import { useTestDatabase } from "@/tests/migrate";
import { createApiToken, hashApiToken, LAST_USED_RESOLUTION_MS, listApiTokens, revokeApiToken, verifyApiToken } from "./api-tokens";

useTestDatabase();

async function hotelWithManager() {
  const property = await createProperty();
  const manager = await createStaff(property, { role: "manager", name: "Mia Manager" });
  return { property, manager };
}

async function storedRow(id: string) {
  const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

describe("createApiToken", () => {
  it("returns the token once and stores only its SHA-256 hash", async () => {
    const { property, manager } = await hotelWithManager();
    const created = await createApiToken(manager, { name: "PMS sync" });

    expect(created.token).toMatch(/^gs_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "PMS sync", staffId: manager.staffId, staffName: "Mia Manager" });
    const row = await storedRow(created.id);
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The plain token is nowhere in the row, nor in the audit log.
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));
    const audit = await db().select().from(auditLog).where(eq(auditLog.target, created.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ propertyId: property.id, actorId: manager.staffId, action: "api_token.create", outcome: "ok" });
    expect(JSON.stringify(audit[0])).not.toContain(created.token.slice(3));
    // Listing never shows a secret or a hash.
    const [listed] = await listApiTokens(property.id);
    expect(listed.id).toBe(created.id);
    expect(Object.keys(listed)).not.toContain("tokenHash");
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("makes a different token every time", async () => {
    const { manager } = await hotelWithManager();
    const a = await createApiToken(manager, { name: "a" });
    const b = await createApiToken(manager, { name: "b" });
    expect(a.token).not.toBe(b.token);
  });

  it("may act as another active staff member of the same hotel, never of another hotel", async () => {
    const { property, manager } = await hotelWithManager();
    const department = await createDepartment(property);
    const desk = await createStaff(property, { role: "department", departments: [department] });
    const created = await createApiToken(manager, { name: "Kids' club tablet", staffId: desk.staffId });
    const check = await verifyApiToken(created.token);
    expect(check).toMatchObject({ ok: true, staff: { staffId: desk.staffId, role: "department", departmentIds: [department.id] } });

    const other = await createProperty();
    const stranger = await createStaff(other, { role: "manager" });
    await expectAppError(createApiToken(manager, { name: "x", staffId: stranger.staffId }), "not_found");
  });

  it("is for managers only", async () => {
    const { property } = await hotelWithManager();
    const reception = await createStaff(property, { role: "reception" });
    await expectAppError(createApiToken(reception, { name: "sneaky" }), "auth:forbidden");
    expect(await listApiTokens(property.id)).toHaveLength(0);
  });
});

describe("verifyApiToken", () => {
  it("gives the staff member as a session would, and refuses unknown or malformed tokens", async () => {
    const { property, manager } = await hotelWithManager();
    const { token, id } = await createApiToken(manager, { name: "ok" });
    const check = await verifyApiToken(token);
    expect(check).toEqual({
      ok: true,
      tokenId: id,
      staff: {
        staffId: manager.staffId,
        propertyId: property.id,
        name: "Mia Manager",
        email: expect.stringContaining("@example.test"),
        role: "manager",
        departmentIds: [],
      },
    });
    expect(await verifyApiToken(`gs_${"A".repeat(43)}`)).toEqual({ ok: false, reason: "unknown" });
    expect(await verifyApiToken("gs_short")).toEqual({ ok: false, reason: "malformed" });
    expect(await verifyApiToken(`${token}x`)).toEqual({ ok: false, reason: "malformed" });
    // Presenting the stored hash instead of the token gets nothing.
    expect((await verifyApiToken((await storedRow(id)).tokenHash)).ok).toBe(false);
  });

  it("refuses a revoked token from then on; revoking twice changes nothing", async () => {
    const { property, manager } = await hotelWithManager();
    const { token, id } = await createApiToken(manager, { name: "to revoke" });
    expect((await verifyApiToken(token)).ok).toBe(true);

    const first = await revokeApiToken(manager, id);
    expect(await verifyApiToken(token)).toEqual({ ok: false, reason: "revoked", tokenId: id, propertyId: property.id });
    const again = await revokeApiToken(manager, id);
    expect(again.revokedAt.getTime()).toBe(first.revokedAt.getTime());
    const audit = await db().select().from(auditLog).where(eq(auditLog.target, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["api_token.create", "api_token.revoke"]);
  });

  it("another hotel's manager cannot revoke it: not found, and it keeps working", async () => {
    const { manager } = await hotelWithManager();
    const { token, id } = await createApiToken(manager, { name: "mine" });
    const { manager: otherManager } = await hotelWithManager();
    await expectAppError(revokeApiToken(otherManager, id), "not_found");
    expect((await verifyApiToken(token)).ok).toBe(true);
  });

  it("refuses the token of a disabled account, and honours a changed role on the next request", async () => {
    const { property, manager } = await hotelWithManager();
    const department = await createDepartment(property);
    const { token } = await createApiToken(manager, { name: "role follows the account" });

    await db()
      .update(staffMemberships)
      .set({ role: "department" })
      .where(and(eq(staffMemberships.staffId, manager.staffId), eq(staffMemberships.propertyId, property.id)));
    await db().insert(staffDepartments).values({ staffId: manager.staffId, departmentId: department.id });
    expect(await verifyApiToken(token)).toMatchObject({ ok: true, staff: { role: "department", departmentIds: [department.id] } });

    await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, manager.staffId));
    expect(await verifyApiToken(token)).toMatchObject({ ok: false, reason: "inactive" });
    await db().update(staffUsers).set({ active: true }).where(eq(staffUsers.id, manager.staffId));
    expect((await verifyApiToken(token)).ok).toBe(true);
  });

  it("records last use at most once a minute", async () => {
    const { manager } = await hotelWithManager();
    const { token, id } = await createApiToken(manager, { name: "busy" });
    expect((await storedRow(id)).lastUsedAt).toBeNull();

    const t0 = new Date("2030-01-01T10:00:00Z");
    await verifyApiToken(token, t0);
    expect((await storedRow(id)).lastUsedAt?.toISOString()).toBe(t0.toISOString());
    await verifyApiToken(token, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1_000));
    expect((await storedRow(id)).lastUsedAt?.toISOString()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1_000);
    await verifyApiToken(token, later);
    expect((await storedRow(id)).lastUsedAt?.toISOString()).toBe(later.toISOString());
  });
});
