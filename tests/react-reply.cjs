// React's own reply codec, the one Next.js uses for Server Actions, run outside Next for tests of lib/server-action-body.ts:
// `node tests/react-reply.cjs encode` turns argument lists (JSON on stdin) into request bodies as the browser sends them;
// `node tests/react-reply.cjs decode` says for each body (JSON on stdin) whether React decodes it or throws.
// One process per mode: the client build needs React's client entry, the server build its "react-server" entry.
"use strict";
const path = require("node:path");
const Module = require("node:module");

process.env.NODE_ENV = "production";
const compiled = path.join(path.dirname(require.resolve("next/package.json")), "dist/compiled");
const mode = process.argv[2];
const react = mode === "decode" ? "react/react.react-server.js" : "react/index.js";
const reactDom = mode === "decode" ? "react-dom/react-dom.react-server.js" : "react-dom/index.js";
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "react" || request === "next/dist/compiled/react") return resolve.call(this, path.join(compiled, react), ...rest);
  if (request === "react-dom" || request === "next/dist/compiled/react-dom") return resolve.call(this, path.join(compiled, reactDom), ...rest);
  return resolve.call(this, request, ...rest);
};

function toFormData(entries) {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, typeof value === "string" ? value : new Blob([value.blob]));
  return form;
}

/** FormData → [key, value] pairs; a Blob as { blob: text }. */
async function fromFormData(form) {
  const out = [];
  for (const [key, value] of form.entries()) out.push([key, typeof value === "string" ? value : { blob: await value.text() }]);
  return out;
}

async function main() {
  const input = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
  const out = [];
  if (mode === "encode") {
    const { encodeReply } = require(path.join(compiled, "react-server-dom-turbopack/client.node.js"));
    // Each case: { args, forms }. In args, "$form:N" stands for a FormData made from forms[N], and { $map }, { $set },
    // { $date }, { $bigint }, { $undefined } for the values JSON cannot carry.
    const revive = (v, forms) => {
      if (typeof v === "string" && v.startsWith("$form:")) return toFormData(forms[Number(v.slice(6))]);
      if (Array.isArray(v)) return v.map((x) => revive(x, forms));
      if (v && typeof v === "object") {
        if ("$map" in v) return new Map(v.$map.map(([k, x]) => [k, revive(x, forms)]));
        if ("$set" in v) return new Set(v.$set.map((x) => revive(x, forms)));
        if ("$date" in v) return new Date(v.$date);
        if ("$bigint" in v) return BigInt(v.$bigint);
        if ("$undefined" in v) return undefined;
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x, forms)]));
      }
      return v;
    };
    for (const { args, forms = [] } of input) {
      const encoded = await encodeReply(revive(args, forms));
      out.push(typeof encoded === "string" ? { kind: "text", text: encoded } : { kind: "form", entries: await fromFormData(encoded) });
    }
  } else if (mode === "decode") {
    const server = require(path.join(compiled, "react-server-dom-turbopack/server.node.js"));
    for (const body of input) {
      const value = body.kind === "text" ? body.text : toFormData(body.entries);
      try {
        const decoded = server.decodeReply(value, {}, { temporaryReferences: server.createTemporaryReferenceSet() });
        // A reference that can never resolve leaves the promise pending: as good as broken for the action.
        const args = await Promise.race([decoded, new Promise((_, reject) => setTimeout(() => reject(new Error("never resolves")), 1000))]);
        out.push({ ok: true, isList: Array.isArray(args) });
      } catch (err) {
        out.push({ ok: false, error: String(err && err.message).slice(0, 200) });
      }
    }
  } else {
    throw new Error("usage: node tests/react-reply.cjs encode|decode < cases.json");
  }
  process.stdout.write(JSON.stringify(out));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
