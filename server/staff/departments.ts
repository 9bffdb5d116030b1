// Departments for the manager: every department of the property with its open requests and staff counted,
// and creating or changing one (names, guest-facing names, response target). Every change is audited.
// Departments are never deleted here: bookings, services and staff refer to them.
import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { changedFields } from "@/lib/audit-diff";
import { CATALOGUE_LOCALES, type CatalogueLocale } from "@/lib/catalogue-text";
import { db, type Db, type Tx } from "@/db/client";
import { bookings, departments, properties, staffDepartments, staffMemberships, staffUsers } from "@/db/schema";
import { auditChange, fieldError, notFound, requireManager, type AdminActor } from "@/server/auth/manager-guard";
import { UNIQUE_VIOLATION, sqlConstraint, sqlState } from "@/server/db-errors";
import { OPEN_STATUSES } from "@/server/requests/scope";
import { notifyCatalogueChange } from "@/server/live";

/** What the department form edits; the slug is chosen once, at creation. */
export type DepartmentValues = {
  /** What staff see, and guests whose language has no entry in nameTranslations. */
  name: string;
  /** Locale → name, only the filled-in ones. */
  nameTranslations: Record<string, string>;
  responseTargetMinutes: number;
};

/**
 * The languages in which a department gets a guest-facing name of its own: the property's guest languages
 * (those the catalogue is kept in) except its own, which `name` already is.
 */
async function guestLocalesOf(exec: Db | Tx, propertyId: string): Promise<CatalogueLocale[]> {
  const [property] = await exec
    .select({ locales: properties.locales, defaultLocale: properties.defaultLocale })
    .from(properties)
    .where(eq(properties.id, propertyId))
    .limit(1);
  if (!property) throw notFound("Property");
  return CATALOGUE_LOCALES.filter((l) => property.locales.includes(l) && l !== property.defaultLocale);
}

/**
 * Every department of the property in name order, each with its open requests (those still in the queue)
 * and its active staff accounts counted in the same statement, and the languages of its guest names.
 */
export async function listDepartmentsWithCounts(actor: AdminActor) {
  await requireManager(actor, "department.read");
  const open = db()
    .select({ departmentId: bookings.departmentId, n: count().as("open_requests") })
    .from(bookings)
    .where(and(eq(bookings.propertyId, actor.propertyId), inArray(bookings.status, OPEN_STATUSES)))
    .groupBy(bookings.departmentId)
    .as("open");
  const team = db()
    .select({ departmentId: staffDepartments.departmentId, n: count().as("staff") })
    .from(staffDepartments)
    .innerJoin(staffUsers, eq(staffUsers.id, staffDepartments.staffId))
    .innerJoin(staffMemberships, and(eq(staffMemberships.staffId, staffUsers.id), eq(staffMemberships.propertyId, actor.propertyId)))
    .where(eq(staffUsers.active, true))
    .groupBy(staffDepartments.departmentId)
    .as("team");
  const [rows, guestLocales] = await Promise.all([
    db()
      .select({
        id: departments.id,
        slug: departments.slug,
        name: departments.name,
        nameTranslations: departments.nameTranslations,
        responseTargetMinutes: departments.responseTargetMinutes,
        calendarToken: departments.calendarToken,
        openRequests: sql<number>`coalesce(${open.n}, 0)`.mapWith(Number),
        staff: sql<number>`coalesce(${team.n}, 0)`.mapWith(Number),
      })
      .from(departments)
      .leftJoin(open, eq(open.departmentId, departments.id))
      .leftJoin(team, eq(team.departmentId, departments.id))
      .where(eq(departments.propertyId, actor.propertyId))
      .orderBy(asc(departments.name)),
    guestLocalesOf(db(), actor.propertyId),
  ]);
  return { departments: rows, guestLocales };
}

export type DepartmentRow = Awaited<ReturnType<typeof listDepartmentsWithCounts>>["departments"][number];

async function assertNameFree(tx: Tx, propertyId: string, name: string): Promise<void> {
  const [clash] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.propertyId, propertyId), sql`lower(${departments.name}) = lower(${name})`))
    .limit(1);
  if (clash) throw fieldError("name", "staff.departments.errors.nameTaken");
}

/** Guest names only in the property's guest languages (the form shows no others). */
function assertGuestLocales(translations: Record<string, string>, guestLocales: readonly string[]): void {
  const stray = Object.keys(translations).find((l) => !guestLocales.includes(l));
  if (stray) throw fieldError(`name_${stray}`, "validation.unexpected");
}

export async function createDepartment(actor: AdminActor, input: DepartmentValues & { slug: string }): Promise<{ id: string; slug: string }> {
  const action = "department.create";
  await requireManager(actor, action);
  try {
    return await db().transaction(async (tx) => {
      assertGuestLocales(input.nameTranslations, await guestLocalesOf(tx, actor.propertyId));
      // A slug made from a taken name is taken too, and which index fails first is the database's choice:
      // look for the name first, so the form says what the manager typed wrong. The unique indexes still
      // decide between two managers at once.
      await assertNameFree(tx, actor.propertyId, input.name);
      const [created] = await tx
        .insert(departments)
        .values({ ...input, propertyId: actor.propertyId })
        .returning({ id: departments.id, slug: departments.slug });
      await auditChange(tx, actor, { action, target: created.id, detail: { values: input } });
      await notifyCatalogueChange(tx, actor.propertyId);
      return created;
    });
  } catch (err) {
    throw takenAsFieldError(err);
  }
}

/**
 * A taken name (in any case) or slug is refused by its unique index; the violation becomes the field error
 * of the field it is about. Names must differ because staff pick departments by name (hand-over, accounts,
 * filters).
 */
function takenAsFieldError(err: unknown): unknown {
  if (sqlState(err) !== UNIQUE_VIOLATION) return err;
  return sqlConstraint(err) === "departments_property_name_uq"
    ? fieldError("name", "staff.departments.errors.nameTaken")
    : fieldError("slug", "staff.departments.errors.slugTaken");
}

/**
 * Changes a department's names and response target. The queue reads the target with each request, so its
 * timers use the new one at once. Guest names in languages the property no longer offers are kept as they were.
 */
export async function updateDepartment(actor: AdminActor, departmentId: string, values: DepartmentValues): Promise<{ changed: string[] }> {
  const action = "department.update";
  await requireManager(actor, action, departmentId);
  try {
    return await db().transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(departments)
        .where(and(eq(departments.id, departmentId), eq(departments.propertyId, actor.propertyId)))
        .for("update")
        .limit(1);
      if (!before) throw notFound("Department");
      const guestLocales = await guestLocalesOf(tx, actor.propertyId);
      assertGuestLocales(values.nameTranslations, guestLocales);
      const kept = Object.fromEntries(Object.entries(before.nameTranslations).filter(([l]) => !guestLocales.includes(l as CatalogueLocale)));
      const after = { ...values, nameTranslations: { ...kept, ...values.nameTranslations } };
      const changes = changedFields(before as unknown as Record<string, unknown>, after);
      if (Object.keys(changes).length === 0) return { changed: [] };
      await tx.update(departments).set(after).where(and(eq(departments.id, departmentId), eq(departments.propertyId, actor.propertyId)));
      await auditChange(tx, actor, { action, target: departmentId, detail: { changes } });
      await notifyCatalogueChange(tx, actor.propertyId);
      return { changed: Object.keys(changes) };
    });
  } catch (err) {
    throw takenAsFieldError(err);
  }
}
