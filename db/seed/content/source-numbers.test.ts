import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { numbersIn } from "@/lib/content/numbers-in-text";
import { locales } from "@/lib/i18n/config";
import { contentSeed } from "./index";
import { FACT_SHEET_NUMBERS, REGION_DOC_NUMBERS, SOURCE_VALUES, type SourceNumber } from "./source-numbers";

// Page text states no number the sources do not hold (issue 14): not a rate, a
// threshold, a duration, a count or a year. Checked for the catalogs' public
// namespaces and for every seeded text, in every locale.

/** Namespaces rendered on the public pages (the investor and staff areas state no sourced facts). */
const PUBLIC_NAMESPACES = ["Metadata", "Shell", "Home", "Privacy", "Content", "Region", "Partners", "Partner", "Sez", "Eligibility", "Savings", "Map", "OpenData"];

/** Numbers that are not claims, each with why. Keep this short. */
const UI_NUMBERS = new Map([[100, "the upper bound of a percentage input (\"from 0 to 100\")"]]);

const isAllowed = (n: number) => SOURCE_VALUES.has(n) || UI_NUMBERS.has(n);

function strings(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === "string") return [[at, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

function catalog(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Record<string, unknown>;
}

/** "text states 2.2" for every number in `text` the sources do not hold. */
function unsourced(entries: Array<[string, string]>): string[] {
  return entries.flatMap(([at, text]) => numbersIn(text).filter((n) => !isAllowed(n)).map((n) => `${at} states ${n}: ${text}`));
}

describe("numbers on the public pages come from the sources", () => {
  for (const locale of locales) {
    it(`the ${locale} catalog's public namespaces`, () => {
      const messages = catalog(locale);
      const entries = PUBLIC_NAMESPACES.flatMap((ns) => strings(messages[ns], `${locale}:${ns}`));
      expect(entries.length).toBeGreaterThan(100);
      expect(unsourced(entries)).toEqual([]);
    });
  }

  it("every seeded text and number, in every locale", () => {
    const texts: Array<[string, string]> = [];
    const numbers: Array<[string, number]> = [];
    const countedFields = ["value", "durationYears", "year", "yearTo", "yearFrom", "month", "day"];
    for (const [table, rows] of Object.entries(contentSeed)) {
      (rows as Array<Record<string, unknown>>).forEach((row, i) => {
        const at = `${table}[${String(row.key ?? row.slug ?? row.id ?? i)}]`;
        for (const [field, value] of Object.entries(row)) {
          // Localized texts are shown; notes such as "para. 4" are for editors only.
          if (value && typeof value === "object" && "en" in value) texts.push(...strings(value, `${at}.${field}`));
          if (countedFields.includes(field) && typeof value === "number") numbers.push([`${at}.${field}`, value]);
        }
      });
    }
    expect(texts.length).toBeGreaterThan(500);
    expect(unsourced(texts)).toEqual([]);
    expect(numbers.filter(([, n]) => !isAllowed(n)).map(([at, n]) => `${at} = ${n}`)).toEqual([]);
  });
});

describe("the seeded sources' dates", () => {
  const byId = new Map(contentSeed.sources.map((s) => [s.id, s]));

  it("each figure shows its own source's date, or none", () => {
    const wrong = contentSeed.sezFigures
      .filter((f) => f.sourceDate !== null && f.sourceDate !== byId.get(f.sourceId)?.publishedOn)
      .map((f) => `${f.key}: ${f.sourceDate} is not the date of ${f.sourceId} (${byId.get(f.sourceId)?.publishedOn ?? "undated"})`);
    expect(wrong).toEqual([]);
  });

  it("the two documents are undated, and the region's says so with its latest event", () => {
    expect(byId.get("region-doc")?.publishedOn).toBeNull();
    expect(byId.get("sez-facts")?.publishedOn).toBeNull();
    const title = byId.get("region-doc")?.title;
    for (const locale of locales) expect(numbersIn(title?.[locale] ?? ""), locale).toContain(2017);
  });

  // The date the fact sheet gives for each dated web source, as the sheet words it.
  const EVIDENCE: Record<string, string> = {
    "sez-facts/minpromtorg-gbr": "gbr.minpromtorg.gov.ru, 11 Mar 2021",
    "sez-facts/sezlotos-press-2023": "official Lotus press release of 12 Jan 2023",
    "sez-facts/portnews-comments-1979": "en.portnews.ru/comments/1979/ (2015)",
  };
  it("a web source carries a date only where the fact sheet gives one for it", () => {
    const dated = contentSeed.sources.filter((s) => s.publishedOn !== null).map((s) => s.id);
    expect(dated.sort()).toEqual(Object.keys(EVIDENCE).sort());
    const sheet = readSource("lotus-sez-facts.md");
    for (const [id, words] of Object.entries(EVIDENCE)) {
      const year = Number(byId.get(id)?.publishedOn?.slice(0, 4));
      expect(numbersIn(words), id).toContain(year);
      if (sheet !== null) expect(flat(sheet), id).toContain(words);
    }
  });
});

// The list itself, against the documents (present next to the worktree in
// development and CI; the list is the reviewed record when they are not).
const SOURCES_DIR = process.env.SOURCES_DIR ?? path.join(process.cwd(), "..", "shared", "sources");
function readSource(file: string): string | null {
  const full = path.join(SOURCES_DIR, file);
  return existsSync(full) ? readFileSync(full, "utf8") : null;
}
const flat = (text: string) => text.replace(/\s+/g, " ");
const withoutUrls = (text: string) => text.replace(/\S*[a-z]\.[a-z]{2,}\/\S*/gi, " ");

describe.runIf(existsSync(SOURCES_DIR))("the list of source numbers", () => {
  const documents: Array<[string, readonly SourceNumber[]]> = [
    ["astrakhan-international-cooperation.txt", REGION_DOC_NUMBERS],
    ["lotus-sez-facts.md", FACT_SHEET_NUMBERS],
  ];
  for (const [file, list] of documents) {
    it(`quotes ${file} word for word and misses none of its numbers`, () => {
      const text = readSource(file) ?? "";
      for (const { quote } of list) expect(flat(text), quote).toContain(flat(quote));
      const listed = new Set(list.map((n) => n.value));
      expect(numbersIn(withoutUrls(text)).filter((n) => !listed.has(n))).toEqual([]);
    });
  }
});
