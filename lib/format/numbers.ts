/**
 * How the portal writes numbers, in one place: pages (server and client),
 * e-mails and exports all format through here, with `Intl` for the reader's
 * locale (Persian digits in fa, "1,4 МБ" in ru). Pure and browser-safe.
 *
 * - Years are never grouped ("2025", "۲۰۲۵"; not "2,025").
 * - File sizes get the unit that fits: "< 1 kB", "2 kB", "1.4 MB", with the
 *   locale's own unit names (1 kB = 1024 bytes, as upload limits are counted).
 * - Amounts in roubles are whole: the portal never shows kopecks.
 */

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat objects are costly to build; a page formats hundreds of numbers with a few settings. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A calendar year: the locale's digits, no group separator. */
export function formatYear(year: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

/** A count or other plain number, grouped as the locale groups ("120 000 000" in ru). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** An amount of money, whole units, with the currency as the locale writes it ("150 000 000 ₽"). */
export function formatAmount(value: number, locale: string, currency = "RUB"): string {
  return numberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** A percentage given as 0–100 ("2.5%", "٪ ۲٫۵"). */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(percent / 100);
}

const KB = 1024;
const UNITS = ["kilobyte", "megabyte", "gigabyte"] as const;

/** A file size: "< 1 kB" below a kilobyte, whole kilobytes below a megabyte, then one decimal at most. */
export function formatFileSize(bytes: number, locale: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`not a file size: ${bytes}`);
  if (bytes === 0) return numberFormat(locale, { style: "unit", unit: "byte" }).format(0);
  if (bytes < KB) return `< ${numberFormat(locale, { style: "unit", unit: "kilobyte" }).format(1)}`;
  let value = bytes / KB;
  let unit = 0;
  // Move up a unit when the rounded figure would read 1024 of this one.
  while (unit < UNITS.length - 1 && Math.round(value * (unit === 0 ? 1 : 10)) / (unit === 0 ? 1 : 10) >= KB) {
    value /= KB;
    unit += 1;
  }
  return numberFormat(locale, { style: "unit", unit: UNITS[unit], maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
