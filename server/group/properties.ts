// The group administrator's work across the hotels of one installation: the properties side by side, a new property
// (optionally starting from a copy of another's catalogue), and who works where.
import "server-only";
import crypto from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { MembershipInput, NewPropertyInput } from "@/lib/property-input";
import { db, type Tx } from "@/db/client";
import {
  departments,
  packageItems,
  packages,
  priceRules,
  properties,
  serviceSchedules,
  services,
  staffMemberships,
  staffUsers,
} from "@/db/schema";
import { auditChange, fieldError, type AdminActor } from "@/server/auth/manager-guard";
import { UNIQUE_VIOLATION, sqlState } from "@/server/db-errors";
import { notifyCatalogueChange } from "@/server/live";

export type GroupActor = AdminActor & { groupAdmin: boolean };

/** Only a group administrator; anyone else is refused and the refusal audited. */
async function requireGroupAdmin(actor: GroupActor, action: string): Promise<void> {
  if (actor.groupAdmin) return;
  await auditChange(db(), actor, { action, outcome: "denied" });
  throw new AppError("auth:forbidden", "Only a group administrator may do this.");
}

export type PropertyFigures = {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  currency: string;
  locales: string[];
  staysInHouse: number;
  openRequests: number;
  bookings: number;
  grossMinor: number;
  medianResponseMinutes: number | null;
  averageRating: number | null;
};

/**
 * Every property with the same figures side by side, over the last `days` days (requests made in that window; stays
 * in house today in each hotel's own time zone). Money stays in each property's own currency: nothing is converted.
 * One grouped query per figure family, however many properties there are.
 */
export async function compareProperties(actor: GroupActor, days = 30, now: Date = new Date()): Promise<PropertyFigures[]> {
  await requireGroupAdmin(actor, "group.report.read");
  // ISO strings, not Dates: raw SQL parameters (postgres.js binds no Date there).
  const nowIso = now.toISOString();
  const sinceIso = new Date(now.getTime() - days * 86_400_000).toISOString();
  // Column references qualified by hand: inside these correlated subqueries an unqualified "id" would be the inner row's.
  const P = { id: sql`${sql.identifier("properties")}.${sql.identifier("id")}`, timeZone: sql`${sql.identifier("properties")}.${sql.identifier("time_zone")}` };
  const rows = await db()
    .select({
      id: properties.id,
      name: properties.name,
      slug: properties.slug,
      timeZone: properties.timeZone,
      currency: properties.currency,
      locales: properties.locales,
      staysInHouse: sql<number>`(select count(*)::int from stays s where s.property_id = ${P.id}
        and s.check_in <= (${nowIso}::timestamptz at time zone ${P.timeZone})::date
        and s.check_out > (${nowIso}::timestamptz at time zone ${P.timeZone})::date)`.mapWith(Number),
      openRequests: sql<number>`(select count(*)::int from bookings b where b.property_id = ${P.id}
        and b.status in ('requested', 'confirmed', 'in_progress'))`.mapWith(Number),
      bookings: sql<number>`(select count(*)::int from bookings b where b.property_id = ${P.id}
        and b.created_at >= ${sinceIso}::timestamptz and b.status in ('confirmed', 'in_progress', 'fulfilled'))`.mapWith(Number),
      grossMinor: sql<number>`(select coalesce(sum(b.total_minor), 0)::bigint from bookings b where b.property_id = ${P.id}
        and b.created_at >= ${sinceIso}::timestamptz and b.status in ('confirmed', 'in_progress', 'fulfilled'))`.mapWith(Number),
      medianResponseMinutes: sql<number | null>`(select percentile_cont(0.5) within group (order by extract(epoch from (b.responded_at - b.created_at)) / 60)
        from bookings b where b.property_id = ${P.id} and b.created_at >= ${sinceIso}::timestamptz and b.responded_at is not null)`,
      averageRating: sql<number | null>`(select avg(r.score)::float8 from ratings r where r.property_id = ${P.id} and r.created_at >= ${sinceIso}::timestamptz)`,
    })
    .from(properties)
    .orderBy(asc(properties.name));
  return rows.map((r) => ({
    ...r,
    medianResponseMinutes: r.medianResponseMinutes == null ? null : Math.round(Number(r.medianResponseMinutes)),
    averageRating: r.averageRating == null ? null : Math.round(Number(r.averageRating) * 10) / 10,
  }));
}

/**
 * Creates a property of the group. With `copyFrom`, it starts from a copy of that property's catalogue: departments,
 * services with their weekly schedules, packages and price rules. Prices are amounts in the source's currency: into a
 * property with another currency the services and packages arrive switched off, for its manager to price first.
 */
