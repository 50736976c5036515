import { describe, expect, it } from "vitest";
import { contentSeed } from "./index";

// Every human text of the seeded public content is a LocalizedText. These checks
// walk the seed data itself (no database) and require each text in all seven
// content locales.

const seedLocales = ["en", "ru", "de", "nl", "ko", "zh", "fa"] as const;

type Found = { path: string; text: Record<string, unknown> };

/** Every `{ en, ... }` object anywhere in the seed, with where it was found. */
function localizedTexts(value: unknown, path: string, found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => localizedTexts(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("en" in record) {
      found.push({ path, text: record });
      return found;
    }
    const id = record.slug ?? record.key ?? record.id;
    for (const [key, child] of Object.entries(record)) {
      localizedTexts(child, `${path}${typeof id === "string" ? `(${id})` : ""}.${key}`, found);
    }
  }
  return found;
}

const texts = localizedTexts(contentSeed, "contentSeed");

describe("seed translations", () => {
  it("finds the localized texts of every seeded table", () => {
    expect(texts.length).toBeGreaterThan(150);
    const tables = new Set(texts.map(({ path }) => path.split(/[.[]/)[1]));
    expect([...tables].sort()).toEqual(Object.keys(contentSeed).sort());
  });

  it("has all seven locales, non-empty, in every localized text", () => {
    const incomplete = texts
      .filter(({ text }) => !seedLocales.every((locale) => typeof text[locale] === "string" && text[locale].trim() !== ""))
      .map(({ path, text }) => `${path}: missing ${seedLocales.filter((locale) => !(typeof text[locale] === "string" && text[locale].trim())).join(", ")}`);
    expect(incomplete).toEqual([]);
  });

  it("uses no locale besides the seven", () => {
    const unknown = texts.flatMap(({ path, text }) =>
      Object.keys(text)
        .filter((locale) => !(seedLocales as readonly string[]).includes(locale))
        .map((locale) => `${path}.${locale}`),
    );
    expect(unknown).toEqual([]);
  });

  it("uses Persian punctuation in Persian texts", () => {
    const latinPunctuation = texts.filter(({ text }) => /[,;?]/.test(String(text.fa))).map(({ path }) => path);
    expect(latinPunctuation).toEqual([]);
  });
});
