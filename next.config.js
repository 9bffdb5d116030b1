// Next.js configuration: the embedded database stays outside the bundle; UI text comes from next-intl.
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/_server/i18n-request.ts");

// PUBLIC_URL's host (lib/env.ts gives the same default). Next.js's own Server Action check compares Origin with
// X-Forwarded-Host or Host; proxy.ts has already refused every other origin, and this lets the public address through
// when the Host header differs (a reverse proxy that rewrites it). Read when `next start` loads this file, not at build.
// A loopback address (the default) is allowed under each of its names, as lib/request-origin.ts does.
const publicUrl = new URL(process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`);
const loopback = ["localhost", "127.0.0.1", "[::1]"];
const publicHosts = loopback.includes(publicUrl.hostname)
  ? loopback.map((name) => `${name}${publicUrl.port ? `:${publicUrl.port}` : ""}`)
  : [publicUrl.host];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile", "bcryptjs", "@touch4it/ical-timezones"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets side-by-side builds (engineers, CI jobs) not overwrite each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run dev` opened as http://127.0.0.1:3000 as well as localhost.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // `npm start` should not spend a third of its build type-checking: `npm test` (its first steps) and
  // `npm run typecheck` do that, and CI fails on a type error before anything is built.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The stays import takes a PMS export of up to 2 MB (checked again in the action); multipart adds a little.
    // proxy.ts refuses larger bodies with a 413 (ACTION_BODY_LIMIT): keep the two equal.
    serverActions: { bodySizeLimit: "3mb", allowedOrigins: publicHosts },
  },
};

module.exports = withNextIntl(nextConfig);
