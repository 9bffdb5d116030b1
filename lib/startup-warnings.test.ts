// Start-up warnings: a production instance without PUBLIC_URL says so once in the log; development and a set URL do not.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { warnAboutConfiguration } from "./startup-warnings";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(stream as never), lines };
}

describe("start-up warnings", () => {
  it("warns in production when PUBLIC_URL is not set, naming the localhost address emails would use", () => {
    const { log, lines } = capture();
    expect(warnAboutConfiguration({ NODE_ENV: "production", PORT: "8080" }, log)).toEqual(["PUBLIC_URL is not set"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", setting: "PUBLIC_URL", fallback: "http://localhost:8080" });
    expect(String(lines[0].msg)).toContain("links in guest and staff emails point at http://localhost:8080");
  });

  it("is quiet in production with PUBLIC_URL set, and in development without it", () => {
    const { log, lines } = capture();
    expect(warnAboutConfiguration({ NODE_ENV: "production", PUBLIC_URL: "https://services.example-hotel.com" }, log)).toEqual([]);
    expect(warnAboutConfiguration({ NODE_ENV: "development" }, log)).toEqual([]);
    expect(warnAboutConfiguration({ NODE_ENV: "production", PUBLIC_URL: "  " }, log)).toEqual(["PUBLIC_URL is not set"]);
    expect(lines).toHaveLength(1);
  });
});
