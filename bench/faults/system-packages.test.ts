import { describe, expect, it } from "vitest";
import { FAULT_PACKAGES, installAdvice, missingPackages } from "./system-packages";

// Issue 12 item 12: two of the seven runs failed on a fresh machine for want of nginx and slowhttptest.
describe("fault-run packages", () => {
  it("finds the programs that are missing and names the Debian package and the run for each", () => {
    const missing = missingPackages(FAULT_PACKAGES, (command) => command !== "slowhttptest");
    expect(missing.map((entry) => entry.debianPackage)).toEqual(["slowhttptest"]);
    expect(installAdvice(missing, "not root and sudo asks for a password")).toBe(
      "bench:faults: slow-clients needs slowhttptest; not root and sudo asks for a password: run `sudo apt-get install -y slowhttptest` and start again",
    );
    expect(missingPackages(FAULT_PACKAGES, () => true)).toEqual([]);
  });
});
