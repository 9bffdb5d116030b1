// actionBodyProblem() against React's own reply codec (tests/react-reply.cjs): every body the browser's encodeReply
// produces passes, and every malformed body it refuses is one that React's decodeReply throws on (a 500 inside Next.js).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actionBodyProblem, type ActionBody } from "./server-action-body";

type Wire = { kind: "text"; text: string } | { kind: "form"; entries: [string, string | { blob: string }][] };

const SCRIPT = path.join(__dirname, "../tests/react-reply.cjs");

function react<T>(mode: "encode" | "decode", input: unknown): T {
  return JSON.parse(execFileSync(process.execPath, [SCRIPT, mode], { input: JSON.stringify(input), encoding: "utf8" })) as T;
}

function toBody(wire: Wire): ActionBody {
  if (wire.kind === "text") return wire;
  const form = new FormData();
  for (const [key, value] of wire.entries) form.append(key, typeof value === "string" ? value : new Blob([value.blob]));
  return { kind: "form", form };
}

const text = (body: string): Wire => ({ kind: "text", text: body });
const form = (...entries: [string, string | { blob: string }][]): Wire => ({ kind: "form", entries });

// What the app's forms send (useActionState: previous state, then the form) and what else React can encode.
const CALLS = [
  { args: [{ $undefined: true }, "$form:0"], forms: [[["id", "0b0e5a52-7c1e-4a8e-9a0c-3f7d6c1c2a10"], ["note", "$ starts with a dollar"]]] },
  { args: ["$form:0"], forms: [[["to", "/staff/signin"]]] },
  {
    args: [{ ok: false, code: "input:invalid", message: "Please check", fieldErrors: { quantity: ["validation.too_big:10"] }, correlationId: { $undefined: true } }, "$form:0"],
    forms: [[["quantity", "11"]]],
  },
  { args: [null, "$form:0"], forms: [[["file", { blob: "reservation_code,surname\nFAM-1,Garcia\n" }]]] },
  { args: [{ $map: [["a", { $date: "2026-03-29T01:30:00Z" }]] }, { $set: [1, 2] }, { $bigint: "12345678901234567890" }, -0, "$$"] },
  { args: [1, "two", true, null, [3, [4, { five: 5 }]]] },
  { args: [] },
];

// Bodies a client can send that React cannot decode into an argument list.
const MALFORMED: [string, Wire][] = [
  ["not JSON", text("garbage{{")],
  ["cut-off JSON", text('["$undefined",{"id":"ab')],
  ["an empty body", text("")],
  ["a reference in a body without parts", text('["$Q1"]')],
  ["a model reference without its part", text('["$1"]')],
  ["a blob without its part", text('["$B1"]')],
  ["a bigint that is not a number", text('["$nabc"]')],
  ["a bare dollar", text('["$"]')],
  ["an unknown tag", text('["$Z1"]')],
  ["multipart without the argument list", form(["1", "[]"])],
  ["multipart whose argument list is not JSON", form(["0", "{{"])],
  ["multipart pointing at a missing part", form(["0", '["$undefined","$Q7"]'])],
  ["multipart whose part is not JSON", form(["0", '["$1"]'], ["1", "nope"])],
  ["multipart whose part points further at nothing", form(["0", '["$1"]'], ["1", '{"a":"$W2"}'])],
];

let encoded: Wire[];
let decodedCalls: { ok: boolean; isList?: boolean }[];
let decodedMalformed: { ok: boolean; isList?: boolean; error?: string }[];

beforeAll(() => {
  encoded = react<Wire[]>("encode", CALLS);
  decodedCalls = react("decode", encoded);
  decodedMalformed = react("decode", MALFORMED.map(([, wire]) => wire));
}, 60_000);

describe("actionBodyProblem", () => {
  it("passes every body the browser's encodeReply makes, and React decodes each into an argument list", () => {
    expect(encoded.map((w) => w.kind)).toContain("form");
    expect(encoded.map((w) => w.kind)).toContain("text");
    encoded.forEach((wire, i) => {
      expect(decodedCalls[i], `React decodes call ${i}`).toEqual({ ok: true, isList: true });
      expect(actionBodyProblem(toBody(wire)), `call ${i}: ${JSON.stringify(wire).slice(0, 200)}`).toBeNull();
    });
  });

  for (const [i, [name, wire]] of MALFORMED.entries()) {
    it(`refuses ${name}, on which React's decoder fails`, () => {
      expect(decodedMalformed[i].ok, `React: ${JSON.stringify(decodedMalformed[i])}`).toBe(false);
      expect(actionBodyProblem(toBody(wire))).toEqual(expect.any(String));
    });
  }

  it("is stricter than React where React lets a broken body through to the action", () => {
    // Not a list: Next.js would call the action with no arguments. A promise without its part: the action would get
    // a promise that is already rejected.
    const notAList = text('{"id":"x"}');
    const danglingPromise = text('["$@5"]');
    expect(react("decode", [notAList, danglingPromise])).toEqual([
      { ok: true, isList: false },
      { ok: true, isList: true },
    ]);
    expect(actionBodyProblem(toBody(notAList))).toBe("the argument list is not a list");
    expect(actionBodyProblem(toBody(danglingPromise))).toBe("reference to part 5, which the body does not have");
  });

  it("refuses nesting far deeper than any argument list, before walking it", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(actionBodyProblem(toBody(text(deep)))).toBe("nested too deeply");
  });

  it("follows references in a cycle without looping", () => {
    expect(actionBodyProblem(toBody(form(["0", '["$1"]'], ["1", '{"self":"$1","back":"$0"}'])))).toBeNull();
  });
});
