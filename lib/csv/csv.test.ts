import { describe, expect, it } from "vitest";
import { csvCell, csvRow, UTF8_BOM } from "./csv";

describe("csv", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell("+7 495 000")).toBe("'+7 495 000");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("quotes commas, quotes and newlines and doubles inner quotes", () => {
    expect(csvCell('Weser "Marine", GmbH')).toBe('"Weser ""Marine"", GmbH"');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("ООО «Ромашка»")).toBe("ООО «Ромашка»");
  });

  it("formats other values and ends each row with CRLF", () => {
    expect(csvRow(["LOT-2026-00042", 150000000, true, null, undefined, new Date("2026-01-02T03:04:05Z")])).toBe(
      "LOT-2026-00042,150000000,true,,,2026-01-02T03:04:05.000Z\r\n",
    );
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("the byte order mark is the UTF-8 one", () => {
    expect(new TextEncoder().encode(UTF8_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
