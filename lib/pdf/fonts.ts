import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The PDF fonts: Noto from npm packages (@embedpdf/fonts-*, OFL-1.1), read
 * from node_modules on the server only; no browser bundle imports them.
 * Together they cover every script the portal offers: Latin and Cyrillic
 * (Noto Sans), Persian (Noto Naskh Arabic, shaped by fontkit's Arabic shaper),
 * Simplified Chinese (Noto Sans Hans) and Korean (Noto Sans KR). pdfkit embeds
 * only the glyphs a document uses.
 */
export type FontFace = "latin" | "arabic" | "sc" | "kr";
export type Weight = "regular" | "bold";

const FILES: Record<FontFace, Record<Weight, string>> = {
  latin: { regular: "fonts-latin/fonts/NotoSans-Regular.ttf", bold: "fonts-latin/fonts/NotoSans-Bold.ttf" },
  arabic: { regular: "fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf", bold: "fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf" },
  sc: { regular: "fonts-sc/fonts/NotoSansHans-Regular.otf", bold: "fonts-sc/fonts/NotoSansHans-Bold.otf" },
  kr: { regular: "fonts-kr/fonts/NotoSansKR-Regular.otf", bold: "fonts-kr/fonts/NotoSansKR-Bold.otf" },
};

/** Kept in step with next.config.mjs's outputFileTracingIncludes, which copies these files into the standalone build. */
export function fontFile(face: FontFace, weight: Weight): string {
  return path.join(process.cwd(), "node_modules", "@embedpdf", FILES[face][weight]);
}

const loaded = new Map<string, Buffer>();

/**
 * The font file's bytes, read once per process: every PDF would otherwise
 * read the same files again (the Chinese and Korean ones are 5-9 MB each).
 * pdfkit parses a face only when a document first uses it.
 */
export function fontData(face: FontFace, weight: Weight): Buffer {
  const file = fontFile(face, weight);
  let data = loaded.get(file);
  if (!data) {
    data = readFileSync(file);
    loaded.set(file, data);
  }
  return data;
}

export function fontName(face: FontFace, weight: Weight): string {
  return `${face}-${weight}`;
}

