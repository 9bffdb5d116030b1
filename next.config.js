// Next.js configuration: the embedded database stays outside the bundle; UI text comes from next-intl.
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/_server/i18n-request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile", "bcryptjs"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets side-by-side builds (engineers, CI jobs) not overwrite each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run dev` opened as http://127.0.0.1:3000 as well as localhost.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  experimental: {
    // The stays import takes a PMS export of up to 2 MB (checked again in the action); multipart adds a little.
    serverActions: { bodySizeLimit: "3mb" },
  },
};

module.exports = withNextIntl(nextConfig);
