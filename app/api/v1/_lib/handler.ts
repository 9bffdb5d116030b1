// The one wrapper every REST route goes through: who is calling (session cookie or staff Bearer token), same-origin check,
// zod-parsed path, query, header and body from the operation's contract, answers checked against it, problem+json errors.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { fieldErrorsOf } from "@/app/_server/action";
import { currentGuest, currentStaff, type GuestSession, type StaffSession } from "@/app/_server/session";
import { verifyApiToken } from "@/server/auth/api-tokens";
import { writeAudit, type AuditEntry } from "@/server/auth/audit-log";
import { idempotencyKey as idempotencyKeySchema } from "@/lib/booking-input";
import { asUnavailable, assertDatabaseAvailable } from "@/server/health";
import { env } from "@/lib/env";
import { AppError, isAppError, RETRY_AFTER_SECONDS } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { Access, Operation, SuccessStatus } from "@/lib/openapi";
import { isAppOrigin } from "@/lib/request-origin";

/** RFC 9457 problem details with a stable `code`. */
export function problem(err: unknown, headers: Record<string, string> = {}): Response {
  let body: Record<string, unknown>;
  let status: number;
  err = asUnavailable(err);
  if (isAppError(err)) {
    status = err.status;
    body = { type: `urn:guest-services:problem:${err.code}`, title: err.message, status, code: err.code, errors: err.fieldErrors };
    // The database is down: say when to try again rather than fail for good.
    if (err.code === "service:unavailable") headers = { ...headers, "retry-after": String(RETRY_AFTER_SECONDS) };
  } else {
    const correlationId = crypto.randomUUID();
    logger("api").error({ err, correlationId }, "unexpected error");
    status = 500;
    body = { type: "urn:guest-services:problem:internal", title: "Something went wrong on our side.", status, code: "internal", correlationId };
  }
  return Response.json(body, { status, headers: { ...headers, "content-type": "application/problem+json" } });
}

/**
 * A browser's cross-site request carries a foreign Origin: refuse it before it can use the session cookie. The app's
 * origin is PUBLIC_URL's — or, behind a declared proxy (TRUST_PROXY), also the one it forwarded; proxy.ts refuses the
 * same requests first, this keeps the lock in the route.
 */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || request.method === "GET" || request.method === "HEAD") return;
  const { PUBLIC_URL, TRUST_PROXY } = env();
  if (!isAppOrigin(origin, request.headers, { publicUrl: PUBLIC_URL, trustProxy: TRUST_PROXY })) {
    throw new AppError("auth:forbidden", "Cross-site request refused.");
  }
}

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("input:invalid", "The request is not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

const BODY_MAX_CHARS = 100_000;

const emptyQuery = z.strictObject({});

async function bodyText(request: Request): Promise<string> {
  const text = await request.text().catch(() => {
    throw new AppError("input:malformed", "The body could not be read.");
  });
  if (text.length > BODY_MAX_CHARS) throw new AppError("input:malformed", "The body is too large.");
  return text;
}

function asObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("input:malformed", "The body must be JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("input:malformed", "The body must be a JSON object.");
  return body as Record<string, unknown>;
}

/** The request's JSON object body; anything else is a 400. */
export async function jsonObject(request: Request): Promise<Record<string, unknown>> {
  return asObject(await bodyText(request));
}

/** Query parameters as an object; a parameter given twice is refused rather than silently picked. */
function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (Object.hasOwn(out, key)) throw new AppError("input:invalid", "A query parameter is given twice.", { [key]: ["validation.repeated"] });
    out[key] = value;
  }
  return out;
}

/** Staff as the route sees them: from the session cookie, or from an API token acting as them. */
// A token acts within its own property and role only: never as a group administrator, never switching property.
export type StaffCaller = Omit<StaffSession, "groupAdmin" | "sessionId" | "locale"> & { via: "session" | "token"; tokenId?: string };

type Caller = GuestSession | StaffCaller;

type CallerOf<A extends Access> = A extends { kind: "guest" }
  ? GuestSession
  : A extends { kind: "staff" }
    ? StaffCaller
    : A extends { kind: "guest_or_staff" }
      ? Caller
      : null;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteInput<O extends Operation> = {
  request: Request;
  caller: CallerOf<O["access"]>;
  params: Parsed<O["params"]>;
  query: Parsed<O["query"]>;
  body: Parsed<O["body"]>;
  idempotencyKey: O["idempotencyKey"] extends true ? string : undefined;
};

type BodyOf<R> = R extends { schema: infer S extends z.ZodType } ? z.input<S> : undefined;

/** An answer the contract allows: one of its success statuses with that status's body. */
export type Reply<O extends Operation> = {
  [S in keyof O["responses"] & SuccessStatus]: { status: S; body: BodyOf<O["responses"][S]> };
}[keyof O["responses"] & SuccessStatus];

async function audit(entry: AuditEntry): Promise<void> {
  // A failed audit write must not turn a refusal into a 500; it is logged instead.
  await writeAudit(entry).catch((err) => logger("api").error({ err }, "audit write failed"));
}

/** The staff member behind `Authorization: Bearer …`; anything else in that header is a 401. */
async function staffFromToken(header: string, op: Operation): Promise<StaffCaller> {
  const match = /^Bearer ([^\s]{1,200})$/.exec(header.trim());
  if (!match) throw new AppError("auth:unauthenticated", "Send the API token as: Authorization: Bearer <token>.");
  const check = await verifyApiToken(match[1]);
  if (!check.ok) {
    // Never the token itself in the log: which one (when known) and why.
    await audit({
      propertyId: check.propertyId ?? null,
      actorKind: "staff",
      action: `api.${op.operationId}`,
      target: check.tokenId ?? null,
      outcome: "denied",
      detail: { reason: `token_${check.reason}` },
    });
    throw new AppError("auth:unauthenticated", "This API token is not valid.");
  }
  return { kind: "staff", ...check.staff, via: "token", tokenId: check.tokenId };
}

