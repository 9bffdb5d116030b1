// REST API v1 end to end, with Playwright's request API only: the contract through the real server — refusals and bad
// input answered as problem+json over HTTP (docs/reliability.md §11, §12, §16, §17), and the OpenAPI document itself.
// The whole matrices (every documented operation × every caller, every bad body and hostile query, nothing written)
// call the route handlers directly in tests/rest-api.test.ts; here one of each proves the HTTP layer answers the same.
// Nothing here books or changes anything, so it runs beside the other specs (project "chromium").
import { expect, test } from "./fixtures/test";
import { apiRoutesOnDisk, call, expectProblem, expectStatus, key, MISSING_ID } from "./fixtures/api-client";
import { signedInDemo } from "./fixtures/api-demo";

const api = signedInDemo();

test("over HTTP: nobody signed in → 401, also with x-middleware-subrequest; a guest on a staff route → 403; problem+json", async ({ playwright }) => {
  const { novak, base } = api;
  const anonymous = await playwright.request.newContext({ baseURL: base });
  api.extraContexts.push(anonymous);
  const refused = await call(anonymous, "GET", "/api/v1/bookings");
  expectProblem(refused, 401, "auth:unauthenticated", "GET /api/v1/bookings anonymous");
  // docs/reliability.md §12: the header that once made Next skip middleware changes nothing, through proxy.ts too.
  const sneaky = { body: {}, headers: { "idempotency-key": key("http"), "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } };
  expectProblem(await call(anonymous, "POST", `/api/v1/bookings/${MISSING_ID}/cancel`, sneaky), 401, "auth:unauthenticated", "cancel anonymous with x-middleware-subrequest");
  expectProblem(await call(novak, "GET", "/api/v1/staff/requests"), 403, "auth:forbidden", "GET /api/v1/staff/requests as a guest");
});

test("over HTTP: a malformed body → 400 input:malformed, a hostile query → 422 input:invalid, never a 5xx", async () => {
  const { garcia, manager } = api;
  const broken = await call(garcia, "POST", "/api/v1/bookings", { body: '{"serviceSlug": ', headers: { "idempotency-key": key("http") } });
  expectProblem(broken, 400, "input:malformed", "broken JSON");
  const hostile = await call(manager, "GET", `/api/v1/staff/requests?status=${encodeURIComponent("requested' OR '1'='1")}`);
  expectProblem(hostile, 422, "input:invalid", "status with SQL");
  expectProblem(await call(garcia, "GET", "/api/v1/bookings?sort=totalMinor"), 422, "input:invalid", "bookings with a sort");
});

test("openapi.json: OpenAPI 3.1, every route file on disk documented, security schemes and problem schema", async ({ playwright }) => {
  const { novak, base } = api;
  const answer = await call(novak, "GET", "/api/v1/openapi.json");
  expectStatus(answer, 200, "openapi.json");
  expect(answer.contentType).toContain("application/json");
  const doc = answer.body;
  expect(typeof doc, "valid JSON").toBe("object");
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual(apiRoutesOnDisk());
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
  expect(doc.components.schemas.Problem.properties.code.enum).toContain("booking:full");
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      expect(op.operationId, `${method} ${path}`).toBeTruthy();
      expect(Object.keys(op.responses).some((s) => s.startsWith("2")), `${method} ${path} documents a success`).toBe(true);
      if (op.security.length) expect(op.responses["401"], `${method} ${path} documents 401`).toBeTruthy();
    }
  }
  // The document is the one the routes validate with: the booking body is strict.
  expect(doc.paths["/api/v1/bookings"].post.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
  // Without a session it is public too.
  const anonymous = await playwright.request.newContext({ baseURL: base });
  expectStatus(await call(anonymous, "GET", "/api/v1/openapi.json"), 200, "anonymous openapi.json");
  await anonymous.dispose();
});
