// Staff accounts for the manager: list, create, change role and departments, disable or enable,
// reset a password. An account works at one or more properties of the group (staff_memberships, a role in each);
// a manager sees and changes the role and departments of everyone working at their property, while the account
// itself (name, password, active) is managed at its home property. Sessions re-read role, departments and `active` on every request
// (loadStaffSession), so each change takes effect on the account's next request; disabling also
// revokes its sign-in sessions. Every change is audited, never with a password or a hash in it.
import "server-only";
import bcrypt from "bcryptjs";
import { and, asc, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { generatePassword, PASSWORD_HASH_COST } from "@/lib/password";
import { db, type Tx } from "@/db/client";
import { apiTokens, authSessions, departments, staffDepartments, staffMemberships, staffUsers, type StaffMembership } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { UNIQUE_VIOLATION, sqlState } from "@/server/db-errors";

export type StaffRole = StaffMembership["role"];

const accountColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffMemberships.role,
  active: staffUsers.active,
  createdAt: staffUsers.createdAt,
  homePropertyId: staffUsers.propertyId,
};

/** The accounts working at the property: the join every read here goes through. */
const workingAt = (propertyId: string) =>
  and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, propertyId));

async function departmentsOf(propertyId: string, staffIds: string[]) {
  if (staffIds.length === 0) return [];
  return db()
    .select({ staffId: staffDepartments.staffId, id: departments.id, name: departments.name })
    .from(staffDepartments)
    .innerJoin(departments, eq(departments.id, staffDepartments.departmentId))
    .where(and(inArray(staffDepartments.staffId, staffIds), eq(departments.propertyId, propertyId)))
    .orderBy(asc(departments.name));
}

/** Every account of the property with its departments and when it last signed in. */
export async function listAccounts(actor: AdminActor) {
  await requireManager(actor, "staff.account.read");
  const rows = await db()
    .select({ ...accountColumns, lastSignInAt: max(authSessions.createdAt) })
    .from(staffUsers)
    .innerJoin(staffMemberships, workingAt(actor.propertyId))
    .leftJoin(authSessions, and(eq(authSessions.subjectKind, "staff"), eq(authSessions.subjectId, staffUsers.id)))
    .groupBy(staffUsers.id, staffMemberships.staffId, staffMemberships.propertyId)
    .orderBy(desc(staffUsers.active), asc(staffUsers.name));
  const depts = await departmentsOf(actor.propertyId, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, departments: depts.filter((d) => d.staffId === r.id).map(({ id, name }) => ({ id, name })) }));
}

export async function getAccount(actor: AdminActor, staffId: string) {
  await requireManager(actor, "staff.account.read", staffId);
  const [row] = await db()
    .select(accountColumns)
    .from(staffUsers)
    .innerJoin(staffMemberships, workingAt(actor.propertyId))
    .where(eq(staffUsers.id, staffId))
    .limit(1);
  if (!row) return null;
  const depts = await departmentsOf(actor.propertyId, [row.id]);
  return { ...row, departmentIds: depts.map((d) => d.id) };
}

async function assertDepartments(tx: Tx, propertyId: string, departmentIds: string[]): Promise<void> {
  if (departmentIds.length === 0) return;
  const found = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(inArray(departments.id, departmentIds), eq(departments.propertyId, propertyId)));
  if (found.length !== departmentIds.length) throw fieldError("departmentIds", "validation.invalid");
}

/** A new password, typed or generated; only its hash is stored and only a generated one is returned. */
async function hashNew(password: string | null): Promise<{ hash: string; generated: string | null }> {
  const generated = password ? null : generatePassword();
  return { hash: await bcrypt.hash(password ?? generated!, PASSWORD_HASH_COST), generated };
}

export type NewAccount = { email: string; name: string; role: StaffRole; departmentIds: string[]; password: string | null };

