// Checks a Server Action request's body before Next.js decodes it: React's reply decoder throws on a body that is not
// JSON, on an argument list that is not a list, and on a reference to a part the body does not have — and Next.js answers
// every one of those with a 500. proxy.ts answers them with a 400 instead. Pure: body in, problem (or null) out.
//
// The format is React's "reply" encoding (encodeReply in react-server-dom-*/client): the argument list as JSON, in the
// body itself or in multipart field "0"; a string starting with "$" is a special value or a reference to another field.

/** A fetch action's body as it arrived: text (JSON), or multipart form data. */
export type ActionBody = { kind: "text"; text: string } | { kind: "form"; form: FormData };

// "$$…" an escaped string, "$undefined", "$Infinity", "$-Infinity", "$-0", "$NaN", "$H" (a hole), "$D<date>",
// "$T…" (a temporary reference, resolved by Next.js's own set): values that point at nothing else.
const SCALAR = /^\$(\$|u|I|-|N|H|D|T)/;
const BIGINT = /^\$n-?\d{1,300}$/;
// "$K<hex>": a FormData argument whose entries are the fields "_<id>_…" — it may well have none.
const FORM_DATA = /^\$K[0-9a-f]+$/;
// Models in other fields: "$<hex>" (an object), "$@" (promise), "$h" (server reference), "$Q" (Map), "$W" (Set), "$i"
// (iterator); each may end in ":path".
const MODEL = /^\$([@hQWi]?)([0-9a-f]+)(:[^]*)?$/;
// Binary or streamed parts: typed arrays, Blob, ReadableStream, async iterables.
const BINARY = /^\$[AOoUSsLlGgMmVBRrXx]([0-9a-f]+)$/;

/** Deeper than this, a legitimate argument list never goes; a deliberately deep one is refused before React recurses. */
const MAX_DEPTH = 64;

type Part = (id: number) => string | File | null;

function problemIn(value: unknown, part: Part | null, seen: Set<number>, depth: number): string | null {
  if (depth > MAX_DEPTH) return "nested too deeply";
  if (typeof value === "string") {
    if (!value.startsWith("$") || SCALAR.test(value) || BIGINT.test(value) || FORM_DATA.test(value)) return null;
    const model = MODEL.exec(value);
    const binary = model ? null : BINARY.exec(value);
    if (!model && !binary) return `unknown reference ${JSON.stringify(value.slice(0, 20))}`;
    const id = parseInt((model ?? binary)![model ? 2 : 1], 16);
    const field = part?.(id) ?? null;
    if (field === null) return `reference to part ${id}, which the body does not have`;
    if (binary || seen.has(id)) return null;
    if (typeof field !== "string") return `part ${id} is not JSON`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(field);
    } catch {
      return `part ${id} is not JSON`;
    }
    return problemIn(parsed, part, new Set(seen).add(id), depth + 1);
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = problemIn(item, part, seen, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) {
      const problem = problemIn(item, part, seen, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/** Why React could not decode this body into an argument list, or null when it can. */
export function actionBodyProblem(body: ActionBody): string | null {
  const root = body.kind === "text" ? body.text : body.form.get("0");
  if (typeof root !== "string") return "no argument list (field 0)";
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return "the argument list is not JSON";
  }
  if (!Array.isArray(args)) return "the argument list is not a list";
  const part: Part | null = body.kind === "form" ? (id) => body.form.get(String(id)) : null;
  return problemIn(args, part, new Set([0]), 0);
}
