import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering and SQL rules of eslint.config.mjs, each shown failing on a
// deliberate violation and passing on the allowed form. The code is linted as
// if it lived at `file` (imports resolve against the real project), so the
// rules see exactly what `npm run lint` sees; nothing is written to disk.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const layering = "import/no-restricted-paths";

describe("layering (import/no-restricted-paths)", () => {
  const cases: [string, string, string][] = [
    ["components/ importing a db/ type", "components/lint-case/row.tsx", 'import type { Application } from "@/db/schema";\nexport type Row = Application;\n'],
    ["components/ importing db/ by a relative path", "components/lint-case/row.tsx", 'import { users } from "../../db/schema";\nexport const table = users;\n'],
    ["lib/ importing app/", "lib/lint-case/rule.ts", 'import { updateUserAccessAction } from "@/app/[locale]/admin/users/actions";\nexport const action = updateUserAccessAction;\n'],
    ["lib/ importing components/", "lib/lint-case/rule.ts", 'import { Button } from "@/components/ui/button";\nexport const button = Button;\n'],
    ["db/ importing app/", "db/lint-case.ts", 'import { updateUserAccessAction } from "@/app/[locale]/admin/users/actions";\nexport const action = updateUserAccessAction;\n'],
    ["db/ importing components/", "db/lint-case.ts", 'import { Button } from "@/components/ui/button";\nexport const button = Button;\n'],
  ];
  it.each(cases)("refuses %s", async (_name, file, code) => {
    expect(await rulesHit(file, code)).toContain(layering);
  });

  it("allows the directions the layering wants", async () => {
    expect(await rulesHit("components/lint-case/row.tsx", 'import type { ApplicationSteps } from "@/lib/applications/application-steps";\nexport type Row = ApplicationSteps;\n')).toEqual([]);
    expect(await rulesHit("app/lint-case/page.tsx", 'import { users } from "@/db/schema";\nexport const table = users;\n')).toEqual([]);
  });
});

describe("db/schema imports only enums modules, through @/", () => {
  const rule = "@typescript-eslint/no-restricted-imports";
  it("refuses a rules module and a relative path", async () => {
    expect(await rulesHit("db/schema/lint-case.ts", 'import { checkEligibility } from "@/lib/sez/eligibility";\nexport const f = checkEligibility;\n')).toContain(rule);
    expect(await rulesHit("db/schema/lint-case.ts", 'import { SECTORS } from "../../lib/sez/enums";\nexport const s = SECTORS;\n')).toContain(rule);
  });
  it("allows an enums module through @/, and types from anywhere", async () => {
    expect(await rulesHit("db/schema/lint-case.ts", 'import { SECTORS } from "@/lib/sez/enums";\nexport const s = SECTORS;\n')).toEqual([]);
    expect(await rulesHit("db/schema/lint-case.ts", 'import type { CompanyStep } from "@/lib/applications/validation";\nexport type C = CompanyStep;\n')).toEqual([]);
  });
});

describe("drizzle: no delete or update without where()", () => {
  const header = 'import { eq } from "drizzle-orm";\nimport { users } from "@/db/schema";\nimport type { Database } from "@/db/types";\n';
  it("refuses db.delete(table) and tx.update(table).set() alone", async () => {
    expect(await rulesHit("lib/lint-case/q.ts", `${header}export const wipe = (db: Database) => db.delete(users);\n`)).toContain("drizzle/enforce-delete-with-where");
    expect(await rulesHit("lib/lint-case/q.ts", `${header}export const all = (tx: Database) => tx.update(users).set({ name: "x" });\n`)).toContain("drizzle/enforce-update-with-where");
  });
  it("allows them with where()", async () => {
    const code = `${header}export const one = (db: Database, id: string) => db.delete(users).where(eq(users.id, id));\nexport const two = (tx: Database, id: string) => tx.update(users).set({ name: "x" }).where(eq(users.id, id));\n`;
    expect(await rulesHit("lib/lint-case/q.ts", code)).toEqual([]);
  });
});

describe("sql.raw and sql.identifier", () => {
  it("refuses both, whatever the argument", async () => {
    const hits = await rulesHit("lib/lint-case/q.ts", 'import { sql } from "drizzle-orm";\nexport const a = (name: string) => sql.raw(`select ${name}`);\nexport const b = (name: string) => sql.identifier(name);\nexport const c = sql.raw("select 1");\n');
    expect(hits.filter((rule) => rule === "no-restricted-syntax")).toHaveLength(3);
  });
  it("allows placeholders", async () => {
    expect(await rulesHit("lib/lint-case/q.ts", 'import { sql } from "drizzle-orm";\nexport const a = (name: string) => sql`select ${name}`;\n')).toEqual([]);
  });
});

describe("environment only through lib/env.ts", () => {
  it("refuses process.env in app code, and allows env()", async () => {
    expect(await rulesHit("lib/lint-case/config.ts", "export const url = process.env.APP_URL;\n")).toContain("no-restricted-properties");
    expect(await rulesHit("lib/lint-case/config.ts", 'import { env } from "@/lib/env";\nexport const url = env().APP_URL;\n')).toEqual([]);
  });
});
