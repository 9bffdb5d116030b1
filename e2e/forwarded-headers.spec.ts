// docs/reliability.md §13, §16a, §16b; issue 9 points 3 and 4: forwarded headers count only when the operator declares a proxy
// (TRUST_PROXY=1), and the origin a cancel may come from is PUBLIC_URL's otherwise — for a Server Action and for
// POST /api/v1/bookings/{id}/cancel with the guest's cookie. The suite's server runs without TRUST_PROXY (on PostgreSQL,
// where the suite's instances sit behind nginx, an extra one without it is started); a second
// instance with it is started here. Hostile Server Action calls (foreign Origin, malformed body, unknown id) get a 4xx.
import { book, call, expectStatus, signIn } from "./fixtures/api-client";
import { hotelDayFromToday } from "./fixtures/guest-api";
import { startExtraServer, type ExtraServer } from "./fixtures/extra-server";
import { callServerAction, serverActionId } from "./fixtures/server-action";
import { expect, test, type APIRequestContext } from "./fixtures/test";

const OKAFOR = { code: "GRP-4004", surname: "Okafor" };
const CANCEL = { file: "app/(guest)/actions.ts", name: "cancelBookingAction" };

async function newCrib(guest: APIRequestContext): Promise<string> {
  const answer = await book(guest, { serviceSlug: "crib", dueAt: `${hotelDayFromToday(1)}T10:00`, quantity: 1 });
  expectStatus(answer, 201, "book a crib");
  return answer.body.booking.bookingId;
}

async function statusOf(guest: APIRequestContext, id: string): Promise<string> {
  const answer = await call(guest, "GET", `/api/v1/bookings/${id}`);
  expectStatus(answer, 200, `GET booking ${id}`);
  return answer.body.booking.status;
}

/** Cancels through the Server Action the guest's cancel button uses; the answer's status and the action's result. */
function cancelByAction(guest: APIRequestContext, id: string, headers: Record<string, string>) {
  return callServerAction(guest, { page: "/requests", id: serverActionId(CANCEL.file, CANCEL.name), form: { id }, headers });
}

function cancelByApi(guest: APIRequestContext, id: string, headers: Record<string, string>) {
  return call(guest, "POST", `/api/v1/bookings/${id}/cancel`, { headers });
}

