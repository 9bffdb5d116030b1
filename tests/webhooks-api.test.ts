// The webhook endpoints through the REST API, calling the real route handlers: a signed-in manager registers and
// changes endpoints (the secret only in the 201 answer), a manager's API token may read but not redirect events,
// bad input is a 4xx with field errors and writes nothing, and the OpenAPI document lists every event.
// Only Auth.js's cookie reading is replaced (as in the access matrix): everything after it is the real code.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { env } from "@/lib/env";
import { webhookEndpoints } from "@/db/schema";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { createApiToken } from "@/server/auth/api-tokens";
import { createAuthSession } from "@/server/auth/sessions";
import { deliveriesOf, webhookHotel } from "@/tests/factories-webhooks";
import { useTestDatabase } from "@/tests/migrate";

const browser = vi.hoisted(() => ({ token: null as null | { kind: "staff"; sid: string; subjectId: string } }));
vi.mock("@/app/_server/session-token", () => ({ readSessionToken: async () => browser.token }));

useTestDatabase();

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

let hotel: Awaited<ReturnType<typeof webhookHotel>>;
let managerSession: { kind: "staff"; sid: string; subjectId: string };
let managerToken: string;

beforeAll(async () => {
  hotel = await webhookHotel();
  managerSession = { kind: "staff", sid: await createAuthSession("staff", hotel.manager.staffId), subjectId: hotel.manager.staffId };
  managerToken = (await createApiToken(hotel.manager, { name: "integration" })).token;
});

/** Calls a route handler as the manager's browser (session) or with the manager's API token. */
async function call(handler: Handler, init: { method: string; path: string; params?: Record<string, string>; body?: unknown; via?: "session" | "token" }) {
  // The app's own origin (PUBLIC_URL), as a browser on the app sends it.
  const headers: Record<string, string> = { origin: new URL(env().PUBLIC_URL).origin, host: "localhost", "content-type": "application/json" };
  if (init.via === "token") headers.authorization = `Bearer ${managerToken}`;
  browser.token = init.via === "token" ? null : managerSession;
  try {
    const request = new Request(`http://localhost${init.path}`, { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const res = await handler(request, { params: Promise.resolve(init.params ?? {}) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  } finally {
    browser.token = null;
  }
}

const collection = () => import("@/app/api/v1/staff/webhooks/route");
const single = () => import("@/app/api/v1/staff/webhooks/[id]/route");

describe("REST: webhook endpoints", () => {
  it("a signed-in manager registers one: 201 with the secret, which no later answer repeats", async () => {
    const { POST, GET } = await collection();
    const created = await call(POST as Handler, {
      method: "POST",
      path: "/api/v1/staff/webhooks",
      body: { url: "https://pms.example.com/hooks", description: "PMS", events: ["booking.created", "stay.updated"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(created.body.endpoint).toMatchObject({ url: "https://pms.example.com/hooks", description: "PMS", active: true, pausedAt: null });
    const listed = await call(GET as Handler, { method: "GET", path: "/api/v1/staff/webhooks", via: "token" });
    expect(listed.status).toBe(200);
    expect(listed.body.endpoints.map((e: { id: string }) => e.id)).toContain(created.body.endpoint.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret.slice(6));
  });

  it("refuses bad input with field errors and writes nothing; a token may not register one", async () => {
    const { POST } = await collection();
    const count = async () => (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.propertyId, hotel.property.id))).length;
    const before = await count();
    const privateUrl = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://192.168.0.10/hooks", events: ["stay.created"] } });
    expect(privateUrl).toMatchObject({ status: 422, body: { code: "input:invalid", errors: { url: ["staff.webhooks.errors.private_address"] } } });
    const extra = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/h", events: ["stay.created"], secret: "mine" } });
    expect(extra).toMatchObject({ status: 422, body: { errors: { _form: ["validation.unexpected"] } } });
    const unknownEvent = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/h", events: ["booking.deleted"] } });
    expect(unknownEvent.status).toBe(422);
    const noEvents = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/h", events: [] } });
    expect(noEvents.status).toBe(422);
    const byToken = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/h", events: ["stay.created"] }, via: "token" });
    expect(byToken).toMatchObject({ status: 403, body: { code: "auth:forbidden" } });
    expect(await count()).toBe(before);
  });

  it("changes only the fields sent; an empty change or another hotel's endpoint is refused", async () => {
    const { POST } = await collection();
    const { PATCH, GET } = await single();
    const created = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/patch", events: ["stay.created"] } });
    const id = created.body.endpoint.id;
    const patched = await call(PATCH as Handler, { method: "PATCH", path: `/api/v1/staff/webhooks/${id}`, params: { id }, body: { events: ["stay.created", "stay.updated"], active: false } });
    expect(patched).toMatchObject({ status: 200, body: { changed: ["events", "active"], endpoint: { url: "https://pms.example.com/patch", active: false } } });
    expect((await call(PATCH as Handler, { method: "PATCH", path: `/api/v1/staff/webhooks/${id}`, params: { id }, body: {} })).status).toBe(422);
    expect((await call(PATCH as Handler, { method: "PATCH", path: `/api/v1/staff/webhooks/${id}`, params: { id }, body: { active: true }, via: "token" })).status).toBe(403);
    const other = await webhookHotel();
    const theirs = await db()
      .insert(webhookEndpoints)
      .values({ propertyId: other.property.id, url: "https://theirs.example.com/", events: ["stay.created"], secret: "whsec_dGhlaXJz" })
      .returning({ id: webhookEndpoints.id });
    const foreign = theirs[0].id;
    expect((await call(GET as Handler, { method: "GET", path: `/api/v1/staff/webhooks/${foreign}`, params: { id: foreign } })).status).toBe(404);
    expect((await call(PATCH as Handler, { method: "PATCH", path: `/api/v1/staff/webhooks/${foreign}`, params: { id: foreign }, body: { active: false } })).status).toBe(404);
  });

  it("lists an endpoint's deliveries and sends one again", async () => {
    const { POST } = await collection();
    const created = await call(POST as Handler, { method: "POST", path: "/api/v1/staff/webhooks", body: { url: "https://pms.example.com/log", events: ["booking.created"] } });
    const id = created.body.endpoint.id;
    await hotel.bookRide();
    const { GET } = await import("@/app/api/v1/staff/webhooks/[id]/deliveries/route");
    const log = await call(GET as Handler, { method: "GET", path: `/api/v1/staff/webhooks/${id}/deliveries`, params: { id }, via: "token" });
    expect(log).toMatchObject({ status: 200, body: { limit: 50, offset: 0 } });
    expect(log.body.deliveries).toEqual([expect.objectContaining({ eventType: "booking.created", status: "pending", attempts: 0 })]);
    const deliveryId = log.body.deliveries[0].id;
    const { POST: RESEND } = await import("@/app/api/v1/staff/webhooks/[id]/deliveries/[deliveryId]/resend/route");
    const resent = await call(RESEND as Handler, { method: "POST", path: `/api/v1/staff/webhooks/${id}/deliveries/${deliveryId}/resend`, params: { id, deliveryId } });
    expect(resent).toEqual({ status: 200, body: { delivery: { id: deliveryId, status: "pending" } } });
    expect((await deliveriesOf(id)).map((d) => d.status)).toEqual(["pending"]);
  });

  it("the OpenAPI document describes every event in its webhooks section", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const doc = await call(GET as Handler, { method: "GET", path: "/api/v1/openapi.json" });
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    expect(doc.body.paths["/api/v1/staff/webhooks/{id}"].patch.operationId).toBe("updateWebhookEndpoint");
  });
});
