import { spawnSync } from "node:child_process";

/** The Debian packages the fault runs call as programs (two-instances: nginx; slow-clients: slowhttptest). */
export const FAULT_PACKAGES = [
  { command: "nginx", debianPackage: "nginx", run: "two-instances" },
  { command: "slowhttptest", debianPackage: "slowhttptest", run: "slow-clients" },
] as const;

type Needed = { command: string; debianPackage: string; run: string };

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

export function missingPackages(packages: readonly Needed[] = FAULT_PACKAGES, has: (command: string) => boolean = onPath): Needed[] {
  return packages.filter((entry) => !has(entry.command));
}

/** One line an operator can act on when the packages cannot be installed from here. */
export function installAdvice(missing: readonly Needed[], reason: string): string {
  const names = missing.map((entry) => entry.debianPackage).join(" ");
  const runs = missing.map((entry) => `${entry.run} needs ${entry.command}`).join(", ");
  return `bench:faults: ${runs}; ${reason}: run \`sudo apt-get install -y ${names}\` and start again`;
}

/**
 * Installs what is missing with apt-get, as .ci/run installs Chromium: as root
 * directly, otherwise through `sudo -n` when it needs no password. Returns
 * null when everything is there afterwards, else the line that says what to do.
 */
export function ensureFaultPackages(): string | null {
  const missing = missingPackages();
  if (missing.length === 0) return null;
  if (!onPath("apt-get")) return installAdvice(missing, "apt-get is not available (not Debian)");
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!asRoot && !sudo) return installAdvice(missing, "not root and sudo asks for a password");
  const names = missing.map((entry) => entry.debianPackage);
  console.log(`bench:faults: installing ${names.join(", ")} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args: string[]) => {
    const [program, ...rest] = asRoot ? args : ["sudo", "-n", ...args];
    return spawnSync(program!, rest, { stdio: "inherit", env });
  };
  if (run(["apt-get", "update", "-qq"]).status !== 0) return installAdvice(missing, "apt-get update failed");
  if (run(["apt-get", "install", "-y", "-qq", ...names]).status !== 0) return installAdvice(missing, "apt-get install failed");
  const still = missingPackages();
  return still.length === 0 ? null : installAdvice(still, "still missing after apt-get install");
}
