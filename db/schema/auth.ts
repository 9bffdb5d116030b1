// Sign-in sessions (so sign-out revokes a cookie), throttling of guessing, and the audit log.
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { actorKind } from "./enums";
import { properties } from "./property";
import { staffUsers } from "./staff";

/**
 * Each signed-in browser has a row; the JWT carries its id. Sign-out sets
 * `revoked_at`, so the old cookie stops working even before it expires.
 */
export const authSessions = pgTable("auth_sessions", {
  id: uuid("id").primaryKey().defaultRandom(),
  subjectKind: actorKind("subject_kind").notNull(),
  subjectId: uuid("subject_id").notNull(),
  // Staff: the property being worked in (switchable); null = the staff member's home property.
  propertyId: uuid("property_id").references(() => properties.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Failed sign-in attempts, keyed by what is being guessed (a code, an email) or by client. */
export const authFailures = pgTable(
  "auth_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_failures_key_at_idx").on(t.key, t.at)],
);

/** Security-relevant events: sign-ins, denials, catalogue and credit changes. UTC instants. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    propertyId: uuid("property_id"),
    actorKind: actorKind("actor_kind").notNull(),
    actorId: uuid("actor_id"),
    role: text("role"),
    action: text("action").notNull(),
    target: text("target"),
    outcome: text("outcome").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_property_at_idx").on(t.propertyId, t.at)],
);

/** Bearer tokens for integrations, acting as the staff member who made them. Only a hash is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_staff_idx").on(t.staffId)],
);
