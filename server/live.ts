// Live updates of bookings: NOTIFY on every committed change, one LISTEN per process fanned out to in-process listeners.
import "server-only";
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { connection, type Connection } from "@/db/client";
import { logger } from "@/lib/log";

export const BOOKING_CHANNEL = "gs_booking_changes";

/**
 * What changed, never who or what for: a listener re-reads what it may see.
 * `kind` is "created" for a new booking (the queue announces it), otherwise the action
 * ("confirm", "assign", "reschedule", "hand_over", "note", "cancel", …). "resync" is local only:
 * the LISTEN connection came back and notifications may have been missed meanwhile.
 */
export type BookingChange = { propertyId: string; departmentId: string; bookingId: string; kind: string };

export type BookingChangeListener = (change: BookingChange) => void;

/** The unsubscribe function; `ready` settles once the LISTEN is in place (until then changes may be missed). */
export type Unsubscribe = (() => void) & { ready: Promise<void> };

type Hub = {
  emitter: EventEmitter;
  // The connection the LISTEN runs on: a new one (tests, restarts) needs a new LISTEN.
  conn?: Connection;
  ready?: Promise<void>;
  stop?: () => Promise<void>;
};

const holder = globalThis as unknown as { __guestServicesLive?: Hub };

function hub(): Hub {
  if (!holder.__guestServicesLive) {
    const emitter = new EventEmitter();
    // One listener per open back-office tab: no arbitrary limit.
    emitter.setMaxListeners(0);
    holder.__guestServicesLive = { emitter };
  }
  return holder.__guestServicesLive;
}

function parseChange(payload: string): BookingChange | null {
  try {
    const value = JSON.parse(payload) as Partial<BookingChange>;
    if (typeof value.propertyId !== "string" || typeof value.bookingId !== "string") return null;
    return {
      propertyId: value.propertyId,
      departmentId: typeof value.departmentId === "string" ? value.departmentId : "",
      bookingId: value.bookingId,
      kind: typeof value.kind === "string" ? value.kind : "changed",
    };
  } catch {
    return null;
  }
}

/** Hands a change to every listener; one that throws must not keep it from the others. */
function fanOut(h: Hub, change: BookingChange): void {
  for (const listener of h.emitter.listeners("change") as BookingChangeListener[]) {
    try {
      listener(change);
    } catch (err) {
      logger("live").error({ err }, "a listener failed");
    }
  }
}

function deliver(h: Hub, payload: string): void {
  const change = parseChange(payload);
  if (change) fanOut(h, change);
}

/** Starts the process's one LISTEN on the current connection, unless it already runs there. */
function ensureListening(h: Hub): Promise<void> {
  const conn = connection();
  if (h.conn === conn && h.ready) return h.ready;
  h.conn = conn;
  h.stop = undefined;
  const started = (async () => {
    if (conn.kind === "pglite") {
      const unlisten = await conn.pglite!.listen(BOOKING_CHANNEL, (payload) => deliver(h, payload));
      h.stop = () => unlisten();
      return;
    }
    let listening = false;
    // postgres.js keeps a dedicated connection for LISTEN and re-listens after it drops;
    // onlisten runs each time, and after a drop notifications may have been missed.
    const { unlisten } = await conn.sql!.listen(
      BOOKING_CHANNEL,
      (payload) => deliver(h, payload),
      () => {
        if (listening) fanOut(h, { propertyId: "*", departmentId: "*", bookingId: "*", kind: "resync" });
        listening = true;
      },
    );
    h.stop = () => unlisten();
  })();
  h.ready = started.catch((err) => {
    // Let the next subscriber try again rather than keep a dead LISTEN.
    if (h.conn === conn) {
      h.conn = undefined;
      h.ready = undefined;
    }
    throw err;
  });
  return h.ready;
}

/** Subscribes to every booking change of every property; the listener filters (see isVisibleTo). */
export function subscribeBookingChanges(listener: BookingChangeListener): Unsubscribe {
  const h = hub();
  h.emitter.on("change", listener);
  const ready = ensureListening(h);
  // A subscriber that never awaits `ready` must not crash the process when LISTEN fails.
  ready.catch((err) => logger("live").error({ err }, "LISTEN failed"));
  let active = true;
  const unsubscribe = (() => {
    if (!active) return;
    active = false;
    h.emitter.off("change", listener);
    if (h.emitter.listenerCount("change") === 0 && h.stop) {
      // Nobody left: release the LISTEN; the next subscriber starts a new one.
      const stop = h.stop;
      h.stop = undefined;
      h.conn = undefined;
      h.ready = undefined;
      stop().catch(() => {});
    }
  }) as Unsubscribe;
  unsubscribe.ready = ready;
  return unsubscribe;
}

/**
 * Tells every app instance that a booking changed. Call it after the change is committed:
 * a NOTIFY inside a transaction would only be sent at commit anyway, but one sent for a
 * rolled-back change would make every open queue refresh for nothing. Never throws: the
 * change itself has been saved, and open pages also refresh when they reconnect.
 */
export async function publishBookingChange(change: {
  propertyId: string;
  departmentId: string;
  bookingId: string;
  kind: string;
}): Promise<void> {
  const payload = JSON.stringify({
    propertyId: change.propertyId,
    departmentId: change.departmentId,
    bookingId: change.bookingId,
    kind: change.kind,
  });
  try {
    await connection().db.execute(sql`select pg_notify(${BOOKING_CHANNEL}, ${payload})`);
  } catch (err) {
    logger("live").error({ err }, "NOTIFY failed");
  }
}

/** Whether a staff member may hear of a change: their property, and their departments for department staff. */
export function isVisibleTo(
  staff: { propertyId: string; role: string; departmentIds: string[] },
  change: BookingChange,
): boolean {
  if (change.kind === "resync") return true;
  if (change.propertyId !== staff.propertyId) return false;
  return staff.role !== "department" || staff.departmentIds.includes(change.departmentId);
}
