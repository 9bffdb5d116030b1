// The REST API's contract: each operation's zod schemas (shared with its route handler) and the OpenAPI 3.1 document built from them.
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "./errors";

export type StaffRoleName = "manager" | "reception" | "department";

/** Who may call an operation; the route wrapper enforces exactly this, and the document states it. */
export type Access =
  | { kind: "public" }
  | { kind: "guest" }
  | { kind: "guest_or_staff" }
  // sessionOnly: a Bearer token is refused (e.g. a token may not mint further tokens).
  | { kind: "staff"; roles: readonly StaffRoleName[]; sessionOnly?: boolean };

export type SuccessStatus = 200 | 201 | 204;

export type ResponseSpec = { description: string; schema?: z.ZodType };

export type Operation = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI path template, e.g. "/api/v1/bookings/{id}". */
  path: `/api/v1/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  access: Access;
  /** Path parameters; a value that does not fit answers 404, as for a resource that does not exist. */
  params?: z.ZodObject;
  /** Query parameters (each given at most once); unknown ones are refused. */
  query?: z.ZodObject;
  /** The JSON body; without it, a POST or DELETE takes no body (or `{}`). */
  body?: z.ZodType;
  /** The body may be left out: it is then read as `{}` (for bodies added to an operation later, additively). */
  bodyOptional?: boolean;
  /** Whether the Idempotency-Key header is required. */
  idempotencyKey?: boolean;
  responses: Partial<Record<SuccessStatus, ResponseSpec>>;
  /** Problems the operation itself may answer, besides those implied by its access and inputs. */
  problems: readonly ErrorCode[];
};

export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** RFC 9457 problem details as every error answers them. */
export const problemSchema = z
  .object({
    type: z.string().describe("urn:guest-services:problem:<code>"),
    title: z.string().describe("A human-readable summary."),
    status: z.number().int(),
    code: z.enum(ERROR_CODES).describe("Stable machine-readable code."),
    errors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Field errors as message keys, e.g. {"quantity": ["validation.too_big:50"]}.'),
    correlationId: z.string().optional().describe("Quote it to support; only on unexpected errors."),
  })
  .meta({ title: "Problem" });

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema; dates travel as ISO 8601 strings. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Problems every operation of this kind may answer, whatever it does. */
export function impliedProblems(op: Operation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (op.access.kind !== "public") codes.push("auth:unauthenticated");
  // The wrong kind of caller or role; for cookie requests other than GET also a foreign Origin.
  if (op.access.kind === "staff" || op.access.kind === "guest" || op.method !== "GET") codes.push("auth:forbidden");
  if (op.params) codes.push("not_found");
  // Unknown query parameters are refused everywhere.
  codes.push("input:invalid");
  if (op.method !== "GET") codes.push("input:malformed");
  return codes;
}

function securityOf(access: Access): Record<string, string[]>[] {
  switch (access.kind) {
    case "public":
      return [];
    case "guest":
      return [{ session: [] }];
    case "staff":
      return access.sessionOnly ? [{ session: [] }] : [{ session: [] }, { bearer: [] }];
    case "guest_or_staff":
      return [{ session: [] }, { bearer: [] }];
  }
}

function whoMayCall(access: Access): string {
  switch (access.kind) {
    case "public":
      return "Anyone.";
    case "guest":
      return "A signed-in guest (session cookie); acts on that guest's own stay only.";
    case "guest_or_staff":
      return "A signed-in guest, or staff by session cookie or Bearer token.";
    case "staff":
      return (
        `Staff with role ${access.roles.join(", ")}, ` +
        (access.sessionOnly ? "signed in (session cookie only; Bearer tokens are refused)." : "by session cookie or Bearer token.") +
        " Department staff see only their departments' requests."
      );
  }
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as { description?: string };
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function problemResponses(op: Operation): Record<string, JsonSchema> {
  const byStatus = new Map<number, Set<ErrorCode>>();
  // Every operation may meet a database that is briefly down (503 + Retry-After) or an unexpected error (500).
  for (const code of [...impliedProblems(op), ...op.problems, "internal" as const, "service:unavailable" as const]) {
    const status = ERROR_STATUS[code];
    if (!byStatus.has(status)) byStatus.set(status, new Set());
    byStatus.get(status)!.add(code);
  }
  const out: Record<string, JsonSchema> = {};
  for (const [status, codes] of [...byStatus.entries()].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: `Problem: ${[...codes].join(", ")}.`,
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
  }
  return out;
}

function operationObject(op: Operation): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(op.responses) as [string, ResponseSpec][]) {
    responses[status] = spec.schema
      ? { description: spec.description, content: { "application/json": { schema: jsonSchemaOf(spec.schema, "output") } } }
      : { description: spec.description };
  }
  const parameters = [
    ...parametersOf(op.params, "path"),
    ...parametersOf(op.query, "query"),
    ...(op.idempotencyKey
      ? [
          {
            name: IDEMPOTENCY_KEY_HEADER,
            in: "header",
            required: true,
            description: "Your key for this one request (8–100 of A–Z a–z 0–9 _ . : -). Sending it again replays the first answer; reusing it with another body is refused.",
            schema: { type: "string", minLength: 8, maxLength: 100, pattern: "^[A-Za-z0-9_.:-]+$" },
          },
        ]
      : []),
  ];
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: [op.description, `Who may call it: ${whoMayCall(op.access)}`].filter(Boolean).join("\n\n"),
    tags: [...op.tags],
    security: securityOf(op.access),
    ...(op.access.kind === "staff" ? { "x-staff-roles": [...op.access.roles] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: !op.bodyOptional, content: { "application/json": { schema: jsonSchemaOf(op.body, "input") } } } }
      : {}),
    responses: { ...responses, ...problemResponses(op) },
  };
}

export type ApiInfo = { title: string; version: string; description: string; license?: { name: string; identifier: string } };

/** A request the installation sends (a webhook event): its body's zod schema is the one the sender parses with. */
export type WebhookDoc = {
  name: string;
  summary: string;
  description: string;
  body: z.ZodType;
  /** Request headers every delivery carries, with what each means. */
  headers: Record<string, string>;
  /** What the receiver's answer means. */
  answer: string;
};

function webhookObject(hook: WebhookDoc): JsonSchema {
  return {
    post: {
      operationId: `webhook_${hook.name.replace(/\W/g, "_")}`,
      summary: hook.summary,
      description: hook.description,
      tags: ["Webhooks"],
      parameters: Object.entries(hook.headers).map(([name, description]) => ({ name, in: "header", required: true, description, schema: { type: "string" } })),
      requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(hook.body, "output") } } },
      responses: { "2XX": { description: hook.answer } },
    },
  };
}

/**
 * The OpenAPI 3.1 document of `operations` and of the `webhooks` the installation sends; the same schemas
 * validate every request at run time and shape every webhook body.
 */
export function buildOpenApiDocument(operations: readonly Operation[], info: ApiInfo, webhooks: readonly WebhookDoc[] = []): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    const method = op.method.toLowerCase();
    if (item[method]) throw new Error(`openapi: ${op.method} ${op.path} is defined twice`);
    item[method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info,
    // Relative: every installation serves the API on its own origin.
    servers: [{ url: "/", description: "This installation" }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    ...(webhooks.length ? { webhooks: Object.fromEntries(webhooks.map((hook) => [hook.name, webhookObject(hook)])) } : {}),
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description:
            "The web session of a signed-in guest or staff member (named __Secure-authjs.session-token behind HTTPS). " +
            "Requests other than GET must come from the app's own origin.",
        },
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "gs_<43 characters of base64url>",
          description: "A staff API token made by a manager under Back office → API tokens; it acts as the staff member it belongs to.",
        },
      },
      schemas: { Problem: jsonSchemaOf(problemSchema, "output") },
    },
  };
}
