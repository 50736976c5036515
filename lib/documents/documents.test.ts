import { describe, expect, it } from "vitest";
import { safeFileName, sniffDocumentType } from "./file-type";
import { EMPTY_SHA256, signV4 } from "./sigv4";

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

describe("S3 signature version 4", () => {
  // The GET Object example of the AWS S3 documentation ("Signature Calculations … Example: GET Object").
  it("matches AWS's published example", () => {
    const authorization = signV4({
      method: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      headers: { host: "examplebucket.s3.amazonaws.com", range: "bytes=0-9", "x-amz-content-sha256": EMPTY_SHA256, "x-amz-date": "20130524T000000Z" },
      payloadHash: EMPTY_SHA256,
      region: "us-east-1",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      amzDate: "20130524T000000Z",
    });
    expect(authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });
});
