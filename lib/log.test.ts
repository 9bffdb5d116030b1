// The logger writes one JSON object a line, with the request id of the request being served, and never a credential.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestContext } from "./log";
import { requestIdFor } from "./request-id";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const log = createLogger(stream as never);
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes JSON lines with level, time and message, and the request id while serving a request", () => {
    const { log, parsed } = capture();
    log.info("outside");
    requestContext.run({ requestId: "req-12345678" }, () => log.child({ area: "api" }).warn({ status: 409 }, "inside"));
    const [outside, inside] = parsed();
    expect(outside).toMatchObject({ level: "info", msg: "outside" });
    expect(outside.requestId).toBeUndefined();
    expect(typeof outside.time).toBe("string");
    expect(inside).toMatchObject({ level: "warn", msg: "inside", requestId: "req-12345678", area: "api", status: 409 });
  });

  it("redacts passwords, codes, tokens, cookies and secrets wherever they are logged", () => {
    const { log, lines } = capture();
    log.info({ password: "hunter2-pass", credentials: { code: "FAM-1001", surname: "Garcia" } }, "sign-in");
    log.info({ input: { newPassword: "n3w-pass-word", reservationCode: "CPL-2002" } }, "change");
    log.info({ headers: { cookie: "authjs.session-token=abc.def.ghi", authorization: "Bearer gs_tok_secret", "set-cookie": "x=y" } }, "headers");
    log.info({ request: { headers: { cookie: "authjs.session-token=zzz" } }, token: "gs_tok_2", endpoint: { secret: "whsec_abc" } }, "nested");
    const text = lines.join("\n");
    for (const secret of ["hunter2-pass", "FAM-1001", "n3w-pass-word", "CPL-2002", "abc.def.ghi", "gs_tok_secret", "x=y", "zzz", "gs_tok_2", "whsec_abc"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
    // What is not a credential stays readable.
    expect(text).toContain("Garcia");
  });

  it("keeps a failed query's SQL but not its parameters, in the message, the stack and the cause", () => {
    const { log, parsed } = capture();
    const cause = new Error("connection reset");
    const err = new Error('Failed query: select * from stays where code = $1\nparams: FAM-1001', { cause });
    (err as Error & { params?: unknown }).params = ["FAM-1001"];
    log.error({ err, correlationId: "c0ffee00-0000-4000-8000-000000000000" }, "unexpected error");
    const [line] = parsed();
    expect(JSON.stringify(line)).not.toContain("FAM-1001");
    expect((line.err as { message: string }).message).toContain("select * from stays");
    expect(line.correlationId).toBe("c0ffee00-0000-4000-8000-000000000000");
  });
});

describe("request id", () => {
  it("takes a proxy's X-Request-Id only when a proxy is declared, and only a plain token", () => {
    expect(requestIdFor("0123456789abcdef0123456789abcdef", true)).toBe("0123456789abcdef0123456789abcdef");
    expect(requestIdFor("0123456789abcdef0123456789abcdef", false)).not.toBe("0123456789abcdef0123456789abcdef");
    expect(requestIdFor("evil\nnext-line-injected", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(undefined, true)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
