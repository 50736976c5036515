import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema here; applying it is db/migrate.ts's job
// (the same files serve PGlite and a real server).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
