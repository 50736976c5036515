import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/**
 * The layering of README "Folders", kept by lint rather than by review:
 * components/ draw (no database, not even its types: they get narrow props),
 * lib/ holds the rules (never reaches up into routes or UI), db/ holds tables
 * and migrations (knows nothing of routes or UI). Paths are resolved, so
 * `@/db/...` and `../../db/...` are caught alike; type-only imports count.
 */
const LAYERS = [
  { target: "./components", from: "./db", message: "components/ must not import db/ (types included): pass the fields the component shows as props, typed in lib/<domain>." },
  { target: "./lib", from: "./app", message: "lib/ must not import app/: routes depend on rules, not the other way round." },
  { target: "./lib", from: "./components", message: "lib/ must not import components/: rules know nothing of the UI." },
  { target: "./db", from: "./app", message: "db/ must not import app/." },
  { target: "./db", from: "./components", message: "db/ must not import components/." },
];

/** Names under which code holds a drizzle database or transaction. */
const DRIZZLE_OBJECTS = ["db", "tx", "getDb"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["**/.next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "**/lint-fixtures/**"]),
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The schema builds its pgEnums from import-free enums modules only, so no rule module
    // (and nothing it imports) is loaded with the tables; types (erased) may come from anywhere.
    files: ["db/schema/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./", message: "db/schema reaches lib/ only through @/." },
            { regex: "^@/(?!lib/[a-z-]+/enums$)", allowTypeImports: true, message: "db/schema imports only @/lib/<domain>/enums modules at run time." },
          ],
        },
      ],
    },
  },
  {
    // Every variable is read, checked and defaulted in lib/env.ts (README "Configuration").
    files: ["app/**", "lib/**", "components/**", "db/**", "proxy.ts"],
    ignores: ["lib/env.ts", "lib/testing/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read environment variables through env() from @/lib/env, where they are validated and documented." }],
    },
  },
  {
    plugins: { drizzle },
    rules: {
      "import/no-restricted-paths": ["error", { zones: LAYERS }],
      // A delete or update without where() empties or rewrites a whole table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: DRIZZLE_OBJECTS }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: DRIZZLE_OBJECTS }],
      // sql.raw / sql.identifier put text into SQL unescaped (CVE-2026-39356 class): every use
      // is refused; the few with constant input carry a disable comment saying why it is safe.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']",
          message: "sql.raw() puts text into SQL unescaped; use sql`...${value}` placeholders, or disable with the reason the input is constant.",
        },
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name='identifier']",
          message: "sql.identifier() with dynamic input is an injection risk; map names through an allowlist.",
        },
      ],
    },
  },
]);
