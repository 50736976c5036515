import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { localeConfig } from "@/lib/i18n/config";
import { faceCovers, fontsourceFaces, nameCodePoints, PAGE_FONT } from "./fontsource-faces";

// Every language's own name must be drawable without the visitor's fonts: by
// the page font (Inter, on every page) or by the committed subsets of
// components/fonts/language-names (scripts/language-names-font.ts). A new
// locale whose label has a character in neither fails here until the
// subsets are generated again.
const DIR = path.resolve("components/fonts/language-names");
const subsetFiles = readdirSync(DIR).filter((name) => name.endsWith(".woff2"));
const subsets = subsetFiles.map((name) => ({ name, font: fontkit.openSync(path.join(DIR, name)) as fontkit.Font }));
const pageFaces = fontsourceFaces(PAGE_FONT).map((face) => ({ face, font: fontkit.openSync(face.file) as fontkit.Font }));
const fontModule = readFileSync(path.join(DIR, "index.ts"), "utf8");

function drawnBy(point: number): string | undefined {
  const page = pageFaces.find(({ face, font }) => faceCovers(face, point) && font.hasGlyphForCodePoint(point));
  if (page) return "page font";
  return subsets.find(({ font }) => font.hasGlyphForCodePoint(point))?.name;
}

describe("language names render without the visitor's fonts", () => {
  for (const [locale, { label }] of Object.entries(localeConfig)) {
    it(`${locale}: every character of "${label}" has a glyph in the page font or a name subset`, () => {
      const missing = nameCodePoints([label]).filter((point) => !drawnBy(point)).map((point) => String.fromCodePoint(point));
      expect(missing, "run `npm run fonts:language-names` and commit the result").toEqual([]);
    });
  }

  it("every subset file is declared in the generated font module (and so preloaded and in the names' font stack)", () => {
    expect(subsetFiles.length).toBeGreaterThan(0);
    for (const name of subsetFiles) expect(fontModule).toContain(`src: "./${name}"`);
  });

  it("the subsets are tiny and hold only the names' characters", () => {
    const all = new Set(nameCodePoints(Object.values(localeConfig).map((entry) => entry.label)));
    for (const { name, font } of subsets) {
      expect(readFileSync(path.join(DIR, name)).byteLength, name).toBeLessThan(4096);
      // U+FFFF is the cmap's end marker, not a character.
      for (const point of font.characterSet.filter((cp) => cp !== 0xffff)) expect(all.has(point), `${name} holds U+${point.toString(16)}`).toBe(true);
    }
  });

  it("the Persian subset keeps its joining forms (فارسی shaped, not isolated letters)", () => {
    const persian = subsets.find(({ font }) => font.hasGlyphForCodePoint("ف".codePointAt(0)!));
    expect(persian).toBeDefined();
    const shaped = persian!.font.layout("فارسی").glyphs.map((glyph) => glyph.id);
    const isolated = [..."فارسی"].map((char) => persian!.font.glyphForCodePoint(char.codePointAt(0)!).id);
    expect(shaped).not.toEqual(isolated.reverse());
    expect(shaped).not.toEqual([..."فارسی"].map((char) => persian!.font.glyphForCodePoint(char.codePointAt(0)!).id));
  });
});
