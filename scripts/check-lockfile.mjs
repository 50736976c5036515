// npm run check:lockfile: the supply-chain gate CI runs right after
// `npm ci --ignore-scripts`, before any installed code runs (npm audit cannot
// reach its service here, so the lockfile itself is checked). Fails, naming the package and the rule, when package-lock.json
//   - holds a version below a security floor (SECURITY.md, "Version floors"),
//   - has next-auth other than the pinned beta, or more than one @auth/core,
//   - lists a react-server-dom-* package as a direct dependency,
//   - resolves a package from anywhere but https://registry.npmjs.org/, or
//     lacks a sha512 integrity hash for a downloaded package,
// or when .npmrc points npm at another registry.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import semver from "semver";

export const REGISTRY = "https://registry.npmjs.org/";

/** name (or pattern), and either the lowest allowed version or the one exact version. */
export const FLOORS = [
  { name: "next", min: "16.3.3", why: "proxy/middleware bypasses, RSC RCE and DoS, Origin-null CSRF" },
  { name: "react", min: "19.2.8" },
  { name: "react-dom", min: "19.2.8" },
  { name: /^react-server-dom-/, min: "19.2.8", why: "React Server Components RCE/DoS" },
  { name: "next-auth", exact: "5.0.0-beta.32" },
  { name: "@auth/core", min: "0.41.3", single: true },
  { name: "@auth/drizzle-adapter", min: "1.11.3" },
  { name: "drizzle-orm", min: "0.45.2", why: "CVE-2026-39356 identifier injection" },
  { name: "sharp", min: "0.35.4" },
  { name: "nodemailer", min: "9.0.1" },
];

/** Semver order, prereleases included (16.3.3-canary.1 < 16.3.3). Versions semver cannot read sort lowest. */
export function compareVersions(a, b) {
  const [x, y] = [semver.valid(a), semver.valid(b)];
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return semver.compare(x, y);
}

const nameOf = (path, entry) => entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
const matches = (floor, name) => (typeof floor.name === "string" ? floor.name === name : floor.name.test(name));

/** Every problem found, as one line each; an empty list means the lockfile passes. */
export function checkLockfile(lock, npmrc = "") {
  const problems = [];
  const packages = lock?.packages;
  if (!packages || typeof packages !== "object") return ["package-lock.json: no \"packages\" map (lockfileVersion 2 or 3 needed; run npm install with npm >= 7)"];
  const root = packages[""] ?? {};
  for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
    for (const name of Object.keys(root[field] ?? {})) {
      if (name.startsWith("react-server-dom-")) problems.push(`${name}: must not be a direct dependency (it comes with next, at the version next was tested with)`);
    }
  }
  const copies = new Map();
  for (const [path, entry] of Object.entries(packages)) {
    if (path === "" || entry.link) continue;
    const name = nameOf(path, entry);
    for (const floor of FLOORS) {
      if (!matches(floor, name)) continue;
      copies.set(name, [...(copies.get(name) ?? []), `${entry.version} (${path})`]);
      if (floor.exact && entry.version !== floor.exact) problems.push(`${name}@${entry.version} (${path}): must be exactly ${floor.exact}`);
      if (floor.min && compareVersions(entry.version, floor.min) < 0) {
        problems.push(`${name}@${entry.version} (${path}): below the floor ${floor.min}${floor.why ? ` (${floor.why})` : ""}`);
      }
    }
    if (entry.inBundle) continue; // shipped inside its parent's tarball
    if (entry.resolved !== undefined && !String(entry.resolved).startsWith(REGISTRY)) {
      problems.push(`${name}@${entry.version} (${path}): resolved from ${entry.resolved}, not ${REGISTRY}`);
    }
    if (!String(entry.integrity ?? "").startsWith("sha512-")) problems.push(`${name}@${entry.version} (${path}): no sha512 integrity hash`);
  }
  for (const floor of FLOORS.filter((f) => f.single)) {
    const found = copies.get(floor.name) ?? [];
    if (found.length > 1) problems.push(`${floor.name}: ${found.length} copies in the tree (${found.join(", ")}); exactly one is allowed`);
  }
  const registry = /^\s*registry\s*=\s*(\S+)/m.exec(npmrc)?.[1];
  if (registry && registry.replace(/\/?$/, "/") !== REGISTRY) problems.push(`.npmrc: registry=${registry}, only ${REGISTRY} is allowed`);
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
  const npmrc = existsSync(".npmrc") ? readFileSync(".npmrc", "utf8") : "";
  const problems = checkLockfile(lock, npmrc);
  for (const problem of problems) console.error(`check:lockfile: ${problem}`);
  if (problems.length > 0) {
    console.error(`check:lockfile: ${problems.length} problem(s); see SECURITY.md "Version floors"`);
    process.exit(1);
  }
  console.log(`check:lockfile: ok (${Object.keys(lock.packages).length - 1} packages, floors and registry checked)`);
}
