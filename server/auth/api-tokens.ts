// Staff API tokens for integrations: shown in plain text once, kept only as a SHA-256 hash, acting as their staff member.
import "server-only";
import crypto from "node:crypto";
import { and, asc, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { db } from "@/db/client";
import { apiTokens, auditLog, departments, staffDepartments, staffMemberships, staffUsers } from "@/db/schema";

const TOKEN_PREFIX = "gs_";
/** "gs_" and 32 random bytes in base64url (43 characters, no padding). */
const TOKEN_SHAPE = /^gs_[A-Za-z0-9_-]{43}$/;
/** last_used_at is a hint, not a log: written at most this often per token. */
export const LAST_USED_RESOLUTION_MS = 60_000;
export const TOKEN_NAME_MAX = 80;

/** The manager acting; the role is checked by the caller's wrapper and again here, since these calls mint credentials. */
export type TokenManager = { staffId: string; propertyId: string; role: "manager" | "reception" | "department" };

export function hashApiToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

function assertManager(actor: TokenManager): void {
  if (actor.role !== "manager") throw new AppError("auth:forbidden", "Only a manager may manage API tokens.");
}

/** Active staff of the property a token may act as. */
export async function listTokenOwners(propertyId: string) {
  return db()
    .select({ id: staffUsers.id, name: staffUsers.name, role: staffMemberships.role })
    .from(staffUsers)
    .innerJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, propertyId)))
    .where(eq(staffUsers.active, true))
    .orderBy(asc(staffUsers.name));
}

export type CreatedApiToken = { id: string; name: string; staffId: string; staffName: string; createdAt: Date; token: string };

/**
 * Makes a token acting as `input.staffId` (default: the manager), an active
 * staff member of the same property. The plain token is returned here and
 * never again: only its hash is stored.
 */
export async function createApiToken(manager: TokenManager, input: { name: string; staffId?: string }): Promise<CreatedApiToken> {
  assertManager(manager);
  const ownerId = input.staffId ?? manager.staffId;
  const [owner] = await db()
    .select({ id: staffUsers.id, name: staffUsers.name })
    .from(staffUsers)
    .innerJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, manager.propertyId)))
    .where(and(eq(staffUsers.id, ownerId), eq(staffUsers.active, true)))
    .limit(1);
  if (!owner) throw new AppError("not_found", "No active staff member of this hotel has that id.");
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
  return db().transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ propertyId: manager.propertyId, staffId: owner.id, name: input.name, tokenHash: hashApiToken(token) })
      .returning({ id: apiTokens.id, createdAt: apiTokens.createdAt });
    await tx.insert(auditLog).values({
      propertyId: manager.propertyId,
      actorKind: "staff",
      actorId: manager.staffId,
      role: manager.role,
      action: "api_token.create",
      target: row.id,
      outcome: "ok",
      detail: { name: input.name, actingAs: owner.id },
    });
    return { id: row.id, name: input.name, staffId: owner.id, staffName: owner.name, createdAt: row.createdAt, token };
  });
}

/** Every token of the property, newest first, with whom it acts as; never the hash. */
export async function listApiTokens(propertyId: string) {
  return db()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      staffId: apiTokens.staffId,
      staffName: staffUsers.name,
      staffRole: staffMemberships.role,
      staffActive: staffUsers.active,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(staffUsers, eq(staffUsers.id, apiTokens.staffId))
    // A membership removed since: the token is listed (to be revoked) but acts as nobody.
    .leftJoin(staffMemberships, and(eq(staffMemberships.staffId, apiTokens.staffId), eq(staffMemberships.propertyId, apiTokens.propertyId)))
    .where(eq(apiTokens.propertyId, propertyId))
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Revokes a token of the manager's property; revoking it again is a no-op, another hotel's token is "not found". */
export async function revokeApiToken(manager: TokenManager, tokenId: string, now: Date = new Date()): Promise<{ id: string; revokedAt: Date }> {
  assertManager(manager);
  return db().transaction(async (tx) => {
    const [row] = await tx
      .select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.propertyId, manager.propertyId)))
      .for("update")
      .limit(1);
    if (!row) throw new AppError("not_found", "This API token does not exist.");
    if (row.revokedAt) return { id: row.id, revokedAt: row.revokedAt };
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, row.id), eq(apiTokens.propertyId, manager.propertyId), isNull(apiTokens.revokedAt)));
    await tx.insert(auditLog).values({
      propertyId: manager.propertyId,
      actorKind: "staff",
      actorId: manager.staffId,
      role: manager.role,
      action: "api_token.revoke",
      target: row.id,
      outcome: "ok",
    });
    return { id: row.id, revokedAt: now };
  });
}

/** The staff member a token acts as, in the same shape as loadStaffSession gives for a cookie. */
export type TokenStaff = {
  staffId: string;
  propertyId: string;
  name: string;
  email: string;
  role: "manager" | "reception" | "department";
  departmentIds: string[];
};

export type TokenCheck =
  | { ok: true; tokenId: string; staff: TokenStaff }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "inactive"; tokenId?: string; propertyId?: string };

/**
 * Checks a presented token against the stored hashes. Role and departments
 * are read now, so a changed role or a disabled account takes effect on the
 * next request; revoked tokens and tokens of inactive accounts are refused.
 */
export async function verifyApiToken(token: string, now: Date = new Date()): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: "malformed" };
  const [row] = await db()
    .select({
      tokenId: apiTokens.id,
      tokenPropertyId: apiTokens.propertyId,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      active: staffUsers.active,
      staffId: staffUsers.id,
      propertyId: apiTokens.propertyId,
      name: staffUsers.name,
      email: staffUsers.email,
      role: staffMemberships.role,
      departmentIds: sql<string[]>`array(
        select ${staffDepartments.departmentId}::text from ${staffDepartments}
        join ${departments} on ${departments.id} = ${staffDepartments.departmentId}
        where ${staffDepartments.staffId} = ${staffUsers.id} and ${departments.propertyId} = ${apiTokens.propertyId}
        order by 1)`,
    })
    .from(apiTokens)
    .innerJoin(staffUsers, eq(staffUsers.id, apiTokens.staffId))
    // A token only ever acts within its own property, in the role its staff member has there now.
    .innerJoin(staffMemberships, and(eq(staffMemberships.staffId, apiTokens.staffId), eq(staffMemberships.propertyId, apiTokens.propertyId)))
    .where(eq(apiTokens.tokenHash, hashApiToken(token)))
    .limit(1);
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked", tokenId: row.tokenId, propertyId: row.tokenPropertyId };
  if (!row.active) return { ok: false, reason: "inactive", tokenId: row.tokenId, propertyId: row.tokenPropertyId };
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    // Conditional, so concurrent requests write it once a minute at most.
    await db()
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
  }
  return {
    ok: true,
    tokenId: row.tokenId,
    staff: {
      staffId: row.staffId,
      propertyId: row.propertyId,
      name: row.name,
      email: row.email,
      role: row.role,
      departmentIds: row.departmentIds,
    },
  };
}