async function staffFromSession(): Promise<StaffCaller | null> {
  const staff = await currentStaff();
  return staff ? { ...staff, via: "session" } : null;
}

/** Who is calling, as the operation's access allows; 401 when nobody, 403 when the wrong kind or role. */
async function authenticate(request: Request, op: Operation): Promise<Caller | null> {
  const access = op.access;
  if (access.kind === "public") return null;
  const authorization = request.headers.get("authorization");
  let caller: Caller | null;
  if (authorization !== null) {
    // A token is the whole credential: the cookie is not consulted, and no browser can attach the header cross-site.
    if (access.kind === "staff" && access.sessionOnly) {
      throw new AppError("auth:forbidden", "API tokens cannot be used here; sign in to the back office.");
    }
    caller = await staffFromToken(authorization, op);
  } else {
    assertSameOrigin(request);
    caller = access.kind === "staff" ? await staffFromSession() : ((await currentGuest()) ?? (await staffFromSession()));
    if (!caller) {
      // A signed-in guest on a staff route is known but not allowed; nobody signed in is asked to sign in.
      const guest = access.kind === "staff" ? await currentGuest() : null;
      if (!guest) throw new AppError("auth:unauthenticated", "Please sign in.");
      caller = guest;
    }
  }
  const allowed =
    access.kind === "guest_or_staff" ||
    (access.kind === "guest" && caller.kind === "guest") ||
    (access.kind === "staff" && caller.kind === "staff" && access.roles.includes(caller.role));
  if (!allowed) {
    await audit({
      propertyId: caller.propertyId,
      actorKind: caller.kind,
      actorId: caller.kind === "staff" ? caller.staffId : caller.stayId,
      role: caller.kind === "staff" ? caller.role : "guest",
      action: `api.${op.operationId}`,
      outcome: "denied",
      detail: caller.kind === "staff" ? { via: caller.via } : undefined,
    });
    throw new AppError("auth:forbidden", caller.kind === "guest" ? "Staff only." : access.kind === "guest" ? "Guests only." : "Your role may not do this.");
  }
  return caller;
}

async function readBody(request: Request, op: Operation): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const text = await bodyText(request);
  if (op.body) {
    if (text.trim() === "") {
      if (op.bodyOptional) return parse(op.body, {});
      throw new AppError("input:malformed", "The body must be a JSON object.");
    }
    return parse(op.body, asObject(text));
  }
  // No body expected: nothing, or an empty object; any field is refused.
  if (text.trim() === "") return undefined;
  const keys = Object.keys(asObject(text));
  if (keys.length) {
    throw new AppError("input:invalid", "This request takes no body.", Object.fromEntries(keys.slice(0, 20).map((k) => [k, ["validation.unexpected"]])));
  }
  return undefined;
}

function readIdempotencyKey(request: Request, op: Operation): string | undefined {
  if (!op.idempotencyKey) return undefined;
  const key = request.headers.get("idempotency-key");
  if (key === null) throw new AppError("input:invalid", "The Idempotency-Key header is required.", { idempotencyKey: ["validation.required"] });
  const parsed = idempotencyKeySchema.safeParse(key);
  if (!parsed.success) throw new AppError("input:invalid", "The Idempotency-Key header is not valid.", { idempotencyKey: ["validation.invalid"] });
  return parsed.data;
}

function readParams(op: Operation, raw: Record<string, string | string[] | undefined>): unknown {
  if (!op.params) return undefined;
  const parsed = op.params.safeParse(raw);
  // A path that names no resource: the same answer as a resource that does not exist.
  if (!parsed.success) throw new AppError("not_found", "Not found.");
  return parsed.data;
}

function respond(op: Operation, reply: { status: SuccessStatus; body: unknown }): Response {
  const spec = op.responses[reply.status];
  if (!spec) throw new Error(`${op.operationId}: status ${reply.status} is not in its contract`);
  if (!spec.schema) return new Response(null, { status: reply.status });
  // Only what the contract documents leaves the server (unknown fields are stripped).
  return Response.json(spec.schema.parse(reply.body), { status: reply.status });
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A route handler for one operation of the contract: the same zod schemas
 * that the OpenAPI document shows validate its path, query, Idempotency-Key
 * and body before `handler` runs, and shape its answer after.
 */
export function apiRoute<const O extends Operation>(op: O, handler: (input: RouteInput<O>) => Promise<Reply<O>>) {
  return async (request: Request, ctx: RouteContext): Promise<Response> => {
    let bearer = false;
    try {
      bearer = request.headers.has("authorization");
      // While the database is known to be down, answer 503 at once instead of queueing on the pool.
      await assertDatabaseAvailable();
      const caller = await authenticate(request, op);
      const params = readParams(op, await ctx.params);
      const query = parse(op.query ?? emptyQuery, queryObject(new URL(request.url)));
      const idempotencyKey = readIdempotencyKey(request, op);
      const body = await readBody(request, op);
      const reply = await handler({ request, caller, params, query, body, idempotencyKey } as RouteInput<O>);
      return respond(op, reply as { status: SuccessStatus; body: unknown });
    } catch (err) {
      const unauthenticated = isAppError(err) && err.code === "auth:unauthenticated";
      return problem(err, unauthenticated && bearer ? { "www-authenticate": 'Bearer realm="guest-services"' } : {});
    }
  };
}
