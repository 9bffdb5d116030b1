// The sign-in throttle against the database: a client over its limit is refused; an account failed from many clients is
// only slowed (capped), never refused to a client that has not been failing (docs/reliability.md §14, §14b; issue 9 point 5).
import { describe, expect, it } from "vitest";
import { BACKOFF_CAP_MS } from "@/lib/sign-in-backoff";
import { uniqueId } from "@/tests/factories";
import { useTestDatabase } from "@/tests/migrate";
import { guestKeys, judgeAttempt, recordFailure, staffKeys } from "./sign-in-throttle";

useTestDatabase();

async function fail(times: number, keys: ReturnType<typeof guestKeys>): Promise<void> {
  for (let i = 0; i < times; i++) await recordFailure(keys);
}

describe("guests", () => {
  it("refuses a client after 10 failures, whatever codes and surnames it tried", async () => {
    const client = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueId("c")}`;
    for (let i = 0; i < 9; i++) await recordFailure(guestKeys(uniqueId("CODE"), uniqueId("surname"), client));
    expect(await judgeAttempt(guestKeys(uniqueId("CODE"), "Anyone", client))).toEqual({ refused: false, delayMs: 0 });
    await recordFailure(guestKeys(uniqueId("CODE"), uniqueId("surname"), client));
    expect(await judgeAttempt(guestKeys("RIGHT-CODE", "Right", client))).toEqual({ refused: true });
    // Another client is not refused.
    expect(await judgeAttempt(guestKeys("RIGHT-CODE", "Right", `${client}-other`))).toEqual({ refused: false, delayMs: 0 });
  });

  it("an account failed 20 times from two clients makes others wait, capped, and refuses no one else", async () => {
    const code = uniqueId("CODE").toUpperCase();
    const surname = uniqueId("Surname");
    await fail(10, guestKeys(code, "wrong", uniqueId("a")));
    await fail(10, guestKeys(uniqueId("OTHER"), surname, uniqueId("b")));
    const verdict = await judgeAttempt(guestKeys(code, surname, uniqueId("own-browser")));
    expect(verdict).toMatchObject({ refused: false });
    expect(verdict.refused === false && verdict.delayMs).toBeGreaterThan(0);
    expect(verdict.refused === false && verdict.delayMs).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });
});

describe("staff", () => {
  it("5 wrong passwords refuse that client for that account only; the account from elsewhere waits at most the cap", async () => {
    const email = `${uniqueId("s")}@example.test`;
    const attacker = uniqueId("attacker");
    for (let i = 0; i < 4; i++) await recordFailure(staffKeys(email, attacker));
    expect(await judgeAttempt(staffKeys(email, attacker))).toEqual({ refused: false, delayMs: 0 });
    await recordFailure(staffKeys(email, attacker));
    expect(await judgeAttempt(staffKeys(email, attacker))).toEqual({ refused: true });
    // The same client may still try another account (its client count is 5 of 10).
    expect(await judgeAttempt(staffKeys(`other-${email}`, attacker))).toMatchObject({ refused: false });
    for (let i = 0; i < 15; i++) await recordFailure(staffKeys(email, uniqueId("crowd")));
    expect(await judgeAttempt(staffKeys(email, uniqueId("manager")))).toEqual({ refused: false, delayMs: BACKOFF_CAP_MS });
  });
});
