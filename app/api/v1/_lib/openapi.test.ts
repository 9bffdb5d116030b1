// The OpenAPI document: built from the routes' own contracts, and every route file on disk is in it, method by method.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OPERATIONS } from "@/app/api/v1/_lib/contracts";
import { buildOpenApiDocument, defineOperation, jsonSchemaOf } from "@/lib/openapi";
import { buildWebhookBody, WEBHOOK_EVENT_TYPES, webhookDocs } from "@/lib/webhooks/events";

const API_ROOT = path.join(process.cwd(), "app/api/v1");

/** Every route.ts under app/api/v1 as its OpenAPI path and the HTTP methods it exports. */
function routeFilesOnDisk(): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(API_ROOT, dir).split(path.sep).join("/");
        const source = fs.readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]).sort();
        out.push({ path: `/api/v1/${rel.replace(/\[([^\]]+)\]/g, "{$1}")}`, methods });
      }
    }
  };
  walk(API_ROOT);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const doc = buildOpenApiDocument(OPERATIONS, { title: "t", version: "1", description: "d" }) as {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

describe("OpenAPI document", () => {
  it("documents every route file on disk, with exactly the methods it exports", () => {
    const onDisk = routeFilesOnDisk();
    expect(onDisk.length).toBeGreaterThanOrEqual(14);
    const documented = Object.entries(doc.paths)
      .map(([p, item]) => ({ path: p, methods: Object.keys(item).map((m) => m.toUpperCase()).sort() }))
      .sort((a, b) => a.path.localeCompare(b.path));
    expect(documented).toEqual(onDisk);
  });

  it("is OpenAPI 3.1 with both security schemes, the problem schema and JSON-serialisable content", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect((doc as unknown as { servers: unknown[] }).servers).toEqual([{ url: "/", description: "This installation" }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
    expect(doc.components.schemas.Problem).toMatchObject({ type: "object", required: expect.arrayContaining(["code", "status"]) });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows the schemas the routes validate with: strict bodies, required headers, problem answers", () => {
    const create = doc.paths["/api/v1/bookings"].post;
    const body = create.requestBody.content["application/json"].schema;
    expect(body).toMatchObject({ type: "object", additionalProperties: false, required: ["serviceSlug", "quantity"] });
    expect(body.properties.quantity).toMatchObject({ type: "integer", minimum: 1 });
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }));
    expect(create.responses["409"].content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
    expect(create.security).toEqual([{ session: [] }]);

    const status = doc.paths["/api/v1/staff/requests/{id}/status"].post;
    expect(status.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(status.requestBody.content["application/json"].schema.properties.action.enum).toContain("fulfil");
    expect(status.parameters).toContainEqual(expect.objectContaining({ name: "id", in: "path", required: true }));

    // A whole package: the per-item choices are an optional body (the old call without one still validates).
    const pkg = doc.paths["/api/v1/packages/{slug}/bookings"].post;
    expect(pkg.requestBody.required).toBe(false);
    const pkgBody = pkg.requestBody.content["application/json"].schema;
    expect(pkgBody).toMatchObject({ type: "object", additionalProperties: false });
    expect(pkgBody.required ?? []).toEqual([]);
    expect(Object.keys(pkgBody.properties.items.additionalProperties.properties).sort()).toEqual(["endDay", "sessionId", "startDay"]);
    expect(pkgBody.properties.items.additionalProperties.additionalProperties).toBe(false);
    const bundle = pkg.responses["201"].content["application/json"].schema.properties.bundle;
    expect(bundle.required).toEqual(expect.arrayContaining(["totalMinor", "savingMinor"]));
    expect(Object.keys(pkg.responses)).toEqual(expect.arrayContaining(["404", "409", "422"]));

    const queue = doc.paths["/api/v1/staff/requests"].get;
    expect(queue.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["day", "departmentId", "limit", "offset", "search", "status"]);
    expect(doc.paths["/api/v1/staff/api-tokens"].post.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
  });

  it("documents dates as date-time strings and refuses a path defined twice", () => {
    expect(jsonSchemaOf(z.object({ at: z.date() }), "output")).toMatchObject({ properties: { at: { type: "string", format: "date-time" } } });
    const op = defineOperation({
      method: "GET",
      path: "/api/v1/x",
      operationId: "x",
      summary: "x",
      tags: [],
      access: { kind: "public" },
      responses: {},
      problems: [],
    });
    expect(() => buildOpenApiDocument([op, op], { title: "t", version: "1", description: "d" })).toThrow(/defined twice/);
  });
});

describe("OpenAPI webhooks section", () => {
  const withHooks = buildOpenApiDocument(OPERATIONS, { title: "t", version: "1", description: "d" }, webhookDocs()) as {
    webhooks: Record<string, { post: any }>;
  };

  it("describes every event the installation sends, with the Standard Webhooks headers", () => {
    expect(Object.keys(withHooks.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const [name, item] of Object.entries(withHooks.webhooks)) {
      expect(item.post.parameters.map((p: { name: string; in: string; required: boolean }) => [p.name, p.in, p.required])).toEqual([
        ["webhook-id", "header", true],
        ["webhook-timestamp", "header", true],
        ["webhook-signature", "header", true],
      ]);
      const body = item.post.requestBody.content["application/json"].schema;
      expect(body.properties.type, name).toEqual({ type: "string", const: name });
      expect(body.required).toEqual(["type", "timestamp", "data"]);
      expect(Object.keys(item.post.responses)).toEqual(["2XX"]);
    }
    expect(JSON.parse(JSON.stringify(withHooks))).toEqual(withHooks);
  });

  it("documents the body from the very schema the sender builds it with", () => {
    const hook = withHooks.webhooks["booking.rescheduled"].post;
    const data = hook.requestBody.content["application/json"].schema.properties.data;
    expect(data.required).toEqual(expect.arrayContaining(["propertyId", "booking", "previousScheduledAt"]));
    expect(data.properties.booking.properties.scheduledAt.anyOf).toContainEqual({ type: "string", format: "date-time" });
    expect(data.properties.booking.properties.status.enum).toContain("confirmed");
    // A field the schema does not document never leaves the server.
    const body = buildWebhookBody("credit.given", {
      propertyId: crypto.randomUUID(),
      credit: { id: crypto.randomUUID(), stayId: crypto.randomUUID(), bookingId: null, amountMinor: 500, currency: "EUR", reason: "Late", createdAt: new Date() },
      givenBy: "someone's password",
    } as never, new Date());
    expect(JSON.stringify(body)).not.toContain("password");
    expect(() => buildWebhookBody("credit.given", { propertyId: "not-a-uuid" } as never, new Date())).toThrow();
  });

  it("documents the webhook management operations, changes for a signed-in manager only", () => {
    expect(doc.paths["/api/v1/staff/webhooks"].post.security).toEqual([{ session: [] }]);
    expect(doc.paths["/api/v1/staff/webhooks"].get.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths["/api/v1/staff/webhooks/{id}"].patch["x-staff-roles"]).toEqual(["manager"]);
  });
});
