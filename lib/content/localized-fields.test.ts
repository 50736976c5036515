import { describe, expect, it } from "vitest";
import { partnerEditSchema } from "./edit-validation";
import { localizedFieldName, localizedInitial, toLocalized } from "./localized-fields";

describe("localized editor fields", () => {
  it("names one input per locale", () => {
    expect(localizedFieldName("summary", "ru")).toBe("summaryRu");
    expect(Object.keys(localizedInitial({ en: "Iran", ru: "Иран" }, "name"))).toContain("nameRu");
  });
  it("requires English only, refuses control characters and extra fields", () => {
    const id = "7f1d7a2e-6f4c-4f7e-9a55-0a7d0f3f1b2c";
    expect(partnerEditSchema.safeParse({ id, nameEn: "", summaryEn: "x" }).success).toBe(false);
    expect(partnerEditSchema.safeParse({ id, nameEn: "Iran", summaryEn: "Trade\u0007" }).success).toBe(false);
    expect(partnerEditSchema.safeParse({ id, nameEn: "Iran", summaryEn: "Trade", slug: "x" }).success).toBe(false);
    expect(partnerEditSchema.safeParse({ id, nameEn: "Iran", summaryEn: "Trade" }).success).toBe(true);
  });
  it("keeps the texts it was given, drops emptied translations so pages fall back to English", () => {
    const stored = { en: "Old", ru: "Старый" };
    expect(toLocalized(stored, { summaryEn: "New", summaryRu: "" }, "summary")).toEqual({ en: "New" });
    expect(toLocalized(stored, { summaryEn: "New", summaryRu: "Новый" }, "summary")).toEqual({ en: "New", ru: "Новый" });
  });
});
