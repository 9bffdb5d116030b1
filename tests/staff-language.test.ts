// Integration tests of the back office's language (issue 12.3): a staff member's choice is stored on their own account
// through the real Server Action and its session guard, bad input changes nothing, and each request's staff locale is
// the stored choice, else the browser's (only Auth.js's cookie reading and the request headers are faked).
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { staffUsers } from "@/db/schema";
import { createProperty, createStaff, createStay } from "@/tests/factories";
import { signInStaff } from "@/tests/factories-admin";
import { useTestDatabase } from "@/tests/migrate";
import { createAuthSession } from "@/server/auth/sessions";
import { getStaffLocale } from "@/server/staff/staff-locale";

// Mock of Auth.js's cookie reading and of the request's headers: the "browser" of the next request.
const browser = vi.hoisted(() => ({
  token: null as null | { kind: "staff" | "guest"; sid: string; subjectId: string },
  acceptLanguage: null as string | null,
}));
vi.mock("@/app/_server/session-token", () => ({ readSessionToken: async () => browser.token }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(browser.acceptLanguage ? { "accept-language": browser.acceptLanguage } : {}),
  cookies: async () => ({ get: () => undefined, has: () => false }),
}));
// Mock: outside Next there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { setStaffLocaleAction } = await import("@/app/(staff)/staff/language-actions");
const { staffRequestLocale } = await import("@/app/_server/request-locale");

useTestDatabase();

beforeEach(() => {
  browser.token = null;
  browser.acceptLanguage = null;
});

async function signedInStaff() {
  const property = await createProperty();
  const staff = await createStaff(property, { role: "department" });
  browser.token = { kind: "staff", sid: await signInStaff(staff.staffId), subjectId: staff.staffId };
  return { property, staff };
}

const storedLocale = async (staffId: string) => (await db().select({ locale: staffUsers.locale }).from(staffUsers).where(eq(staffUsers.id, staffId)))[0].locale;

describe("setStaffLocaleAction", () => {
  it("stores the choice on the signed-in staff member's own account, and on no one else's", async () => {
    const { property, staff } = await signedInStaff();
    const colleague = await createStaff(property, { role: "reception" });
    expect(await storedLocale(staff.staffId)).toBeNull();

    const result = await setStaffLocaleAction(null, { locale: "th" });
    expect(result).toEqual({ ok: true, data: { locale: "th" } });
    expect(await getStaffLocale(staff.staffId)).toBe("th");
    expect(await storedLocale(colleague.staffId)).toBeNull();

    const form = new FormData();
    form.set("locale", "hu");
    expect((await setStaffLocaleAction(null, form)).ok).toBe(true);
    expect(await storedLocale(staff.staffId)).toBe("hu");
  });

  it.each([
    [{ locale: "de" }],
    [{ locale: "" }],
    [{ locale: "TH" }],
    [{ locale: "th-TH" }],
    [{ locale: 3 }],
    [{}],
    [{ locale: "th", staffId: "00000000-0000-4000-8000-000000000000" }],
    [{ locale: "x".repeat(10_000) }],
  ])("refuses %j with a field error and changes nothing", async (input) => {
    const { staff } = await signedInStaff();
    await setStaffLocaleAction(null, { locale: "ms" });
    const result = await setStaffLocaleAction(null, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("input:invalid");
      expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
    }
    expect(await storedLocale(staff.staffId)).toBe("ms");
  });

  it("asks anonymous callers to sign in and refuses guests", async () => {
    expect(await setStaffLocaleAction(null, { locale: "th" })).toMatchObject({ ok: false, code: "auth:unauthenticated" });
    const property = await createProperty();
    const stay = await createStay(property);
    browser.token = { kind: "guest", sid: await createAuthSession("guest", stay.id), subjectId: stay.id };
    expect(await setStaffLocaleAction(null, { locale: "th" })).toMatchObject({ ok: false, code: "auth:forbidden" });
  });
});

describe("staffRequestLocale", () => {
  it("is the stored choice, whatever the browser says", async () => {
    const { staff } = await signedInStaff();
    await setStaffLocaleAction(null, { locale: "az" });
    browser.acceptLanguage = "hu-HU,hu;q=0.9";
    expect(await staffRequestLocale()).toBe("az");
    expect(await getStaffLocale(staff.staffId)).toBe("az");
  });

  it("without a stored choice, the browser's among the six, else English", async () => {
    await signedInStaff();
    browser.acceptLanguage = "hu-HU,hu;q=0.9,en;q=0.8";
    expect(await staffRequestLocale()).toBe("hu");
    browser.acceptLanguage = "de-DE";
    expect(await staffRequestLocale()).toBe("en");
  });

  it("nobody signed in (the staff sign-in page): the browser's", async () => {
    browser.acceptLanguage = "fil-PH,en;q=0.5";
    expect(await staffRequestLocale()).toBe("tl");
  });

  it("a stored value that is not one of the six is ignored", async () => {
    const { staff } = await signedInStaff();
    await db().update(staffUsers).set({ locale: "pt-BR" }).where(eq(staffUsers.id, staff.staffId));
    browser.acceptLanguage = "ms-MY";
    expect(await staffRequestLocale()).toBe("ms");
  });
});
