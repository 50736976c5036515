import type { DocumentMime } from "@/lib/applications/constants";

/**
 * The type of an upload decided by its first bytes, never by its name or the
 * browser's Content-Type: an .exe renamed .pdf stays an .exe.
 */
export function sniffDocumentType(head: Uint8Array): DocumentMime | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}

/**
 * A file name safe to store and to echo in Content-Disposition: no path, no
 * control or bidirectional-override characters, bounded length, and the
 * extension of the sniffed type.
 */
export function safeFileName(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, "")
    .replace(/\.[^.]*$/, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 120);
  return `${cleaned || "document"}.${extension}`;
}

/**
 * The X-File-Name header of an upload: the browser sends the name
 * percent-encoded (encodeURIComponent), as header values are ASCII. Null when
 * it is not valid percent-encoding ("%E0%A4%A", a lone "%"), which the route
 * answers with 400: decodeURIComponent would throw and make it a 500.
 * A missing header is "document".
 */
export function decodeFileNameHeader(raw: string | null): string | null {
  if (raw === null || raw === "") return "document";
  try {
    return decodeURIComponent(raw).slice(0, 500);
  } catch {
    return null;
  }
}
