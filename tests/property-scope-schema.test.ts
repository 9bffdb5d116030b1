// Issue 12 §2: every table of the installation belongs to one property — it has a property_id, or it hangs off a table
// that has one (a foreign key to it, so a query reaches the property through that row) — or it is listed here as
// installation-wide with the reason. A new table that forgets its property fails here before any query can.
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

/** Tables shared by the whole installation, on purpose. */
const INSTALLATION_WIDE: Record<string, string> = {
  properties: "the properties themselves",
  staff_users: "an account may work at several properties (staff_memberships); its home is property_id",
  auth_failures: "the sign-in throttle counts guesses per code, email or address, before anyone is known",
};

const tables = Object.values(schema).filter(
  (v): v is PgTable => !!v && typeof v === "object" && Symbol.for("drizzle:IsDrizzleTable") in (v as object),
);

function config(t: PgTable) {
  return getTableConfig(t);
}

describe("every table belongs to a property", () => {
  const scoped = new Set(tables.filter((t) => config(t).columns.some((c) => c.name === "property_id")).map((t) => config(t).name));

  it("finds the schema's tables", () => {
    expect(tables.length).toBeGreaterThan(20);
  });

  it("has a property_id, or a not-null foreign key to a table that has one, or is installation-wide with a reason", () => {
    const orphans: string[] = [];
    for (const t of tables) {
      const c = config(t);
      if (scoped.has(c.name) || c.name in INSTALLATION_WIDE) continue;
      const parents = c.foreignKeys
        .filter((fk) => fk.reference().columns.every((col) => col.notNull))
        .map((fk) => getTableConfig(fk.reference().foreignTable).name);
      if (!parents.some((p) => scoped.has(p))) orphans.push(`${c.name} (references: ${parents.join(", ") || "nothing"})`);
    }
    expect(orphans, "give these a property_id (or list them as installation-wide, with the reason)").toEqual([]);
  });

  it("lists no installation-wide table that is gone or has a property_id after all", () => {
    const names = new Set(tables.map((t) => config(t).name));
    for (const name of Object.keys(INSTALLATION_WIDE)) {
      expect(names.has(name), name).toBe(true);
      if (name !== "staff_users") expect(scoped.has(name), `${name} has a property_id: take it off the list`).toBe(false);
    }
  });
});
