import { describe, expect, it } from "vitest";
import { safeFileName, sniffDocumentType } from "./file-type";

describe("document type by magic bytes", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it("recognises PDF, PNG and JPEG", () => {
    expect(sniffDocumentType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
  });
  it("refuses an .exe renamed .pdf, HTML, SVG and empty files", () => {
    expect(sniffDocumentType(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"))).toBeNull();
    expect(sniffDocumentType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
  });
});

describe("stored file names", () => {
  it("drops paths, control and bidi characters, and takes the sniffed extension", () => {
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\x\\charter.exe", "pdf")).toBe("charter.pdf");
    expect(safeFileName("invoice\u202Egpj.exe", "png")).toBe("invoicegpj.png");
    expect(safeFileName("a\u0000b.pdf", "pdf")).toBe("ab.pdf");
    expect(safeFileName("x".repeat(500) + ".pdf", "pdf")).toHaveLength(124);
    expect(safeFileName("", "jpg")).toBe("document.jpg");
  });
});
