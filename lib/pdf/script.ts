import type { FontFace } from "./fonts";

// Which font a piece of text needs, and which way it runs. Pure.

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * The face for a string: Persian/Arabic letters need the Arabic face, Hangul
 * the Korean one, Han characters the Chinese one (the Korean face for a
 * Korean page, whose Hanja it also covers); everything else is Latin, Cyrillic
 * or Greek, which Noto Sans covers.
 */
export function faceFor(text: string, locale: string): FontFace {
  if (ARABIC.test(text)) return "arabic";
  if (HANGUL.test(text)) return "kr";
  if (CJK.test(text)) return locale === "ko" ? "kr" : "sc";
  return "latin";
}

/** Text in the Arabic script is laid out right to left (word order reversed by pdfkit's `rtla` feature; letters shaped by fontkit). */
export function isRightToLeft(text: string): boolean {
  return ARABIC.test(text);
}
