import { describe, expect, it } from "vitest";
import { headerSession, parseHeaderSession } from "./header-session";

describe("header session", () => {
  it("maps a viewer to what the header shows", () => {
    expect(headerSession(null)).toEqual({ kind: "anonymous" });
    expect(headerSession({ name: " Anna ", role: "investor" })).toEqual({ kind: "investor", name: "Anna" });
    expect(headerSession({ name: "Rita", role: "staff" })).toEqual({ kind: "staff", name: "Rita" });
    expect(headerSession({ name: "Ada", role: "admin" })).toEqual({ kind: "staff", name: "Ada" });
  });

  it("reads only well-formed answers; anything else is anonymous", () => {
    expect(parseHeaderSession({ kind: "investor", name: "Anna" })).toEqual({ kind: "investor", name: "Anna" });
    for (const odd of [null, "investor", 1, {}, { kind: "admin", name: "x" }, { kind: "staff" }, { kind: "staff", name: 3 }]) {
      expect(parseHeaderSession(odd)).toEqual({ kind: "anonymous" });
    }
  });
});
