// Integration tests of live updates: NOTIFY after a change reaches an in-process subscriber through the one LISTEN.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openConnection } from "@/db/client";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/log";
import type { Logger } from "pino";
import { recordChanges } from "@/tests/factories-ops";
import { useTestDatabase } from "@/tests/migrate";
import { BOOKING_CHANNEL, isVisibleTo, publishBookingChange, subscribeBookingChanges, type BookingChange } from "./live";

useTestDatabase();

function change(overrides: Partial<BookingChange> = {}): BookingChange {
  return {
    propertyId: crypto.randomUUID(),
    departmentId: crypto.randomUUID(),
    bookingId: crypto.randomUUID(),
    kind: "created",
    ...overrides,
  };
}

describe("publish and subscribe", () => {
  it("delivers a published change to every subscriber, exactly as sent", async () => {
    const first = await recordChanges();
    const second = await recordChanges();
    try {
      const sent = change();
      await publishBookingChange(sent);
      expect(await first.waitFor((c) => c.bookingId === sent.bookingId)).toEqual(sent);
      expect(await second.waitFor((c) => c.bookingId === sent.bookingId)).toEqual(sent);
    } finally {
      first.stop();
      second.stop();
    }
  });

  it("stops delivering after unsubscribe, and a later subscriber listens again", async () => {
    const early = await recordChanges();
    early.stop();
    // The LISTEN was released with the last subscriber: a new one must start it again.
    const late = await recordChanges();
    try {
      const sent = change({ kind: "confirm" });
      await publishBookingChange(sent);
      await late.waitFor((c) => c.bookingId === sent.bookingId);
      expect(early.changes.filter((c) => c.bookingId === sent.bookingId)).toEqual([]);
    } finally {
      late.stop();
    }
  });

  it("keeps one subscriber's failure from reaching the others, and unsubscribe is idempotent", async () => {
    // The process logger, swapped for one that writes its JSON lines here.
    const lines: { area?: string; msg?: string; err?: { message?: string } }[] = [];
    const holder = globalThis as unknown as { __guestServicesLog?: Logger };
    const previous = holder.__guestServicesLog;
    holder.__guestServicesLog = createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) });
    const unsubscribeThrowing = subscribeBookingChanges(() => {
      throw new Error("a broken listener");
    });
    const recorder = await recordChanges();
    try {
      const sent = change();
      await publishBookingChange(sent);
      await recorder.waitFor((c) => c.bookingId === sent.bookingId);
      expect(lines).toContainEqual(expect.objectContaining({ area: "live", msg: "a listener failed", err: expect.objectContaining({ message: "a broken listener" }) }));
    } finally {
      unsubscribeThrowing();
      unsubscribeThrowing();
      recorder.stop();
      holder.__guestServicesLog = previous;
    }
  });
});

// Only a server database has other instances: on the embedded one this block is not registered at all.
if (env().DATABASE_URL) describe("across app instances (PostgreSQL)", () => {
  it("hears a change another instance published on its own connection", async () => {
    const recorder = await recordChanges();
    const other = openConnection({ poolMax: 1 });
    try {
      const sent = change({ kind: "created" });
      await other.db.execute(sql`select pg_notify(${BOOKING_CHANNEL}, ${JSON.stringify(sent)})`);
      expect(await recorder.waitFor((c) => c.bookingId === sent.bookingId)).toEqual(sent);
    } finally {
      recorder.stop();
      await other.close();
    }
  });

  it("does not hear a change whose transaction was rolled back", async () => {
    const recorder = await recordChanges();
    try {
      const lost = change();
      const kept = change();
      await expect(
        openConnectionTransaction(async (exec) => {
          await exec(sql`select pg_notify(${BOOKING_CHANNEL}, ${JSON.stringify(lost)})`);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      await publishBookingChange(kept);
      await recorder.waitFor((c) => c.bookingId === kept.bookingId);
      expect(recorder.changes.some((c) => c.bookingId === lost.bookingId)).toBe(false);
    } finally {
      recorder.stop();
    }
  });
});

async function openConnectionTransaction(fn: (exec: (q: ReturnType<typeof sql>) => Promise<unknown>) => Promise<void>) {
  const other = openConnection({ poolMax: 1 });
  try {
    await other.db.transaction(async (tx) => fn((q) => tx.execute(q)));
  } finally {
    await other.close();
  }
}

describe("isVisibleTo", () => {
  const propertyId = crypto.randomUUID();
  const spa = crypto.randomUUID();
  const kitchen = crypto.randomUUID();
  const c = change({ propertyId, departmentId: spa });

  it("shows reception and the manager every change of their property only", () => {
    expect(isVisibleTo({ propertyId, role: "reception", departmentIds: [] }, c)).toBe(true);
    expect(isVisibleTo({ propertyId, role: "manager", departmentIds: [] }, c)).toBe(true);
    expect(isVisibleTo({ propertyId: crypto.randomUUID(), role: "manager", departmentIds: [] }, c)).toBe(false);
  });

  it("shows department staff only their departments' changes", () => {
    expect(isVisibleTo({ propertyId, role: "department", departmentIds: [spa] }, c)).toBe(true);
    expect(isVisibleTo({ propertyId, role: "department", departmentIds: [kitchen] }, c)).toBe(false);
    expect(isVisibleTo({ propertyId, role: "department", departmentIds: [] }, c)).toBe(false);
    // Another property's department id smuggled into the list does not help.
    expect(isVisibleTo({ propertyId: crypto.randomUUID(), role: "department", departmentIds: [spa] }, c)).toBe(false);
  });
});
