// Live updates: NOTIFY on every committed change, one LISTEN per process fanned out to in-process listeners. Two
// channels share it: bookings (the staff queues) and the catalogue (the per-process catalogue cache).
import "server-only";
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { afterCommit, connection, type Connection, type Tx } from "@/db/client";
import { logger } from "@/lib/log";

export const BOOKING_CHANNEL = "gs_booking_changes";
/** A manager changed what the catalogue cache holds for a property (payload: the property's id). */
export const CATALOGUE_CHANNEL = "gs_catalogue_changes";

/** A property whose catalogue, price rules, schedule or settings changed; "*" when every property may have (resync). */
export type CatalogueChange = { propertyId: string };
export type CatalogueChangeListener = (change: CatalogueChange) => void;

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

/** Hands a change to every listener of the event; one that throws must not keep it from the others. */
function fanOut(h: Hub, change: BookingChange, event: "change" | "catalogue" = "change"): void {
  for (const listener of h.emitter.listeners(event) as ((change: BookingChange) => void)[]) {
    try {
      listener(change);
    } catch (err) {
      logger("live").error({ err }, "a listener failed");
    }
  }
}

const RESYNC: BookingChange = { propertyId: "*", departmentId: "*", bookingId: "*", kind: "resync" };

/** What each channel's payload becomes, and what its listeners hear after the LISTEN came back. */
const CHANNELS = [
  {
    name: BOOKING_CHANNEL,
    deliver: (h: Hub, payload: string) => {
      const change = parseChange(payload);
      if (change) fanOut(h, change);
    },
    resync: (h: Hub) => fanOut(h, RESYNC),
  },
  {
    name: CATALOGUE_CHANNEL,
    deliver: (h: Hub, payload: string) => {
      if (payload) fanOut(h, { ...RESYNC, propertyId: payload, kind: "catalogue" }, "catalogue");
    },
    resync: (h: Hub) => fanOut(h, RESYNC, "catalogue"),
  },
] as const;

function listenerCount(h: Hub): number {
  return h.emitter.listenerCount("change") + h.emitter.listenerCount("catalogue");
}

/** Starts the process's one LISTEN (both channels) on the current connection, unless it already runs there. */
function ensureListening(h: Hub): Promise<void> {
  const conn = connection();
  if (h.conn === conn && h.ready) return h.ready;
  h.conn = conn;
  h.stop = undefined;
  const started = (async () => {
    if (conn.kind === "pglite") {
      const unlisten = await Promise.all(CHANNELS.map((c) => conn.pglite!.listen(c.name, (payload) => c.deliver(h, payload))));
      h.stop = async () => {
        await Promise.all(unlisten.map((u) => u()));
      };
      return;
    }
    const stops: (() => Promise<void>)[] = [];
    h.stop = async () => {
      await Promise.all(stops.map((s) => s()));
    };
    await Promise.all(
      CHANNELS.map((channel) => {
        let listening = false;
        let markListening!: () => void;
        const listeningNow = new Promise<void>((resolve) => (markListening = resolve));
        // postgres.js keeps a dedicated connection for LISTEN and re-listens after it drops — and after a first attempt
        // that failed because the database was down (its connection's close re-runs every registered listener).
        // onlisten runs each time; after a drop notifications may have been missed. So a failed attempt is not repeated
        // here (that would register the listener twice and deliver every change twice): `ready` waits for the driver's retry.
        conn.sql!
          .listen(
            channel.name,
            (payload) => channel.deliver(h, payload),
            () => {
              if (listening) channel.resync(h);
              listening = true;
              markListening();
            },
          )
          .then(
            ({ unlisten }) => {
              if (h.conn === conn) stops.push(() => unlisten());
              else unlisten().catch(() => {});
            },
            (err) => logger("live").warn({ err }, "LISTEN failed; postgres.js retries it when the database is back"),
          );
        return listeningNow;
      }),
    );
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

function subscribe(event: "change" | "catalogue", listener: (change: BookingChange) => void): Unsubscribe {
  const h = hub();
  h.emitter.on(event, listener);
  const ready = ensureListening(h);
  // A subscriber that never awaits `ready` must not crash the process when LISTEN fails.
  ready.catch((err) => logger("live").error({ err }, "LISTEN failed"));
  let active = true;
  const unsubscribe = (() => {
    if (!active) return;
    active = false;
    h.emitter.off(event, listener);
    if (listenerCount(h) === 0 && h.stop) {
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

/** Subscribes to every booking change of every property; the listener filters (see isVisibleTo). */
export function subscribeBookingChanges(listener: BookingChangeListener): Unsubscribe {
  return subscribe("change", listener);
}

/**
 * Subscribes to catalogue changes of every property, on the same LISTEN. `{ propertyId: "*" }` means the LISTEN
 * connection came back after a drop: any property may have changed meanwhile.
 */
export function subscribeCatalogueChanges(listener: CatalogueChangeListener): Unsubscribe {
  return subscribe("catalogue", (change) => listener({ propertyId: change.propertyId }));
}

/**
 * Tells every app instance (this one included) that a property's catalogue, price rules, schedule or settings changed.
 * Call it inside the transaction that makes the change: the notification is sent at commit, and never for a change
 * that was rolled back.
 */
export async function notifyCatalogueChange(tx: Tx, propertyId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${CATALOGUE_CHANNEL}, ${propertyId})`);
  // This process hears it at once after the commit, not only when its own notification comes back through the LISTEN.
  afterCommit(tx, () => CHANNELS[1].deliver(hub(), propertyId));
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

/**
 * The same notice as publishBookingChange, sent inside the change's own transaction: PostgreSQL sends it at commit,
 * never for a change that is rolled back, and it saves the booking path a round trip of its own after the commit.
 */
export async function publishBookingChangeIn(
  tx: Tx,
  change: { propertyId: string; departmentId: string; bookingId: string; kind: string },
): Promise<void> {
  const payload = JSON.stringify({ propertyId: change.propertyId, departmentId: change.departmentId, bookingId: change.bookingId, kind: change.kind });
  await tx.execute(sql`select pg_notify(${BOOKING_CHANNEL}, ${payload})`);
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
