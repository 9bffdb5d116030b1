// Staff single sign-on (issue 14 point 2) against a real OpenID Connect provider: `oidc-provider` runs in this process
// on 127.0.0.1:E2E_PORT+7 (its own login and consent pages; any password; the login is the email it vouches for), and an
// app instance of its own on E2E_PORT+6 has OIDC_* pointing at it. Chromium goes through the provider's pages:
// sign-in works (email matched case-insensitively), a disabled account and an unknown email are refused with a clear
// message, a provider whose issuer is not the configured one is refused (Auth.js checks the discovery document's
// issuer, and the ID token's against it), and password sign-in can be switched off only while SSO is configured.
import http from "node:http";
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { expect, test, type Browser, type Page } from "./fixtures/test";
import { startExtraServer, type ExtraServer } from "./fixtures/extra-server";
import { signInStaffPage } from "./fixtures/sign-in";

const E2E_PORT = Number(process.env.E2E_PORT || 3100);
const APP_PORT = E2E_PORT + 6;
const IDP_PORT = E2E_PORT + 7;
const ISSUER = `http://127.0.0.1:${IDP_PORT}`;
const CLIENT = { client_id: "guest-services-e2e", client_secret: crypto.randomBytes(24).toString("hex") };
const IDP_NAME = "Test Identity";

/** An OpenID Connect provider whose accounts are any login typed on its page: `unverified+…` has an unconfirmed email. */
function provider(issuer: string, redirectUri: string): Provider {
  return new Provider(issuer, {
    clients: [
      {
        ...CLIENT,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    cookies: { keys: [crypto.randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the email in the ID token (Auth.js reads the profile from it), as Entra ID and Google do.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: !id.startsWith("unverified+"), name: `IdP user ${id}` };
        },
      };
    },
  });
}

let idp: http.Server;
let current: Provider;
let honest: Provider;
let impostor: Provider;
let app: ExtraServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const redirectUri = `http://127.0.0.1:${APP_PORT}/api/auth/callback/oidc`;
  honest = provider(ISSUER, redirectUri);
  // Served at the same address, but says it is someone else: its discovery document's issuer is not OIDC_ISSUER.
  impostor = provider(`http://localhost:${IDP_PORT}`, redirectUri);
  current = honest;
  idp = http.createServer((req, res) => current.callback()(req, res));
  await new Promise<void>((resolve) => idp.listen(IDP_PORT, "127.0.0.1", resolve));
  expect((idp.address() as AddressInfo).port).toBe(IDP_PORT);
  app = await startExtraServer(
    () => ({
      OIDC_ISSUER: ISSUER,
      OIDC_CLIENT_ID: CLIENT.client_id,
      OIDC_CLIENT_SECRET: CLIENT.client_secret,
      OIDC_NAME: IDP_NAME,
    }),
    { port: APP_PORT },
  );
});

test.afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => (idp ? idp.close(resolve) : resolve(undefined)));
});

async function appPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: app.baseURL })).newPage();
}

