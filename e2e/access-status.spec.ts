// The access matrix over HTTP (docs/reliability.md §11, §16a; issue 9 point 3): every page the source tree has (found as
// tests/access-matrix.test.ts finds them, judged by the same MATRIX) requested from the built app by each caller, for
// its status code. Allowed → 200; nobody signed in, a revoked session or the wrong kind → 307 to that area's sign-in;
// a staff role the page is not for → 404; another department's request, another stay's booking, an id that does not
// exist → 404. A refusal must be decided before the response starts: a loading boundary above the check would send
// 200 and stream the "not found" after it.
import path from "node:path";
import { discover, urlOf } from "../tests/access-matrix/discover";
import { MATRIX, type Who } from "../tests/access-matrix/matrix";
import { book, call, expectStatus, signIn } from "./fixtures/api-client";
import { hotelDayFromToday } from "./fixtures/guest-api";
import { expect, test, type APIRequestContext } from "./fixtures/test";

const ROOT = path.resolve(__dirname, "..");
const PAGES = discover(ROOT).targets.filter((t) => t.kind === "page");

type Caller = Who | "anonymous" | "revoked-manager-session";
const CALLERS: Caller[] = ["anonymous", "guest", "department", "reception", "manager", "revoked-manager-session"];

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MISSING = "00000000-0000-4000-8000-000000000000";

