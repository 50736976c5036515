import { describe, expect, it } from "vitest";
import { faceFor, isRightToLeft } from "./script";

describe("the PDF's font choice", () => {
  it("picks the face that has the text's script", () => {
    expect(faceFor("Hanbit Marine Co., Ltd.", "en")).toBe("latin");
    expect(faceFor("Заявка на резидентство", "ru")).toBe("latin");
    expect(faceFor("درخواست اقامت", "fa")).toBe("arabic");
    expect(faceFor("经济特区", "zh")).toBe("sc");
    expect(faceFor("경제특구", "ko")).toBe("kr");
    expect(faceFor("經濟", "ko")).toBe("kr");
    expect(faceFor("۱۲۰٬۰۰۰٬۰۰۰", "fa")).toBe("arabic");
  });

  it("runs Persian right to left, everything else left to right", () => {
    expect(isRightToLeft("تصمیم شورا")).toBe(true);
    expect(isRightToLeft("LOT-2026-00042")).toBe(false);
    expect(isRightToLeft("经济特区")).toBe(false);
  });
});