export async function createAccount(actor: AdminActor, input: NewAccount): Promise<{ id: string; generatedPassword: string | null }> {
  const action = "staff.account.create";
  await requireManager(actor, action);
  const email = input.email.trim().toLowerCase();
  const departmentIds = [...new Set(input.departmentIds)];
  const { hash, generated } = await hashNew(input.password);
  try {
    return await db().transaction(async (tx) => {
      await assertDepartments(tx, actor.propertyId, departmentIds);
      const [created] = await tx
        .insert(staffUsers)
        .values({ propertyId: actor.propertyId, email, name: input.name, passwordHash: hash })
        .returning({ id: staffUsers.id });
      await tx.insert(staffMemberships).values({ staffId: created.id, propertyId: actor.propertyId, role: input.role });
      if (departmentIds.length) {
        await tx.insert(staffDepartments).values(departmentIds.map((departmentId) => ({ staffId: created.id, departmentId })));
      }
      await auditChange(tx, actor, {
        action,
        target: created.id,
        detail: { email, name: input.name, role: input.role, departmentIds, passwordGenerated: generated !== null },
      });
      return { id: created.id, generatedPassword: generated };
    });
  } catch (err) {
    // E-mails are unique across the installation: say so without telling which property has it.
    if (sqlState(err) === UNIQUE_VIOLATION) throw fieldError("email", "staff.accounts.errors.emailTaken");
    throw err;
  }
}

async function lockAccount(tx: Tx, actor: AdminActor, staffId: string) {
  const [row] = await tx
    .select({ id: staffUsers.id, name: staffUsers.name, role: staffMemberships.role, active: staffUsers.active, homePropertyId: staffUsers.propertyId })
    .from(staffUsers)
    .innerJoin(staffMemberships, workingAt(actor.propertyId))
    .where(eq(staffUsers.id, staffId))
    .for("update")
    .limit(1);
  if (!row) throw notFound("Account");
  return row;
}

/**
 * Name, password and active belong to the account, managed at its home property; elsewhere only role and departments.
 * Checked before the change's transaction, so the refusal's audit row stays.
 */
async function refuseAwayFromHome(actor: AdminActor, staffId: string, action: string): Promise<void> {
  const [row] = await db()
    .select({ home: staffUsers.propertyId })
    .from(staffUsers)
    .innerJoin(staffMemberships, workingAt(actor.propertyId))
    .where(eq(staffUsers.id, staffId))
    .limit(1);
  if (!row) throw notFound("Account");
  if (row.home === actor.propertyId) return;
  await auditChange(db(), actor, { action, target: staffId, outcome: "denied", detail: { reason: "home property elsewhere" } });
  throw fieldError("_form", "staff.group.errors.homeElsewhere");
}

/** A manager may not lock themselves out: no demoting or disabling their own account. */
async function refuseSelf(actor: AdminActor, staffId: string, action: string, key: string): Promise<never> {
  await auditChange(db(), actor, { action, target: staffId, outcome: "denied", detail: { reason: "own account" } });
  throw fieldError("_form", key);
}

export type AccountChange = { name: string; role: StaffRole; departmentIds: string[] };

