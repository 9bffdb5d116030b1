// ESLint: Next.js's own rules (core web vitals, TypeScript) plus the layers of docs/architecture.md, enforced.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

/** Each layer by where it lives; a file outside all of them (a root config file) is not checked. */
const LAYERS = [
  // Next's entry points: pages, route handlers, layouts, their actions and components.
  { type: "app", pattern: ["app"] },
  { type: "server", pattern: ["server"] },
  // A script that times the reports against a database: it may use the layers it measures.
  { type: "bench", pattern: ["db/bench"], exclusive: true },
  { type: "db", pattern: ["db"] },
  { type: "components", pattern: ["components"] },
  { type: "lib", pattern: ["lib"] },
  // The test harness (factories, the access matrix, Playwright): it drives every layer from outside.
  { type: "tests", pattern: ["tests", "e2e"] },
];

const layer = (...types) => ({ element: { types } });
const NEXT_ROOT = { file: { categories: "next-root" } };
const FRAMEWORK = ["next", "next/**", "next-intl", "next-intl/**", "next-auth", "next-auth/**", "react", "react-dom", "react-dom/**"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next*/**",
    ".data/**",
    "node_modules/**",
    "test-results*/**",
    "playwright-report/**",
    "db/migrations/**",
    "next-env.d.ts",
  ]),
  // Adjustments to Next's rules, each for a stated reason (the rest apply as Next ships them).
  {
    rules: {
      // A name starting with "_" is a field dropped on purpose (`const { key: _key, ...rest } = input`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Every <img> is one of the catalogue's SVG illustrations in public/: next/image does not optimise SVG.
      "@next/next/no-img-element": "off",
    },
  },
  {
    // Pages and layouts are Server Components: they render once per request, so reading the clock there is the request's time.
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    // Test code: `useTestDatabase()` is a vitest helper, not a React hook, and the API's JSON replies are read untyped.
    files: ["**/*.test.ts", "tests/**", "e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // CommonJS: Next loads next.config.js with require(); tests/*.cjs are plain Node scripts run by the tests.
    files: ["next.config.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx,js,jsx,mjs}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" } },
      "boundaries/elements": LAYERS.map((l) => ({ ...l, partialMatch: false })),
      "boundaries/files": [
        { category: "test", pattern: "**/*.test.{ts,tsx}" },
        // Next's special files at the root (and Auth.js's config beside them): the app's own, so they stand with app.
        { category: "next-root", pattern: ["auth.ts", "proxy.ts", "instrumentation.ts"] },
      ],
    },
    rules: {
      // pages and route handlers → server → db; components and lib below them; nothing imports app.
      "boundaries/dependencies": [
        2,
        {
          default: "disallow",
          // External packages too (lib may not use the framework); unknown local files (root config) are left alone.
          checkAllOrigins: true,
          policies: [
            { allow: { to: { module: { origin: ["external", "core"] } } } },
            { from: layer("app"), allow: { to: [layer("app", "server", "components", "lib"), NEXT_ROOT] } },
            { from: NEXT_ROOT, allow: { to: [layer("app", "server", "components", "lib"), NEXT_ROOT] } },
            { from: layer("server"), allow: { to: layer("server", "db", "lib") } },
            { from: layer("db"), allow: { to: layer("db", "lib") } },
            { from: layer("bench"), allow: { to: layer("bench", "db", "server", "lib") } },
            { from: layer("components"), allow: { to: layer("components", "lib") } },
            { from: layer("lib"), allow: { to: layer("lib") } },
            { from: layer("tests"), allow: { to: [layer("tests", "app", "server", "db", "components", "lib"), NEXT_ROOT] } },
            // A test beside its code may use the harness (factories, the test database).
            { from: { file: { categories: "test" } }, allow: { to: layer("tests") } },
            // lib is plain TypeScript: no framework, so it runs and is tested anywhere.
            { from: layer("lib"), disallow: { to: { module: { origin: "external", source: FRAMEWORK } } } },
          ],
        },
      ],
    },
  },
]);
