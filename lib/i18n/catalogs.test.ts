import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "./config";

// Every catalog in messages/ against the English one: the same keys, the same
// ICU arguments (with the same kinds: plain or number, plural, select), the same rich-text
// tags, plural categories that exist in the language, and messages that the
// real formatter can format. The folder is read, so a new catalog is checked
// without changing this test.

type Catalog = { [key: string]: string | Catalog };

const folder = path.resolve(import.meta.dirname, "../../messages");
const read = (file: string) => JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Catalog;
const english = read("en.json");
const others = readdirSync(folder)
  .filter((file) => file.endsWith(".json") && file !== "en.json")
  .map((file) => ({ locale: file.replace(/\.json$/, ""), catalog: read(file) }));

function leaves(node: Catalog, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") for (const [k, v] of leaves(value, at)) out.set(k, v);
    else out.set(at, value);
  }
  return out;
}

type Shape = { args: string[]; tags: string[]; pluralKeys: string[] };

/** Arguments, tags and plural option keys of an ICU message (a small scanner; the formatter below checks the full syntax). */
function shapeOf(message: string): Shape {
  const args = new Set<string>();
  const pluralKeys: string[] = [];
  let i = 0;
  const scan = (nested: boolean): void => {
    while (i < message.length) {
      const char = message[i]!;
      if (char === "'" && /[{}#'<]/.test(message[i + 1] ?? "")) {
        const close = message.indexOf("'", i + 1);
        i = close < 0 ? message.length : close + 1;
        continue;
      }
      if (char === "}" && nested) {
        i += 1;
        return;
      }
      if (char !== "{") {
        i += 1;
        continue;
      }
      const head = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*,?)?/.exec(message.slice(i));
      if (!head) throw new Error(`malformed argument at ${i}: ${message}`);
      const [whole, name, kind] = head;
      i += whole.length;
      if (kind === "plural" || kind === "select" || kind === "selectordinal") {
        args.add(`${name}:${kind === "select" ? "select" : "plural"}`);
        for (;;) {
          const option = /^\s*(?:offset:\d+\s*)?([=\w]+)\s*\{/.exec(message.slice(i));
          if (!option) break;
          if (kind !== "select") pluralKeys.push(option[1]!);
          i += option[0].length;
          scan(true);
        }
        const close = /^\s*\}/.exec(message.slice(i));
        if (!close) throw new Error(`unclosed ${kind} in: ${message}`);
        i += close[0].length;
      } else {
        // `{x, number}` counts as `{x}`: a language may format a numeric argument
        // (Persian digits in fa) that English shows as it is.
        args.add(kind && kind !== "number" ? `${name}:${kind}` : name!);
        const close = message.indexOf("}", i);
        if (close < 0) throw new Error(`unclosed argument in: ${message}`);
        i = close + 1;
      }
    }
    if (nested) throw new Error(`unclosed option in: ${message}`);
  };
  scan(false);
  const tags = [...message.matchAll(/<(\/?)(\w+)>/g)].map((m) => `${m[1]}${m[2]}`);
  return { args: [...args].sort(), tags: tags.sort(), pluralKeys };
}

const englishLeaves = leaves(english);

describe("the catalogs", () => {
  it("exist for every active locale", () => {
    const present = new Set(["en", ...others.map((other) => other.locale)]);
    expect(locales.filter((locale) => !present.has(locale))).toEqual([]);
  });
});

describe("the scanner", () => {
  it("finds arguments, plurals, tags and escaped braces", () => {
    expect(shapeOf("{count, plural, =0 {none} one {# a {x}} other {# b}} in {sphere} <link>x</link> '{not}'")).toEqual({
      args: ["count:plural", "sphere", "x"],
      tags: ["/link", "link"],
      pluralKeys: ["=0", "one", "other"],
    });
  });
});

describe.each(others)("catalog $locale", ({ locale, catalog }) => {
  const own = leaves(catalog);

  it("has exactly the keys of the English catalog", () => {
    expect([...englishLeaves.keys()].filter((key) => !own.has(key)), "missing keys").toEqual([]);
    expect([...own.keys()].filter((key) => !englishLeaves.has(key)), "extra keys").toEqual([]);
  });

  it("has a non-empty string for every key", () => {
    expect([...own].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("keeps every placeholder and rich-text tag of the English message", () => {
    const problems: string[] = [];
    for (const [key, source] of englishLeaves) {
      const translated = own.get(key);
      if (typeof translated !== "string" || typeof source !== "string") continue;
      const a = shapeOf(source);
      const b = shapeOf(translated);
      if (a.args.join() !== b.args.join()) problems.push(`${key}: {${a.args.join(", ")}} ≠ {${b.args.join(", ")}}`);
      if (a.tags.join() !== b.tags.join()) problems.push(`${key}: tags ${a.tags.join(" ")} ≠ ${b.tags.join(" ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("uses only the plural categories of the language, always with `other`", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    const problems: string[] = [];
    for (const [key, message] of own) {
      if (typeof message !== "string") continue;
      const { pluralKeys } = shapeOf(message);
      if (pluralKeys.length === 0) continue;
      const wrong = pluralKeys.filter((k) => !k.startsWith("=") && !categories.includes(k));
      if (wrong.length > 0) problems.push(`${key}: ${wrong.join(", ")} (the language has ${categories.join(", ")})`);
      if (!pluralKeys.includes("other")) problems.push(`${key}: no "other"`);
    }
    expect(problems).toEqual([]);
  });

  it("formats every message with the real formatter", () => {
    const errors: string[] = [];
    const t = createTranslator({
      locale: locale as Locale,
      messages: catalog,
      timeZone: "UTC",
      onError: (error) => errors.push(error.message),
    }) as unknown as { markup: (key: string, values: Record<string, unknown>) => string };
    for (const [key, message] of own) {
      if (typeof message !== "string") continue;
      const { args, tags } = shapeOf(message);
      const values: Record<string, unknown> = {};
      // Arguments are given as numbers, as the numeric ones are in the app; a
      // string argument formatted as a number would still render ("NaN"), not fail.
      for (const arg of args) {
        const [name, kind] = arg.split(":");
        values[name!] = kind === "select" ? "other" : 2;
      }
      for (const tag of tags) if (!tag.startsWith("/")) values[tag] = (chunks: string) => `<${tag}>${chunks}</${tag}>`;
      for (const count of [0, 1, 2, 5]) {
        for (const arg of args) if (arg.endsWith(":plural")) values[arg.split(":")[0]!] = count;
        t.markup(key, values);
      }
    }
    expect(errors).toEqual([]);
  });
});