/** "/staff/stays/[id]/edit" for a page file. */
function routeOf(file: string): string {
  return "/" + file.replace(/^app\//, "").replace(/\/page\.tsx$|^page\.tsx$/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s)).join("/");
}

type Expected = { status: number; location?: RegExp };

function expected(file: string, caller: Caller): Expected {
  const rule = MATRIX[`${file}#default`];
  const staffPage = file.startsWith("app/(staff)/");
  const signIn = { status: 307, location: staffPage ? /\/staff\/signin$/ : /\/signin$/ };
  if (!rule || rule.public) throw new Error(`${file}: not a guarded page`);
  if (caller === "anonymous" || caller === "revoked-manager-session") return signIn;
  if (rule.allow.includes(caller)) return { status: 200 };
  // The wrong kind of account is sent to the other kind's sign-in; the wrong staff role finds nothing there.
  if (staffPage ? caller === "guest" : caller !== "guest") return signIn;
  return { status: 404 };
}

let contexts: Map<Caller, APIRequestContext>;
let urls: Map<string, string>;
let ids: { crib: string; stranger: APIRequestContext; stables: APIRequestContext };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  const factory = playwright.request;
  const okafor = await signIn(factory, baseURL, { code: "GRP-4004", surname: "Okafor" });
  // A request of the kids' club (the department staff member's department), on the guest's own stay.
  const crib = await book(okafor, { serviceSlug: "crib", dueAt: `${hotelDayFromToday(1)}T10:00`, quantity: 1 });
  expectStatus(crib, 201, "book a crib");
  const manager = await signIn(factory, baseURL, { email: "manager@demo.hotel" });
  // A webhook endpoint, inactive so that nothing is sent, for the endpoint's own page.
  const hook = await call(manager, "POST", "/api/v1/staff/webhooks", {
    body: { url: `https://hooks.example/access-status-${Date.now()}`, events: ["booking.created"], active: false },
  });
  expectStatus(hook, 201, "add a webhook endpoint");

  // A manager session that was signed out: its cookie is known to Auth.js, but the session row is revoked.
  const revoked = await signIn(factory, baseURL, { email: "manager@demo.hotel" });
  const state = await revoked.storageState();
  const { csrfToken } = (await (await revoked.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect((await revoked.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 })).status()).toBeLessThan(400);
  await revoked.dispose();

  contexts = new Map<Caller, APIRequestContext>([
    ["anonymous", await factory.newContext({ baseURL })],
    ["guest", okafor],
    ["department", await signIn(factory, baseURL, { email: "kids@demo.hotel" })],
    ["reception", await signIn(factory, baseURL, { email: "reception@demo.hotel" })],
    ["manager", manager],
    ["revoked-manager-session", await factory.newContext({ baseURL, storageState: state })],
  ]);
  ids = {
    crib: crib.body.booking.bookingId,
    stranger: await signIn(factory, baseURL, { code: "CPL-2002", surname: "Novak" }),
    stables: await signIn(factory, baseURL, { email: "stables@demo.hotel" }),
  };

  // Real addresses for the pages with ids, as the app links to them: from the index pages, then from the pages found
  // there (a stay's edit page is linked from the stay). A page whose link is found nowhere fails the test below.
  urls = new Map([
    ["/staff/requests/[id]", `/staff/requests/${ids.crib}`],
    ["/requests/[id]", `/requests/${ids.crib}`],
  ]);
  const asOwner = (url: string) => (url.startsWith("/staff") ? manager : okafor);
  let html = "";
  let toRead = ["/staff", "/staff/stays", "/staff/accounts", "/staff/catalogue", "/staff/webhooks", "/stay", "/requests"];
  for (let round = 0; round < 2; round++) {
    html += (await Promise.all(toRead.map(async (url) => (await asOwner(url).get(url)).text()))).join("\n");
    toRead = [];
    for (const page of PAGES) {
      const route = routeOf(page.file);
      if (urls.has(route)) continue;
      const pattern = route.replace(/\[id\]/g, UUID).replace(/\[slug\]/g, "[a-z0-9-]+");
      const linked = new RegExp(`href="(${pattern}(?:\\?[^"]*)?)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");
      if (linked) {
        urls.set(route, linked);
        if (route.includes("[")) toRead.push(linked);
      } else if (!route.includes("[")) urls.set(route, route);
    }
  }
});

test.afterAll(async () => {
  for (const context of [...(contexts?.values() ?? []), ids?.stranger, ids?.stables]) await context?.dispose();
});

test("every guarded page answers each caller with the status the matrix says, before anything streams", async () => {
  const guarded = PAGES.filter((p) => !MATRIX[p.key]?.public);
  expect(guarded.length).toBeGreaterThan(20);
  const wrong: string[] = [];
  const jobs = guarded.flatMap((page) => CALLERS.map((caller) => ({ page, caller })));
  // A few at a time: the app renders each page in full.
  for (let i = 0; i < jobs.length; i += 6) {
    await Promise.all(
      jobs.slice(i, i + 6).map(async ({ page, caller }) => {
        const url = urls.get(routeOf(page.file));
        if (!url) return void wrong.push(`${page.file}: no link to it found on the index pages; add its address in beforeAll`);
        const want = expected(page.file, caller);
        const res = await contexts.get(caller)!.get(url, { maxRedirects: 0 });
        const location = res.headers()["location"] ?? "";
        if (res.status() !== want.status || (want.location && !want.location.test(location))) {
          wrong.push(`${url} as ${caller}: expected ${want.status}${want.location ? ` → ${want.location}` : ""}, got ${res.status()}${location ? ` → ${location}` : ""}`);
        }
      }),
    );
  }
  expect(wrong).toEqual([]);
});

/** The benchmark's floor page: only a server started with BENCH_FLOOR=1 (npm run bench) has it; this one answers 404. */
const BENCH_ONLY = ["/bench-floor"];

test("the public pages answer 200, or send a signed-in visitor on to their own area", async () => {
  const open = PAGES.filter((p) => MATRIX[p.key]?.public && !BENCH_ONLY.includes(routeOf(p.file)));
  expect(open.map((p) => routeOf(p.file)).sort()).toEqual(["/", "/signin", "/staff/signin"]);
  for (const url of [...BENCH_ONLY, "/api/bench-floor", "/api/bench-floor/stats"]) {
    for (const caller of CALLERS) expect((await contexts.get(caller)!.get(url, { maxRedirects: 0 })).status(), `${url} as ${caller}`).toBe(404);
  }
  for (const page of open) {
    for (const caller of CALLERS) {
      const res = await contexts.get(caller)!.get(routeOf(page.file), { maxRedirects: 0 });
      expect([200, 307], `${routeOf(page.file)} as ${caller}`).toContain(res.status());
    }
  }
});

test("out of scope answers 404 like a missing id, and shows none of the data", async () => {
  // Another department's request: the stables see no kids' club request; another stay's booking: nor does another guest.
  const asStables = await ids.stables.get(`/staff/requests/${ids.crib}`, { maxRedirects: 0 });
  expect(asStables.status()).toBe(404);
  expect(await asStables.text()).not.toContain("Okafor");
  const asStranger = await ids.stranger.get(`/requests/${ids.crib}`, { maxRedirects: 0 });
  expect(asStranger.status()).toBe(404);
  expect(await asStranger.text()).not.toMatch(/Okafor|Baby cot/);
  // A manager page for reception: no account of the hotel in the answer.
  const accounts = await contexts.get("reception")!.get("/staff/accounts", { maxRedirects: 0 });
  expect(accounts.status()).toBe(404);
  expect(await accounts.text()).not.toContain("kids@demo.hotel");

  // Every page with an id or slug, as a caller allowed there, with one that does not exist.
  const dynamic = PAGES.filter((p) => /\[(id|slug)\]/.test(p.file));
  expect(dynamic.length).toBeGreaterThan(8);
  for (const page of dynamic) {
    const { url } = urlOf(page.file, { id: MISSING, slug: "no-such-thing" });
    const rule = MATRIX[page.key]!;
    const caller = !rule.public && rule.allow.includes("manager") ? "manager" : "guest";
    const res = await contexts.get(caller)!.get(new URL(url).pathname, { maxRedirects: 0 });
    expect(res.status(), `${new URL(url).pathname} as ${caller}`).toBe(404);
  }
  // And a query that names nothing: a new service for a package that does not exist.
  expect((await contexts.get("manager")!.get(`/staff/catalogue/services/new?package=${MISSING}`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await call(contexts.get("guest")!, "GET", `/api/v1/bookings/${ids.crib}`)).toMatchObject({ status: 200 });
});

test("in the browser, a refused page shows its not-found panel and nothing else", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const state = await contexts.get("department")!.storageState();
  await context.addCookies(state.cookies);
  const page = await context.newPage();
  const response = await page.goto("/staff/accounts");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("manager@demo.hotel")).toHaveCount(0);
  await context.close();
});
