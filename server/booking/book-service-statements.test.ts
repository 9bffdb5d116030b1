// The statements one booking sends to the database (issue 13.2): pinned, so that the hot path cannot grow unnoticed.
// Counted through db/client.ts's onQuery, which sees every statement drizzle sends on either driver, a transaction's
// `begin` and `commit` included. A timed assertion would prove nothing on a shared machine; a count does.
import { describe, expect, it } from "vitest";
import { statementsOf } from "@/tests/statements";
import { createDepartment, createOnRequestService, createProperty, createSession, createStay, createTimedService, guestOf, uniqueId } from "@/tests/factories";
import { useTestDatabase } from "@/tests/migrate";
import { catalogueCacheReady } from "@/server/catalogue/catalogue-cache";
import { bookService } from "./book-service";

useTestDatabase();

// Monday 15 June 2026, 10:00 in Berlin.
const NOW = new Date("2026-06-15T08:00:00Z");
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

async function hotel() {
  // The catalogue cache keeps nothing until its LISTEN is in place (as in a process that has served a request).
  await catalogueCacheReady();
  const property = await createProperty();
  const department = await createDepartment(property);
  const stay = await createStay(property, { now: NOW, email: "guest@example.test" });
  return { property, department, stay, guest: guestOf(stay) };
}

describe("the statements of one bookService call (issue 13.2)", () => {
  it("a timed session on approval, the catalogue already read once by this process", async () => {
    const { department, guest } = await hotel();
    const service = await createTimedService(department);
    const session = await createSession(service, { startsAt: inHours(4), capacity: 6 });
    const book = () => bookService(guest, { serviceSlug: service.slug, sessionId: session.id, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    await book();
    const statements = await statementsOf(book);
    expect(statements, statements.join("\n")).toHaveLength(TIMED);
  });

  it("an on-request service confirmed at once, with the guest's confirmation email", async () => {
    const { department, guest } = await hotel();
    const service = await createOnRequestService(department, { confirmation: "instant" });
    const book = () => bookService(guest, { serviceSlug: service.slug, quantity: 1, idempotencyKey: uniqueId("key") }, NOW);
    await book();
    const statements = await statementsOf(book);
    expect(statements, statements.join("\n")).toHaveLength(INSTANT);
  });

  it("a retry of an earlier request: its answer back", async () => {
    const { department, guest } = await hotel();
    const service = await createOnRequestService(department);
    const input = { serviceSlug: service.slug, quantity: 1, idempotencyKey: uniqueId("key") };
    const first = await bookService(guest, input, NOW);
    let again;
    const statements = await statementsOf(async () => (again = await bookService(guest, input, NOW)));
    expect(again).toEqual({ ...first, replayed: true });
    expect(statements, statements.join("\n")).toHaveLength(REPLAY);
  });
});

// Before issue 13.2's work: 13, 12 and 1. The catalogue cache took the service and the price rules off (11, 10); then
// the stay read together with the key's earlier booking, the seats taken first with the session's row and its closing
// exceptions in the same UPDATE, and the booking with its first event in one statement (7, 8).
const TIMED = 7;
const INSTANT = 8;
const REPLAY = 1;
