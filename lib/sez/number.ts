/**
 * Parsing of user-typed numbers (FormData is strings). Pure, browser-safe.
 *
 * Decisions, so the eligibility form and the savings form behave alike:
 * - Whole roubles only: digits with optional group separators. A separator may be
 *   a space, no-break space (U+00A0), thin space (U+2009), narrow no-break space
 *   (U+202F, what `Intl.NumberFormat("ru")` prints) or a comma, and groups must be
 *   of three digits with the same separator throughout: "120 000 000" and
 *   "120,000,000" pass, "1,5" (a Russian decimal) and "12 34" are refused rather
 *   than silently read as 15 or 1234.
 * - Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits are normalised to
 *   ASCII on purpose: Iran is a partner country and a pasted "۱۲۰۰۰۰۰۰۰" is an
 *   honest number. Other scripts' digits (fullwidth, Devanagari, ...) are refused.
 *   So are the separators `Intl.NumberFormat("fa")` prints: the Arabic thousands
 *   separator (U+066C) groups like a space or comma ("۱۲۰٬۰۰۰٬۰۰۰"), the Arabic
 *   decimal separator (U+066B) is a decimal mark ("۲٫۵" is 2.5).
 * - No exponents, signs, "NaN", "Infinity" or decimals: `Number("1e3")` would
 *   accept things a person did not mean to type.
 * - At most `maxDigits` significant digits (15 by default, far below 2^53), so a
 *   JS number is exact and no BigInt is needed in the browser.
 */

export type WholeNumberError = "required" | "notANumber" | "negative" | "notWhole" | "tooLarge";
export type PercentError = "required" | "notANumber" | "outOfRange" | "tooPrecise";
export type Parsed<E> = { ok: true; value: number } | { ok: false; error: E };

export const MAX_AMOUNT_DIGITS = 15;

const GROUPED = /^\d{1,3}(?:([ ,\u00A0\u2009\u202F\u066C])\d{3}(?:\1\d{3})*)?$/;
const PLAIN = /^\d+$/;
const SEPARATORS = /[ ,\u00A0\u2009\u202F\u066C]/g;
const NUMBERISH = /^[\d ,.\u00A0\u2009\u202F\u066C]+$/;

/**
 * Maps Arabic-Indic and Persian digits to ASCII and the Arabic decimal separator
 * (U+066B) to "."; leaves everything else alone (the Arabic thousands separator
 * U+066C stays: only whole numbers accept it as a group separator).
 */
export function normaliseDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x066b) return ".";
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export function parseWholeNumber(input: unknown, maxDigits = MAX_AMOUNT_DIGITS): Parsed<WholeNumberError> {
  if (input === undefined || input === null) return { ok: false, error: "required" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "notANumber" };
    if (input < 0) return { ok: false, error: "negative" };
    if (!Number.isInteger(input)) return { ok: false, error: "notWhole" };
    return input >= 10 ** maxDigits ? { ok: false, error: "tooLarge" } : { ok: true, value: input };
  }
  if (typeof input !== "string") return { ok: false, error: "notANumber" };
  const text = normaliseDigits(input.trim());
  if (text === "") return { ok: false, error: "required" };
  if (/^[-\u2212]/.test(text) && NUMBERISH.test(text.slice(1))) return { ok: false, error: "negative" };
  if (!PLAIN.test(text) && !GROUPED.test(text)) {
    return { ok: false, error: NUMBERISH.test(text) ? "notWhole" : "notANumber" };
  }
  const digits = text.replace(SEPARATORS, "").replace(/^0+(?=\d)/, "");
  if (digits.length > maxDigits) return { ok: false, error: "tooLarge" };
  return { ok: true, value: Number(digits) };
}

/**
 * A percentage between 0 and 100 inclusive, "." or "," (or the Arabic "٫") as the decimal mark, at
 * most `maxDecimals` decimals (so `2,2` and `2.2` are both 2.2 %).
 */
export function parsePercent(input: unknown, maxDecimals = 2): Parsed<PercentError> {
  if (input === undefined || input === null) return { ok: false, error: "required" };
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "notANumber" };
    text = String(input);
  } else if (typeof input === "string") {
    text = normaliseDigits(input.trim()).replace(/\s*[%\u066A]$/, "");
  } else return { ok: false, error: "notANumber" };
  if (text === "") return { ok: false, error: "required" };
  const match = /^([-\u2212]?)(\d{1,3})(?:[.,](\d+))?$/.exec(text);
  if (!match) return { ok: false, error: /^[-\u2212]?\d+([.,]\d+)?$/.test(text) ? "outOfRange" : "notANumber" };
  const [, sign = "", whole = "", fraction = ""] = match;
  const value = Number(`${whole}.${fraction || "0"}`);
  if (sign !== "" && value !== 0) return { ok: false, error: "outOfRange" };
  if (value > 100) return { ok: false, error: "outOfRange" };
  if (fraction.replace(/0+$/, "").length > maxDecimals) return { ok: false, error: "tooPrecise" };
  return { ok: true, value };
}
