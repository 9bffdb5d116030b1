// The per-process cache of what a booking's plan reads and a manager rarely changes: a service by its slug, the
// property's price rules, the property's settings (issue 13.2). Kept right across app instances by the LISTEN of
// server/live.ts: every manager change notifies the property's id in its own transaction (notifyCatalogueChange), and
// each process drops that property's entries when it hears it — and everything when the LISTEN comes back after a drop,
// since notifications may have been missed meanwhile. Entries also expire after a minute, a safety net only.
import "server-only";
import { connection, type Connection } from "@/db/client";
import { subscribeCatalogueChanges, type Unsubscribe } from "@/server/live";

/** How long an entry is trusted without a notification: a safety net for a LISTEN that is down and not yet back. */
export const CATALOGUE_TTL_MS = 60_000;
/** More entries than a hotel group's catalogue has: past it (unknown slugs asked for, say) everything is dropped. */
const MAX_ENTRIES = 10_000;

type Entry = { propertyId: string; value: Promise<unknown>; expiresAt: number };

type Cache = {
  // The connection whose LISTEN keeps the entries right: a new one (tests, a restart) starts an empty cache.
  conn: Connection;
  listening: boolean;
  entries: Map<string, Entry>;
  unsubscribe: Unsubscribe;
};

const holder = globalThis as unknown as { __guestServicesCatalogueCache?: Cache };

function dropProperty(cache: Cache, propertyId: string): void {
  if (propertyId === "*") {
    cache.entries.clear();
    return;
  }
  for (const [key, entry] of cache.entries) if (entry.propertyId === propertyId) cache.entries.delete(key);
}

function current(): Cache {
  const conn = connection();
  const existing = holder.__guestServicesCatalogueCache;
  if (existing?.conn === conn) return existing;
  existing?.unsubscribe();
  const cache: Cache = { conn, listening: false, entries: new Map(), unsubscribe: undefined as unknown as Unsubscribe };
  cache.unsubscribe = subscribeCatalogueChanges((change) => dropProperty(cache, change.propertyId));
  // Until the LISTEN is in place a change could go unheard: read through, keep nothing.
  cache.unsubscribe.ready.then(
    () => {
      cache.listening = true;
    },
    () => {},
  );
  holder.__guestServicesCatalogueCache = cache;
  return cache;
}

/**
 * The value under `key` (which belongs to `propertyId`), loaded with `load` when absent or expired. A failed load is
 * not kept; `keep(value)` false (nothing found, say) is not kept either, so unknown keys cannot fill the cache.
 * Values are shared between requests: never change one.
 */
export function cached<T>(key: string, propertyId: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
  const cache = current();
  if (!cache.listening) return load();
  const now = Date.now();
  const hit = cache.entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  const value = load();
  const entry: Entry = { propertyId, value, expiresAt: now + CATALOGUE_TTL_MS };
  cache.entries.set(key, entry);
  const forget = () => {
    if (cache.entries.get(key) === entry) cache.entries.delete(key);
  };
  value.then((v) => {
    if (!keep(v)) forget();
  }, forget);
  return value;
}

/** Whether this process keeps anything under `key` now (tests). */
export function isCached(key: string): boolean {
  const cache = holder.__guestServicesCatalogueCache;
  return cache?.conn === connection() && cache.listening && cache.entries.has(key);
}

/** Resolves once the cache may keep values (its LISTEN is in place). */
export function catalogueCacheReady(): Promise<void> {
  return current().unsubscribe.ready;
}
