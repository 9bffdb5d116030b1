// No server-side request forgery through webhooks: private and loopback addresses are refused without
// WEBHOOKS_ALLOW_PRIVATE — as typed when registering, and as resolved when connecting (a public-looking name that
// resolves to 127.0.0.1 is refused) — redirects are not followed, and an attempt gives up after its timeout.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LookupAddress } from "node:dns";
import { db } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import type { UrlPolicy } from "@/lib/webhooks/url-rules";
import { expectAppError } from "@/tests/expect-app-error";
import { deliveriesOf, LOCAL_POLICY, registerEndpoint, soon, webhookHotel } from "@/tests/factories-webhooks";
import { useTestDatabase } from "@/tests/migrate";
import { startWebhookReceiver, testWebhookPort, type WebhookReceiver } from "@/tests/webhook-receiver";
import { sendDueWebhooks } from "./deliver";
import { createWebhookEndpoint, updateWebhookEndpoint } from "./endpoints";
import type { Resolver } from "./safe-post";

useTestDatabase();

const STRICT: UrlPolicy = { allowHttp: true, allowPrivate: false, production: true };

let receiver: WebhookReceiver;
let elsewhere: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver(testWebhookPort(1));
  elsewhere = await startWebhookReceiver(testWebhookPort(2));
});
afterAll(async () => {
  await receiver?.close();
  await elsewhere?.close();
});

/** Stands for DNS: every name resolves to `address` (here: the loopback the receiver listens on). */
function resolvingTo(address: string): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = ((hostname, _options, callback) => {
    calls.push(hostname);
    callback(null, [{ address, family: address.includes(":") ? 6 : 4 } as LookupAddress]);
  }) as Resolver & { calls: string[] };
  resolve.calls = calls;
  return resolve;
}

describe("registering an endpoint", () => {
  it.each([
    ["http://127.0.0.1:9/hooks", "private_address"],
    ["https://localhost/hooks", "private_address"],
    ["https://169.254.169.254/latest/meta-data/", "private_address"],
    ["https://[::1]:8443/", "private_address"],
    ["https://user:secret@pms.example.com/hooks", "credentials"],
    ["gopher://pms.example.com/", "scheme"],
  ])("refuses %s with a field error and writes nothing", async (url, problem) => {
    const h = await webhookHotel();
    const err = await expectAppError(createWebhookEndpoint(h.manager, { url, description: null, events: ["booking.created"], active: true }, STRICT), "input:invalid");
    expect(err.fieldErrors).toEqual({ url: [`staff.webhooks.errors.${problem}`] });
    expect(await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.propertyId, h.property.id))).toEqual([]);
  });

  it("refuses plain http in production unless the operator allows it; a change of URL is checked the same way", async () => {
    const h = await webhookHotel();
    const production: UrlPolicy = { allowHttp: false, allowPrivate: false, production: true };
    await expectAppError(createWebhookEndpoint(h.manager, { url: "http://pms.example.com/hooks", description: null, events: ["stay.created"], active: true }, production), "input:invalid");
    const { endpoint } = await createWebhookEndpoint(h.manager, { url: "https://pms.example.com/hooks", description: null, events: ["stay.created"], active: true }, production);
    const err = await expectAppError(updateWebhookEndpoint(h.manager, endpoint.id, { url: "https://10.0.0.8/hooks" }, production), "input:invalid");
    expect(err.fieldErrors).toEqual({ url: ["staff.webhooks.errors.private_address"] });
    const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.url).toBe("https://pms.example.com/hooks");
  });
});

describe("sending", () => {
  it("refuses a name that resolves to a loopback address (checked when connecting), and reaches it when allowed", async () => {
    const h = await webhookHotel();
    // The text passes every rule: only the address the name resolves to gives it away.
    const { endpoint } = await registerEndpoint(h.manager, `http://hooks.example.test:${receiver.port}/hooks/rebind`, ["booking.created"]);
    await h.bookRide();
    const dns = resolvingTo("127.0.0.1");
    const refused = await sendDueWebhooks(soon(), { policy: { ...STRICT, resolve: dns }, propertyId: h.property.id });
    expect(refused).toMatchObject({ delivered: 0, failed: 1 });
    expect(dns.calls).toEqual(["hooks.example.test"]);
    expect(receiver.requests.filter((r) => r.path === "/hooks/rebind")).toEqual([]);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(failed.lastError).toContain("resolves to 127.0.0.1");

    // The control: with the operator's setting the same resolver leads to the receiver (so it was what connected).
    const allowed = await sendDueWebhooks(new Date(Date.now() + 120_000), { policy: { ...STRICT, allowPrivate: true, resolve: dns }, propertyId: h.property.id });
    expect(allowed).toMatchObject({ delivered: 1, failed: 0 });
    expect(receiver.requests.filter((r) => r.path === "/hooks/rebind")).toHaveLength(1);
  });

  it("checks an address typed in the URL again when sending (the setting was switched off since)", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/switched-off`, ["booking.created"]);
    await h.bookRide();
    await sendDueWebhooks(soon(), { policy: STRICT, propertyId: h.property.id });
    expect(receiver.requests.filter((r) => r.path === "/hooks/switched-off")).toEqual([]);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed.lastError).toBe("URL refused: private address");
  });

  it("does not follow a redirect: the attempt fails and the target hears nothing", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/moved`, ["booking.created"]);
    receiver.answerWith(() => ({ status: 307, headers: { location: `${elsewhere.url}/stolen` } }));
    await h.bookRide();
    expect(await sendDueWebhooks(soon(), { policy: LOCAL_POLICY, propertyId: h.property.id })).toMatchObject({ delivered: 0, failed: 1 });
    receiver.answerWith(() => 200);
    expect(elsewhere.requests).toEqual([]);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: "pending", lastStatusCode: 307 });
    expect(failed.lastError).toContain("not followed");
  });

  it("gives up an attempt that gets no answer within the timeout", async () => {
    const h = await webhookHotel();
    const { endpoint } = await registerEndpoint(h.manager, `${receiver.url}/slow`, ["booking.created"]);
    receiver.answerWith((_n, req) => (req.path === "/hooks/slow" ? "hang" : 200));
    await h.bookRide();
    const started = Date.now();
    expect(await sendDueWebhooks(soon(), { policy: { ...LOCAL_POLICY, timeoutMs: 400 }, propertyId: h.property.id })).toMatchObject({ failed: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    receiver.answerWith(() => 200);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed.lastError).toBe("No answer within the time limit");
  });
});
