// Node ESM resolve hook for the access-matrix test: Auth.js (next-auth, an ES module that vitest leaves to
// Node) imports "next/server", "next/headers" and "next/navigation" without the ".js" that Node's resolver
// needs for a package without an exports map (Next's bundler does not mind). This adds it.
export async function resolve(specifier, context, next) {
  return next(/^next\/(server|headers|navigation)$/.test(specifier) ? `${specifier}.js` : specifier, context);
}
