// Unit tests of the queue's URL parameters: strict, typed, and never passing raw text on as a filter it is not.
import { describe, expect, it } from "vitest";
import { parseQueueParams, queueHref, statusesOf } from "./queue-filter";

const uuid = "0b6f3d0e-6f6a-4a8e-9d39-2f1f3b0c9a11";

describe("parseQueueParams", () => {
  it("reads every filter, and treats empty form fields as absent", () => {
    expect(parseQueueParams({ department: uuid, status: "declined", day: "2026-06-15", q: "  Gar ", page: "2" })).toEqual({
      ok: true,
      params: { department: uuid, status: "declined", day: "2026-06-15", q: "Gar", page: 2 },
    });
    expect(parseQueueParams({ department: "", status: "", day: "", q: "", page: undefined })).toEqual({ ok: true, params: {} });
    expect(parseQueueParams({})).toEqual({ ok: true, params: {} });
  });

  it.each([
    [{ department: "spa" }, ["department"]],
    [{ department: `${uuid}' or 1=1 --` }, ["department"]],
    [{ status: "requested'; drop table bookings; --" }, ["status"]],
    [{ status: "OPEN" }, ["status"]],
    [{ day: "2026-02-30" }, ["day"]],
    [{ day: "15.06.2026" }, ["day"]],
    [{ q: "x".repeat(51) }, ["q"]],
    [{ q: "   " }, ["q"]],
    [{ page: "0" }, ["page"]],
    [{ page: "-1" }, ["page"]],
    [{ page: "1e3" }, ["page"]],
    [{ page: "99999" }, ["page"]],
    [{ sort: "created_at desc" }, ["sort"]],
    [{ status: ["open", "all"] }, ["status"]],
    [{ status: "nope", extra: "1" }, ["extra", "status"]],
  ])("refuses %j", (raw, fields) => {
    const result = parseQueueParams(raw as Record<string, string | string[]>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.sort()).toEqual(fields);
  });

  it("accepts a search of exactly 50 characters", () => {
    expect(parseQueueParams({ q: "x".repeat(50) }).ok).toBe(true);
  });
});

describe("statusesOf", () => {
  it("gives the default for open, every status for all, one status otherwise", () => {
    expect(statusesOf(undefined)).toBeUndefined();
    expect(statusesOf("open")).toBeUndefined();
    expect(statusesOf("all")).toHaveLength(8);
    expect(statusesOf("no_show")).toEqual(["no_show"]);
  });
});

describe("queueHref", () => {
  it("keeps only what differs from the defaults, encoded", () => {
    expect(queueHref({})).toBe("/staff");
    expect(queueHref({ status: "open", page: 1 })).toBe("/staff");
    expect(queueHref({ q: "O'Neil & co", page: 3, status: "all" })).toBe("/staff?status=all&q=O%27Neil+%26+co&page=3");
  });
});