export async function createProperty(actor: GroupActor, input: NewPropertyInput): Promise<{ id: string; copied: number }> {
  const action = "group.property.create";
  await requireGroupAdmin(actor, action);
  try {
    return await db().transaction(async (tx) => {
      const [created] = await tx
        .insert(properties)
        .values({
          name: input.name,
          slug: input.slug,
          timeZone: input.timeZone,
          currency: input.currency,
          locales: input.locales,
          defaultLocale: input.defaultLocale,
        })
        .returning({ id: properties.id });
      let copied = 0;
      if (input.copyFrom) {
        const [source] = await tx.select({ currency: properties.currency }).from(properties).where(eq(properties.id, input.copyFrom)).limit(1);
        if (!source) throw fieldError("copyFrom", "validation.invalid");
        copied = await copyCatalogue(tx, input.copyFrom, created.id, source.currency === input.currency);
      }
      await auditChange(tx, { ...actor, propertyId: created.id }, { action, target: created.id, detail: { ...input, copied } });
      await notifyCatalogueChange(tx, created.id);
      return { id: created.id, copied };
    });
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) throw fieldError("slug", "staff.group.errors.slugTaken");
    throw err;
  }
}

/** Copies a catalogue between properties inside the creating transaction; returns how many services it copied. */
async function copyCatalogue(tx: Tx, fromId: string, toId: string, samePrices: boolean): Promise<number> {
  const depts = await tx.select().from(departments).where(eq(departments.propertyId, fromId));
  const deptId = new Map(depts.map((d) => [d.id, crypto.randomUUID()]));
  if (depts.length) {
    await tx.insert(departments).values(
      depts.map((d) => ({
        id: deptId.get(d.id)!,
        propertyId: toId,
        slug: d.slug,
        name: d.name,
        nameTranslations: d.nameTranslations,
        responseTargetMinutes: d.responseTargetMinutes,
      })),
    );
  }
  const svcs = await tx.select().from(services).where(eq(services.propertyId, fromId));
  const svcId = new Map(svcs.map((s) => [s.id, crypto.randomUUID()]));
  if (svcs.length) {
    await tx.insert(services).values(
      svcs.map(({ id, propertyId: _p, departmentId, active, ...rest }) => ({
        ...rest,
        id: svcId.get(id)!,
        propertyId: toId,
        departmentId: deptId.get(departmentId)!,
        active: active && samePrices,
      })),
    );
    const schedules = await tx.select().from(serviceSchedules).where(inArray(serviceSchedules.serviceId, [...svcId.keys()]));
    if (schedules.length) {
      await tx
        .insert(serviceSchedules)
        .values(schedules.map(({ id: _id, serviceId, ...rest }) => ({ ...rest, serviceId: svcId.get(serviceId)! })));
    }
  }
  const pkgs = await tx.select().from(packages).where(eq(packages.propertyId, fromId));
  const pkgId = new Map(pkgs.map((p) => [p.id, crypto.randomUUID()]));
  if (pkgs.length) {
    await tx
      .insert(packages)
      .values(pkgs.map(({ id, propertyId: _p, active, ...rest }) => ({ ...rest, id: pkgId.get(id)!, propertyId: toId, active: active && samePrices })));
    const items = await tx.select().from(packageItems).where(inArray(packageItems.packageId, [...pkgId.keys()]));
    if (items.length) {
      await tx
        .insert(packageItems)
        .values(items.map((i) => ({ packageId: pkgId.get(i.packageId)!, serviceId: svcId.get(i.serviceId)!, sortOrder: i.sortOrder })));
    }
  }
  const rules = await tx.select().from(priceRules).where(eq(priceRules.propertyId, fromId));
  if (rules.length) {
    await tx
      .insert(priceRules)
      .values(rules.map(({ id: _id, propertyId: _p, packageId, ...rest }) => ({ ...rest, propertyId: toId, packageId: packageId ? pkgId.get(packageId)! : null })));
  }
  return svcs.length;
}

/**
 * Gives an existing account a role at a property (or changes it there). Accounts are created by a property's manager;
 * the group administrator decides who also works elsewhere.
 */
export async function setMembership(actor: GroupActor, input: MembershipInput): Promise<{ staffId: string }> {
  const action = "group.membership.set";
  await requireGroupAdmin(actor, action);
  return db().transaction(async (tx) => {
    const [account] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, input.email)).limit(1);
    if (!account) throw fieldError("email", "staff.group.errors.noAccount");
    const [property] = await tx.select({ id: properties.id }).from(properties).where(eq(properties.id, input.propertyId)).limit(1);
    if (!property) throw fieldError("propertyId", "validation.invalid");
    await tx
      .insert(staffMemberships)
      .values({ staffId: account.id, propertyId: property.id, role: input.role })
      .onConflictDoUpdate({ target: [staffMemberships.staffId, staffMemberships.propertyId], set: { role: input.role } });
    await auditChange(tx, { ...actor, propertyId: property.id }, { action, target: account.id, detail: { role: input.role } });
    return { staffId: account.id };
  });
}

/** Who works at which property: for the group administrator's page. */
export async function listMemberships(actor: GroupActor) {
  await requireGroupAdmin(actor, "group.membership.read");
  return db()
    .select({ staffId: staffUsers.id, name: staffUsers.name, email: staffUsers.email, propertyId: staffMemberships.propertyId, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(staffUsers, and(eq(staffUsers.id, staffMemberships.staffId), eq(staffUsers.active, true)))
    .orderBy(asc(staffUsers.name));
}
