// Preloaded by `npm run bench:session`: `import "server-only"` throws outside a React Server Component bundle, and the
// react-server condition that turns it into a no-op (db/cli.ts) breaks next-auth's imports of Next's client code.
// As in vitest.config.ts, the marker resolves to an empty module here.
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "server-only" ? require.resolve("../../tests/empty.ts") : request, ...rest);
};
