import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      // sql.raw / sql.identifier must never receive user input (CVE-2026-39356 class).
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name='identifier']",
          message: "sql.identifier() with dynamic input is an injection risk; map names through an allowlist.",
        },
      ],
    },
  },
]);
