// Integration tests of the per-process catalogue cache (issue 13.2): a manager's change reaches a reader whose cache was
// warm — through the LISTEN, on PostgreSQL from another database client too — a rolled-back change neither empties the
// cache nor shows, and a LISTEN that comes back after a drop empties everything (notifications may have been missed).
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openConnection, type Connection } from "@/db/client";
import { services } from "@/db/schema";
import { env } from "@/lib/env";
import { createDepartment, createProperty, createTimedService } from "@/tests/factories";
import { createActor, serviceValuesOf } from "@/tests/factories-admin";
import { useTestDatabase } from "@/tests/migrate";
import { CATALOGUE_CHANNEL, notifyCatalogueChange, subscribeCatalogueChanges } from "@/server/live";
import { catalogueCacheReady, isCached } from "./catalogue-cache";
import { getServiceBySlug } from "./guest-catalogue";
import { updateService } from "./manage-services";
import { createPriceRule } from "./manage-price-rules";
import { loadPriceRules } from "./price-rules";
import { getPropertySettings } from "@/server/property/settings";

useTestDatabase();

/** Resolves when this process hears a catalogue change of `propertyId` ("*": the LISTEN came back). */
function heard(propertyId: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = subscribeCatalogueChanges((change) => {
      if (change.propertyId !== propertyId) return;
      stop();
      resolve();
    });
  });
}

async function hotel() {
  await catalogueCacheReady();
  const property = await createProperty();
  const department = await createDepartment(property);
  const service = await createTimedService(department, { priceMinor: 3500 });
  const key = `service:${property.id}:${service.slug}`;
  // Warm: read once, kept.
  expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(3500);
  expect(isCached(key)).toBe(true);
  return { property, service, key, manager: await createActor(property, "manager") };
}

describe("the catalogue cache", () => {
  it("keeps a service once read, and a manager's change reaches it at once in this process", async () => {
    const { property, service, key, manager } = await hotel();
    await updateService(manager, service.id, { ...serviceValuesOf(service), priceMinor: 4200 });
    expect(isCached(key)).toBe(false);
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(4200);
  });

  it("hears a manager's change through the LISTEN (the notification sent in the change's transaction)", async () => {
    const { property, service, manager } = await hotel();
    const notified = heard(property.id);
    await updateService(manager, service.id, { ...serviceValuesOf(service), priceMinor: 4300 });
    await notified;
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(4300);
  });

  it("keeps nothing for an unknown slug", async () => {
    const { property } = await hotel();
    expect(await getServiceBySlug(property.id, "no-such-service")).toBeNull();
    expect(isCached(`service:${property.id}:no-such-service`)).toBe(false);
  });

  it("drops the property's price rules when the manager adds one", async () => {
    const { property, manager } = await hotel();
    expect((await loadPriceRules(property.id)).ageBands).toEqual([]);
    expect(isCached(`price-rules:${property.id}`)).toBe(true);
    await createPriceRule(manager, { kind: "age_band", label: { en: "Under 3 free" }, minAge: 0, maxAge: 3, minChildren: null, packageId: null, discountBp: 10_000, active: true });
    expect((await loadPriceRules(property.id)).ageBands).toEqual([{ minAge: 0, maxAge: 3, discountBp: 10_000 }]);
  });

  it("keeps the property's settings, and another property's change leaves them", async () => {
    const { property } = await hotel();
    const other = await createProperty();
    expect((await getPropertySettings(property.id)).currency).toBe("EUR");
    expect(isCached(`property:${property.id}`)).toBe(true);
    const manager = await createActor(other, "manager");
    const { setRetentionDays } = await import("@/server/property/retention-setting");
    await setRetentionDays(manager, 400);
    expect(isCached(`property:${property.id}`)).toBe(true);
  });

  it("a rolled-back change neither empties the cache nor shows", async () => {
    const { property, service, key } = await hotel();
    const { db } = await import("@/db/client");
    await expect(
      db().transaction(async (tx) => {
        await tx.update(services).set({ priceMinor: 9900 }).where(eq(services.id, service.id));
        await notifyCatalogueChange(tx, property.id);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // A later change of another property is heard; the rolled-back one, sent before it, would have been heard first.
    const other = await createProperty();
    const otherHeard = heard(other.id);
    await db().transaction((tx) => notifyCatalogueChange(tx, other.id));
    await otherHeard;
    expect(isCached(key)).toBe(true);
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(3500);
  });
});

// Only a server database has other instances: on the embedded one this block is not registered at all.
if (env().DATABASE_URL) describe("the catalogue cache across app instances (PostgreSQL)", () => {
  async function withOtherClient<T>(fn: (other: Connection) => Promise<T>): Promise<T> {
    const other = openConnection({ poolMax: 1 });
    try {
      return await fn(other);
    } finally {
      await other.close();
    }
  }

  it("a change committed by another database client reaches a warm cache through the LISTEN", async () => {
    const { property, service, key } = await hotel();
    const notified = heard(property.id);
    await withOtherClient((other) =>
      other.db.transaction(async (tx) => {
        await tx.update(services).set({ priceMinor: 5100 }).where(eq(services.id, service.id));
        await tx.execute(sql`select pg_notify(${CATALOGUE_CHANNEL}, ${property.id})`);
      }),
    );
    await notified;
    expect(isCached(key)).toBe(false);
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(5100);
  });

  it("a change another client rolled back is not heard, and the committed value stays", async () => {
    const { property, service, key } = await hotel();
    await withOtherClient(async (other) => {
      await expect(
        other.db.transaction(async (tx) => {
          await tx.update(services).set({ priceMinor: 9900 }).where(eq(services.id, service.id));
          await tx.execute(sql`select pg_notify(${CATALOGUE_CHANNEL}, ${property.id})`);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // Notifications arrive in commit order: once a later one is heard, the rolled-back one would have been.
      const marker = await createProperty();
      const markerHeard = heard(marker.id);
      await other.db.execute(sql`select pg_notify(${CATALOGUE_CHANNEL}, ${marker.id})`);
      await markerHeard;
    });
    expect(isCached(key)).toBe(true);
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(3500);
  });

  it("empties everything when the LISTEN connection comes back after a drop (a change may have been missed)", async () => {
    const { property, service, key } = await hotel();
    await withOtherClient(async (other) => {
      // A change whose notification this process never hears: made while its LISTEN is being dropped.
      await other.db.update(services).set({ priceMinor: 6100 }).where(eq(services.id, service.id));
      const resynced = heard("*");
      await other.db.execute(
        // This process's LISTEN connection (db/client.ts names each connection after its process).
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and application_name like ${`guest-services:%:${process.pid}`} and query ilike 'listen%'`,
      );
      await resynced;
    });
    expect(isCached(key)).toBe(false);
    expect((await getServiceBySlug(property.id, service.slug))?.priceMinor).toBe(6100);
  });
});