test.describe("no proxy declared (the suite's server)", () => {
  let guest: APIRequestContext;
  let app: string;
  let own: ExtraServer | undefined;

  test.beforeAll(async ({ playwright }, info) => {
    // On PostgreSQL the suite's instances sit behind nginx and trust it (playwright.config.ts): start one that does not.
    if (process.env.DATABASE_URL) {
      test.setTimeout(240_000);
      own = await startExtraServer(() => ({ TRUST_PROXY: "0" }));
    }
    app = own?.baseURL ?? info.project.use.baseURL!;
    guest = await signIn(playwright.request, app, OKAFOR);
  });
  test.afterAll(async () => {
    await guest?.dispose();
    await own?.stop();
  });

  test("a foreign Origin is refused (403) even with a matching X-Forwarded-Host, and nothing is cancelled", async () => {
    const id = await newCrib(guest);
    const forged = { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
    const lookAlike = { origin: `${app}.evil.example`, "x-forwarded-host": `${new URL(app).host}.evil.example` };
    for (const headers of [forged, lookAlike, { origin: "null" }]) {
      const action = await cancelByAction(guest, id, headers);
      expect(action.status, `Server Action ${JSON.stringify(headers)}: ${action.text.slice(0, 200)}`).toBe(403);
      const api = await cancelByApi(guest, id, headers);
      expect(api.status, `API ${JSON.stringify(headers)}`).toBe(403);
      expect(api.body.code).toBe("auth:forbidden");
    }
    expect(await statusOf(guest, id)).toBe("confirmed");
  });

  test("PUBLIC_URL's origin goes through, whatever X-Forwarded-Host claims", async () => {
    const forgedHost = { origin: app, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    const byAction = await newCrib(guest);
    const action = await cancelByAction(guest, byAction, forgedHost);
    expect(action.status, action.text.slice(0, 300)).toBe(200);
    expect(action.result, action.text.slice(0, 300)).toMatchObject({ ok: true });
    expect(await statusOf(guest, byAction)).toBe("cancelled");

    const byApi = await newCrib(guest);
    expectStatus(await cancelByApi(guest, byApi, forgedHost), 200, "API cancel from the app's origin");
    expect(await statusOf(guest, byApi)).toBe("cancelled");
  });

  test("a malformed Server Action body or an unknown action id is a 4xx, never a 500", async () => {
    const id = serverActionId(CANCEL.file, CANCEL.name);
    const origin = { origin: app };
    const cases: [string, Parameters<typeof callServerAction>[1]][] = [
      ["not JSON", { page: "/requests", id, headers: origin, body: "garbage{{" }],
      ["cut-off JSON", { page: "/requests", id, headers: origin, body: '["$undefined",{"id":"' }],
      ["an argument list that is not a list", { page: "/requests", id, headers: origin, body: '{"id":"x"}' }],
      ["a reference to a missing part", { page: "/requests", id, headers: origin, body: '["$undefined","$Q1"]' }],
      ["a broken multipart body", { page: "/requests", id, headers: origin, body: "--xyz\r\nbroken", contentType: "multipart/form-data; boundary=xyz" }],
      ["an unknown action id", { page: "/requests", id: "7f" + "0".repeat(40), headers: origin, form: { id: "x" } }],
      ["an action id of the wrong shape", { page: "/requests", id: "not-an-action", headers: origin, form: { id: "x" } }],
    ];
    for (const [name, options] of cases) {
      const answer = await callServerAction(guest, options);
      expect(answer.status, `${name}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, name).toBeLessThan(500);
    }
    // Control: the same action with a well-formed body runs (and refuses the id as invalid input).
    const control = await callServerAction(guest, { page: "/requests", id, headers: origin, form: { id: "not-a-uuid" } });
    expect(control.status).toBe(200);
    expect(control.result).toMatchObject({ ok: false, code: "input:invalid" });
  });
});

test.describe("a proxy declared (TRUST_PROXY=1, a second instance)", () => {
  let server: ExtraServer;
  let guest: APIRequestContext;

  test.beforeAll(async ({ playwright }) => {
    test.setTimeout(240_000);
    server = await startExtraServer(() => ({ TRUST_PROXY: "1" }));
    guest = await signIn(playwright.request, server.baseURL, OKAFOR);
  });
  test.afterAll(async () => {
    await guest?.dispose();
    await server?.stop();
  });

  test("the origin the proxy forwarded goes through; a foreign one does not", async () => {
    const appHost = new URL(server.baseURL).host;
    // What a proxy serving the app as http://guests.hotel.example would send along.
    const viaProxy = { origin: "http://guests.hotel.example", "x-forwarded-host": "guests.hotel.example", "x-forwarded-proto": "http" };
    const foreign = { origin: "http://evil.example", "x-forwarded-host": appHost, "x-forwarded-proto": "http" };

    const refused = await newCrib(guest);
    expect((await cancelByAction(guest, refused, foreign)).status).toBe(403);
    expect((await cancelByApi(guest, refused, foreign)).status).toBe(403);
    expect(await statusOf(guest, refused)).toBe("confirmed");

    const byAction = await newCrib(guest);
    const action = await cancelByAction(guest, byAction, viaProxy);
    expect(action.status, action.text.slice(0, 300)).toBe(200);
    expect(action.result, action.text.slice(0, 300)).toMatchObject({ ok: true });
    expect(await statusOf(guest, byAction)).toBe("cancelled");

    const byApi = await newCrib(guest);
    expectStatus(await cancelByApi(guest, byApi, viaProxy), 200, "API cancel through the declared proxy");
    expect(await statusOf(guest, byApi)).toBe("cancelled");
  });

  test("PUBLIC_URL's origin still goes through", async () => {
    const id = await newCrib(guest);
    const action = await cancelByAction(guest, id, { origin: server.baseURL });
    expect(action.result).toMatchObject({ ok: true });
    expect(await statusOf(guest, id)).toBe("cancelled");
  });
});
