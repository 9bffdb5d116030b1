// /api/metrics' content: bookings counted by outcome where they are made, the outbox backlog and the connections read
// from the database at each scrape, and route labels that cannot grow without bound.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { bookService } from "@/server/booking/book-service";
import { metrics, routeLabel } from "@/server/metrics";
import { enqueueEmail } from "@/server/notifications/outbox";
import { createDepartment, createProperty, createSession, createStay, createTimedService, guestOf, uniqueId } from "./factories";
import { useTestDatabase } from "./migrate";

useTestDatabase();

const NOW = new Date("2026-06-15T08:00:00Z");

async function sample(name: string, labels: string): Promise<number | undefined> {
  const text = await metrics().registry.metrics();
  const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.split(" ").at(-1));
}

describe("metrics", () => {
  it("labels routes with ids folded, static files and misses each as one", () => {
    expect(routeLabel("/api/v1/bookings/0b0d6a4e-4e8a-4b6e-9a39-2f6c1c0f7a11/cancel", 200)).toBe("/api/v1/bookings/[id]/cancel");
    expect(routeLabel("/staff/requests/0B0D6A4E-4E8A-4B6E-9A39-2F6C1C0F7A11", 200)).toBe("/staff/requests/[id]");
    expect(routeLabel("/_next/static/chunks/abc123.js", 200)).toBe("/_next/static/*");
    expect(routeLabel("/wp-admin/setup.php", 404)).toBe("(not found)");
    expect(routeLabel("/services/kayak", 200)).toBe("/services/kayak");
  });

  it("counts bookings by outcome: booked, replayed, and the error code of a refusal", async () => {
    const property = await createProperty();
    const service = await createTimedService(await createDepartment(property));
    const stay = await createStay(property, { now: NOW });
    const session = await createSession(service, { startsAt: new Date(NOW.getTime() + 4 * 3_600_000), capacity: 1 });
    const input = { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") };
    await bookService(guestOf(stay), input, NOW);
    await bookService(guestOf(stay), input, NOW);
    const other = await createStay(property, { now: NOW });
    await expect(bookService(guestOf(other), { ...input, idempotencyKey: uniqueId("key") }, NOW)).rejects.toMatchObject({ code: "booking:full" });

    expect(await sample("gs_bookings_total", 'kind="service",outcome="booked"')).toBe(1);
    expect(await sample("gs_bookings_total", 'kind="service",outcome="replayed"')).toBe(1);
    expect(await sample("gs_bookings_total", 'kind="service",outcome="booking:full"')).toBe(1);
  });

  it("reads the email outbox's backlog from the database at each scrape", async () => {
    const before = await sample("gs_outbox_backlog", 'outbox="email"');
    expect(before).toBeTypeOf("number");
    const property = await createProperty();
    await enqueueEmail(db(), { propertyId: property.id, to: "guest@example.test", template: "reminder", payload: { serviceName: "X" }, dedupeKey: uniqueId("m") });
    expect(await sample("gs_outbox_backlog", 'outbox="email"')).toBe(before! + 1);
    expect(await sample("gs_outbox_backlog", 'outbox="webhook"')).toBeTypeOf("number");
  });

  it("reports the database connections in use and open", async () => {
    if (!process.env.DATABASE_URL) {
      // The embedded database: one, always open.
      expect(await sample("gs_db_connections", 'state="idle"')).toBe(1);
      return;
    }
    await sample("gs_db_connections", 'state="idle"');
    const running = Promise.all([1, 2, 3].map(() => db().execute(sql`select pg_sleep(1)`)));
    await new Promise((r) => setTimeout(r, 400));
    expect(await sample("gs_db_connections", 'state="active"')).toBe(3);
    await running;
    expect(await sample("gs_db_connections", 'state="active"')).toBe(0);
    expect(await sample("gs_db_connections", 'state="idle"')).toBeGreaterThanOrEqual(1);
  });
});
