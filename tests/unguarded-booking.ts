// TEST-ONLY: a booking path with the database guard switched off, for the negative control of
// docs/reliability.md §3. It does what a naive implementation would: read the seat counter, think for a
// moment, and write back "what I read + what I take" with no condition, in its own transaction.
// Never import this from app code: it exists to prove the race harness can see a lost update.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, serviceSessions } from "@/db/schema";
import { uniqueId } from "./factories";

export type UnguardedContext = {
  propertyId: string;
  serviceId: string;
  departmentId: string;
  sessionId: string;
  currency: string;
};

/** "ok" when this request believes it got the seats (and wrote a confirmed booking), "full" otherwise. */
export async function unguardedBook(
  conn: Db,
  ctx: UnguardedContext,
  stayId: string,
  quantity: number,
  thinkMs = 15,
): Promise<"ok" | "full"> {
  return conn.transaction(async (tx) => {
    const [session] = await tx
      .select({ booked: serviceSessions.booked, capacity: serviceSessions.capacity })
      .from(serviceSessions)
      .where(eq(serviceSessions.id, ctx.sessionId));
    // The window in which every other request reads the same, stale counter.
    await new Promise((resolve) => setTimeout(resolve, thinkMs));
    if (session.booked + quantity > session.capacity) return "full";
    // No `WHERE booked + q <= capacity`, no row lock: a plain lost update. Every winner writes the
    // same value, so the check constraint booked <= capacity never even notices.
    await tx
      .update(serviceSessions)
      .set({ booked: session.booked + quantity })
      .where(eq(serviceSessions.id, ctx.sessionId));
    await tx.insert(bookings).values({
      propertyId: ctx.propertyId,
      stayId,
      serviceId: ctx.serviceId,
      departmentId: ctx.departmentId,
      sessionId: ctx.sessionId,
      status: "confirmed",
      quantity,
      currency: ctx.currency,
      priceLines: [],
      responseTargetMinutes: 15,
      totalMinor: 0,
      taxMinor: 0,
      idempotencyKey: uniqueId("unguarded"),
      requestHash: "unguarded",
    });
    return "ok";
  });
}
