/**
 * The numbers a sentence states, as quantities, in any of the site's languages.
 * Pure; used by the checks that page text states only numbers the sources hold.
 *
 * - Persian and Arabic-Indic digits count as digits; "٫" is a decimal point, "٬"
 *   a group separator.
 * - "1,009", "1.009" and "1 009" are one thousand and nine (a separator followed
 *   by exactly three digits groups them); "9,8" and "9.8" are nine point eight.
 * - A scale word multiplies: million/billion (en, de, nl, ru, fa), 억 and 천만
 *   (ko: "1억 2천만" is 120 000 000), 亿 and 万 (zh: "1.2亿").
 * - "14.02.2024" is three numbers: day, month, year.
 * - Digits glued to a Latin letter are part of a name, not a number ("argon2id").
 */

const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC = "٠١٢٣٤٥٦٧٨٩";

function asciiDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(PERSIAN.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String(ARABIC.indexOf(d)))
    .replace(/٫/g, ".")
    .replace(/٬/g, ",");
}

const SCALES: Array<[RegExp, number]> = [
  [/^\s*(?:billion|milliard|mrd\.?|млрд\.?|miljard|میلیارد)/i, 1e9],
  [/^\s*(?:million|mio\.?|млн\.?|miljoen|میلیون)/i, 1e6],
  [/^\s*억/, 1e8],
  [/^\s*천만/, 1e7],
  [/^\s*亿/, 1e8],
  [/^\s*万/, 1e4],
];

// A number: digits, optionally grouped by thousands, optionally with decimals.
const NUMBER = /(?<![A-Za-z\d])\d+(?:[,. \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?/g;

function parseNumber(token: string): number {
  const grouped = /^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/.test(token);
  if (grouped) return Number(token.replace(/[,. \u00a0\u202f]/g, ""));
  return Number(token.replace(",", "."));
}

export function numbersIn(text: string): number[] {
  // "14.02.2024" is a day, a month and a year.
  const plain = asciiDigits(text).replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, "$1 $2 $3");
  const found: number[] = [];
  const pattern = new RegExp(NUMBER.source, "g");
  for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
    let value = parseNumber(match[0].trim());
    const after = plain.slice(match.index + match[0].length);
    const scale = SCALES.find(([scaleWord]) => scaleWord.test(after));
    if (scale) {
      value *= scale[1];
      // "1억 2천만", "1억 2,000만": the part after 억 belongs to the same quantity.
      const rest = /^\s*억\s*(\d[\d,]*)\s*(천만|만)/.exec(after);
      if (rest?.[1]) {
        value += Number(rest[1].replace(/,/g, "")) * (rest[2] === "천만" ? 1e7 : 1e4);
        pattern.lastIndex = match.index + match[0].length + rest[0].length;
      }
    }
    found.push(Math.round(value * 1000) / 1000);
  }
  return found;
}