/** Through the provider's own pages: "Sign in with …" → its login (any password) → its consent → back to the app. */
async function signInWithIdp(page: Page, login: string): Promise<void> {
  await page.goto("/staff/signin");
  await page.getByRole("button", { name: `Sign in with ${IDP_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a staff member signs in through the identity provider, matched by email in any case; signing out ends it", async ({ browser }) => {
  const page = await appPage(browser);
  await signInWithIdp(page, "Manager@Demo.Hotel");
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  await page.goto("/staff/accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signed out once the action lands on the sign-in page; a navigation before that would cancel it.
  await expect(page).toHaveURL(/\/staff\/signin$/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/signin/);
});

test("an unknown email, an unverified email and a disabled account are refused with a clear message", async ({ browser }) => {
  // Five trips through the provider's pages and the accounts page: longer than the default 30 s on a busy 2-core CI.
  test.setTimeout(120_000);
  const unknown = await appPage(browser);
  await signInWithIdp(unknown, `nobody-${crypto.randomBytes(3).toString("hex")}@example.test`);
  await expect(unknown).toHaveURL(/\/staff\/signin\?error=sso_unknown/);
  await expect(unknown.getByTestId("sso-error")).toHaveText(/No staff account has the email/);
  await unknown.goto("/staff");
  await expect(unknown).toHaveURL(/\/staff\/signin/);

  const unverified = await appPage(browser);
  await signInWithIdp(unverified, "unverified+manager@demo.hotel");
  await expect(unverified.getByTestId("sso-error")).toHaveText(/did not confirm your email/);

  // A new account, disabled by the manager (password sign-in on this instance).
  const manager = await appPage(browser);
  await signInStaffPage(manager, "manager@demo.hotel");
  const id = crypto.randomBytes(3).toString("hex");
  const email = `sso-${id}@demo.hotel`;
  await manager.goto("/staff/accounts");
  const form = manager.getByRole("region", { name: "New account" });
  await form.getByLabel("Work email").fill(email);
  await form.getByLabel("Name", { exact: true }).fill(`SSO ${id}`);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: "Reception" });
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();

  const before = await appPage(browser);
  await signInWithIdp(before, email);
  await expect(before).toHaveURL(/\/staff$/);
  await expect(before.getByText(`Signed in as SSO ${id}`)).toBeVisible();

  await manager.goto("/staff/accounts");
  await manager.getByRole("link", { name: `SSO ${id}` }).click();
  await manager.getByRole("button", { name: "Disable account" }).click();
  await expect(manager.getByRole("button", { name: "Enable account" })).toBeVisible();
  // The single-sign-on session ends at once, like a password one.
  await before.goto("/staff");
  await expect(before).toHaveURL(/\/staff\/signin/);

  const disabled = await appPage(browser);
  await signInWithIdp(disabled, email);
  await expect(disabled).toHaveURL(/\/staff\/signin\?error=sso_disabled/);
  await expect(disabled.getByTestId("sso-error")).toHaveText(/Your staff account is disabled/);
  await disabled.goto("/staff");
  await expect(disabled).toHaveURL(/\/staff\/signin/);
});

test("a provider whose issuer is not the configured one is refused", async ({ browser }) => {
  const page = await appPage(browser);
  current = impostor;
  try {
    await page.goto("/staff/signin");
    await page.getByRole("button", { name: `Sign in with ${IDP_NAME}` }).click();
    await expect(page).toHaveURL(/\/staff\/signin\?error=/);
    await expect(page.getByTestId("sso-error")).toHaveText(/Single sign-on did not work/);
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/signin/);
  } finally {
    current = honest;
  }
});

/**
 * Password sign-in on or off at every property of the group, as the group administrator (a manager everywhere) does it
 * through the property switcher: the staff sign-in page offers the password form while any property allows it.
 */
async function passwordSignInEverywhere(admin: Page, on: boolean): Promise<void> {
  await admin.goto("/staff");
  const places = await admin.getByRole("banner").getByLabel("Property").locator("option").allTextContents();
  expect(places.length).toBeGreaterThan(1);
  for (const place of places) {
    await admin.goto("/staff");
    const switcher = admin.getByRole("banner").getByLabel("Property");
    await switcher.selectOption({ label: place });
    // The switch lands before the next page is asked for (the banner's own list holds every name, so it proves nothing).
    const switched = admin.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/staff"));
    await admin.getByRole("banner").getByRole("button", { name: "Switch" }).click();
    await switched;
    await admin.goto("/staff/accounts");
    await expect(switcher.locator("option:checked")).toHaveText(place);
    const section = admin.getByRole("region", { name: "How staff sign in" });
    const state = section.getByTestId("password-sign-in");
    if (on && /is off/.test(await state.innerText())) {
      await section.getByRole("button", { name: "Switch password sign-in on" }).click();
      await expect(state).toHaveText("Password sign-in is on.");
    } else if (!on && /is on/.test(await state.innerText())) {
      await section.getByRole("button", { name: "Switch password sign-in off" }).click();
      await expect(state).toHaveText(/Password sign-in is off/);
    }
  }
}

test("password sign-in switched off: no password form, the right password refused, single sign-on still works", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await appPage(browser);
  await signInWithIdp(admin, "admin@demo.hotel");
  await expect(admin).toHaveURL(/\/staff$/);
  await passwordSignInEverywhere(admin, false);
  try {
    const other = await appPage(browser);
    await other.goto("/staff/signin");
    await expect(other.getByRole("button", { name: `Sign in with ${IDP_NAME}` })).toBeVisible();
    await expect(other.getByLabel("Password")).toHaveCount(0);
    // The password callback itself refuses, whatever the page offers.
    const csrf = await (await other.request.get("/api/auth/csrf")).json();
    const answer = await other.request.post("/api/auth/callback/staff", {
      form: { email: "reception@demo.hotel", password: "demo-pass-2026", csrfToken: csrf.csrfToken },
      maxRedirects: 0,
    });
    expect(answer.headers()["location"] ?? "").toMatch(/error=CredentialsSignin&code=password_off/);
    await other.goto("/staff");
    await expect(other).toHaveURL(/\/staff\/signin/);
  } finally {
    await passwordSignInEverywhere(admin, true);
  }
});

test("without single sign-on configured, password sign-in cannot be switched off", async ({ browser }) => {
  // The suite's own server has no OIDC_*.
  const manager = await (await browser.newContext()).newPage();
  await signInStaffPage(manager, "manager@demo.hotel");
  await manager.goto("/staff/accounts");
  const section = manager.getByRole("region", { name: "How staff sign in" });
  await expect(section).toContainText("Single sign-on is not configured");
  await section.getByRole("button", { name: "Switch password sign-in off" }).click();
  await expect(section.getByRole("status")).toHaveText(/Single sign-on is not configured, so password sign-in must stay on/);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/staff/signin");
  await expect(anonymous.getByLabel("Password")).toBeVisible();
  await expect(anonymous.getByRole("button", { name: /Sign in with/ })).toHaveCount(0);
});
