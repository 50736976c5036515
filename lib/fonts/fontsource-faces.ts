import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The @font-face rules of a Fontsource stylesheet in node_modules, as files
 * and the code points each one covers. Used at commit time by
 * scripts/language-names-font.ts and by its test; never at run time.
 */
export interface FontFace {
  /** Absolute path of the font file. */
  file: string;
  ranges: Array<[number, number]>;
}

export function fontsourceFaces(stylesheet: string): FontFace[] {
  const cssPath = path.resolve("node_modules", stylesheet);
  const css = readFileSync(cssPath, "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block = ""]) => {
    const src = /url\(([^)]+\.woff2)\)/.exec(block)?.[1];
    if (!src) return [];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? "U+0-10FFFF";
    return [{ file: path.resolve(path.dirname(cssPath), src.replace(/['"]/g, "")), ranges: parseUnicodeRange(range) }];
  });
}

/** "U+0400-045F,U+2116" → [[0x400, 0x45f], [0x2116, 0x2116]]. */
export function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(",").map((part) => {
    const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

export function faceCovers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The characters of the language names that need a glyph (spaces and joiners are the page font's). */
export function nameCodePoints(labels: readonly string[]): number[] {
  const points = new Set<number>();
  for (const label of labels) for (const char of label) if (!/\s/u.test(char)) points.add(char.codePointAt(0)!);
  return [...points].sort((a, b) => a - b);
}

/** The stylesheet every page loads (app/[locale]/layout.tsx): its characters need no subset. */
export const PAGE_FONT = "@fontsource-variable/inter/index.css";

export interface NameSource {
  /** Names the output file. */
  script: string;
  stylesheet: string;
  /** Variable fonts: the axes fixed in the subset (smaller, one weight). */
  pin?: Record<string, number>;
}

/**
 * Where glyphs missing from the page font are taken from: a language's own
 * name is drawn from the font of its own script first (Chinese characters from
 * the Chinese font, not the Korean font's Hanja), then from any source. A new
 * language in another script adds its Fontsource package here.
 */
export const NAME_SOURCES: Record<string, NameSource> = {
  fa: { script: "persian", stylesheet: "@fontsource-variable/vazirmatn/wght.css", pin: { wght: 400 } },
  ko: { script: "korean", stylesheet: "@fontsource/noto-sans-kr/400.css" },
  zh: { script: "chinese", stylesheet: "@fontsource/noto-sans-sc/400.css" },
};
