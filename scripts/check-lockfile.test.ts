import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkLockfile, compareVersions } from "./check-lockfile.mjs";

const integrity = "sha512-AAAA";
function lockfile(packages: Record<string, object>, direct: Record<string, string> = {}) {
  const entries = Object.fromEntries(Object.entries(packages).map(([path, entry]) => [path, { integrity, ...entry }]));
  return { lockfileVersion: 3, packages: { "": { name: "app", dependencies: direct }, ...entries } };
}
const good = {
  "node_modules/next": { version: "16.4.6" },
  "node_modules/react": { version: "19.3.1" },
  "node_modules/react-dom": { version: "19.3.1" },
  "node_modules/next-auth": { version: "5.0.0-beta.32" },
  "node_modules/@auth/core": { version: "0.41.3" },
  "node_modules/drizzle-orm": { version: "0.45.4" },
  "node_modules/nodemailer": { version: "10.6.1" },
};

describe("lockfile gate (scripts/check-lockfile.mjs)", () => {
  it("passes the project's own lockfile", () => {
    expect(checkLockfile(JSON.parse(readFileSync("package-lock.json", "utf8")), readFileSync(".npmrc", "utf8"))).toEqual([]);
  });

  it("passes a lockfile at or above every floor", () => {
    expect(checkLockfile(lockfile({ ...good, "node_modules/sharp": { version: "0.35.4" } }))).toEqual([]);
  });

  it.each([
    ["next", "16.3.2", "below the floor 16.3.3"],
    ["next", "16.3.3-canary.9", "below the floor 16.3.3"],
    ["react", "19.2.7", "below the floor 19.2.8"],
    ["react-dom", "19.1.0", "below the floor 19.2.8"],
    ["drizzle-orm", "0.45.1", "below the floor 0.45.2"],
    ["nodemailer", "8.0.5", "below the floor 9.0.1"],
    ["next-auth", "5.0.0-beta.30", "must be exactly 5.0.0-beta.32"],
    ["@auth/core", "0.41.0", "below the floor 0.41.3"],
  ])("names %s@%s and its floor", (name, version, message) => {
    const problems = checkLockfile(lockfile({ ...good, [`node_modules/${name}`]: { version } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}@${version}`);
    expect(problems[0]).toContain(message);
  });

  it("checks nested copies and optional packages such as sharp", () => {
    const problems = checkLockfile(lockfile({ ...good, "node_modules/next/node_modules/sharp": { version: "0.34.1" } }));
    expect(problems).toEqual([expect.stringContaining("sharp@0.34.1 (node_modules/next/node_modules/sharp): below the floor 0.35.4")]);
  });

  it("refuses two copies of @auth/core", () => {
    const problems = checkLockfile(lockfile({ ...good, "node_modules/next-auth/node_modules/@auth/core": { version: "0.41.4" } }));
    expect(problems).toEqual([expect.stringMatching(/^@auth\/core: 2 copies/)]);
  });

  it("refuses react-server-dom-* as a direct dependency", () => {
    const problems = checkLockfile(lockfile({ ...good, "node_modules/react-server-dom-webpack": { version: "19.3.1" } }, { "react-server-dom-webpack": "19.3.1" }));
    expect(problems).toEqual([expect.stringContaining("react-server-dom-webpack: must not be a direct dependency")]);
  });

  it("refuses other hosts, plain http, git URLs, missing integrity and another registry in .npmrc", () => {
    const problems = checkLockfile(
      lockfile({
        ...good,
        "node_modules/a": { version: "1.0.0", resolved: "https://evil.example/a/-/a-1.0.0.tgz" },
        "node_modules/b": { version: "1.0.0", resolved: "http://registry.npmjs.org/b/-/b-1.0.0.tgz" },
        "node_modules/c": { version: "1.0.0", resolved: "git+ssh://git@github.com/x/c.git#abc" },
        "node_modules/d": { version: "1.0.0", integrity: undefined },
      }),
      "registry=https://npm.evil.example/\n",
    );
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/a@1.0.0.*evil\.example[\s\S]*b@1.0.0.*http:[\s\S]*c@1.0.0.*git\+ssh[\s\S]*d@1.0.0.*no sha512[\s\S]*\.npmrc: registry=/);
  });

  it("orders versions like semver, prereleases before their release", () => {
    expect(compareVersions("16.3.3", "16.3.3")).toBe(0);
    expect(compareVersions("16.10.0", "16.9.9")).toBe(1);
    expect(compareVersions("5.0.0-beta.9", "5.0.0-beta.32")).toBe(-1);
    expect(compareVersions("5.0.0-beta.32", "5.0.0")).toBe(-1);
    expect(compareVersions("garbage", "0.0.1")).toBe(-1);
  });
});