/** Name, role and departments; the account sees the new role on its next request. */
export async function updateAccount(actor: AdminActor, staffId: string, input: AccountChange): Promise<{ changed: string[] }> {
  const action = "staff.account.update";
  await requireManager(actor, action, staffId);
  if (staffId === actor.staffId && input.role !== "manager") await refuseSelf(actor, staffId, action, "staff.accounts.errors.selfDemote");
  const departmentIds = [...new Set(input.departmentIds)].sort();
  return db().transaction(async (tx) => {
    const before = await lockAccount(tx, actor, staffId);
    await assertDepartments(tx, actor.propertyId, departmentIds);
    const here = await tx.select({ id: departments.id }).from(departments).where(eq(departments.propertyId, actor.propertyId));
    const hereIds = here.map((d) => d.id);
    const current = hereIds.length
      ? await tx
          .select({ id: staffDepartments.departmentId })
          .from(staffDepartments)
          .where(and(eq(staffDepartments.staffId, staffId), inArray(staffDepartments.departmentId, hereIds)))
      : [];
    const changes = changedFields(
      { name: before.name, role: before.role, departmentIds: current.map((c) => c.id).sort() },
      { name: input.name, role: input.role, departmentIds },
    );
    if (Object.keys(changes).length === 0) return { changed: [] };
    if (changes.name) {
      if (before.homePropertyId !== actor.propertyId) throw fieldError("name", "staff.group.errors.homeElsewhere");
      await tx.update(staffUsers).set({ name: input.name }).where(and(eq(staffUsers.id, staffId), eq(staffUsers.propertyId, actor.propertyId)));
    }
    if (changes.role) {
      await tx
        .update(staffMemberships)
        .set({ role: input.role })
        .where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.propertyId, actor.propertyId)));
    }
    if (changes.departmentIds) {
      // Only this property's departments: the account's departments elsewhere are that property's business.
      if (hereIds.length) {
        await tx.delete(staffDepartments).where(and(eq(staffDepartments.staffId, staffId), inArray(staffDepartments.departmentId, hereIds)));
      }
      if (departmentIds.length) await tx.insert(staffDepartments).values(departmentIds.map((departmentId) => ({ staffId, departmentId })));
    }
    await auditChange(tx, actor, { action, target: staffId, detail: { changes } });
    return { changed: Object.keys(changes) };
  });
}

/** Signs every browser of the account out: the old cookies stop working at once. */
async function revokeSessions(tx: Tx, staffId: string): Promise<number> {
  const revoked = await tx
    .update(authSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(authSessions.subjectKind, "staff"), eq(authSessions.subjectId, staffId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return revoked.length;
}

/** API tokens act as the account: a disabled account's tokens stop too (re-enabling does not bring them back). */
async function revokeApiTokens(tx: Tx, staffId: string): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.staffId, staffId), isNull(apiTokens.revokedAt)));
}

/** Disables (and signs out) or enables an account. */
export async function setAccountActive(actor: AdminActor, staffId: string, active: boolean): Promise<{ changed: boolean; sessionsRevoked: number }> {
  const action = active ? "staff.account.enable" : "staff.account.disable";
  await requireManager(actor, action, staffId);
  if (!active && staffId === actor.staffId) await refuseSelf(actor, staffId, action, "staff.accounts.errors.selfDisable");
  await refuseAwayFromHome(actor, staffId, action);
  return db().transaction(async (tx) => {
    const before = await lockAccount(tx, actor, staffId);
    if (before.active === active) return { changed: false, sessionsRevoked: 0 };
    await tx
      .update(staffUsers)
      .set({ active })
      .where(and(eq(staffUsers.id, staffId), eq(staffUsers.propertyId, actor.propertyId)));
    let sessionsRevoked = 0;
    if (!active) {
      sessionsRevoked = await revokeSessions(tx, staffId);
      await revokeApiTokens(tx, staffId);
    }
    await auditChange(tx, actor, { action, target: staffId, detail: { changes: { active: { from: before.active, to: active } }, sessionsRevoked } });
    return { changed: true, sessionsRevoked };
  });
}

/**
 * Sets a new password (typed, or generated and returned once). Another person's sessions are
 * revoked, since a reset usually means the old password got out; a manager resetting their own
 * keeps the session they are working in.
 */
export async function resetPassword(actor: AdminActor, staffId: string, password: string | null): Promise<{ generatedPassword: string | null }> {
  const action = "staff.account.password_reset";
  await requireManager(actor, action, staffId);
  await refuseAwayFromHome(actor, staffId, action);
  const { hash, generated } = await hashNew(password);
  return db().transaction(async (tx) => {
    await lockAccount(tx, actor, staffId);
    await tx
      .update(staffUsers)
      .set({ passwordHash: hash })
      .where(and(eq(staffUsers.id, staffId), eq(staffUsers.propertyId, actor.propertyId)));
    const sessionsRevoked = staffId === actor.staffId ? 0 : await revokeSessions(tx, staffId);
    await auditChange(tx, actor, { action, target: staffId, detail: { passwordGenerated: generated !== null, sessionsRevoked } });
    return { generatedPassword: generated };
  });
}
