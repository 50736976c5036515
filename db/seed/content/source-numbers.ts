/**
 * Every number the two source documents hold, each with the words it stands in
 * (quoted from the document) so a reviewer can find it. Page text may state no
 * other rate, threshold, duration, count or date: db/seed/content/source-numbers.test.ts
 * checks the public catalogs and the seeded texts against this list, and checks
 * the list itself against the documents in shared/sources when they are present.
 *
 * `value` is the number as a quantity: "120 million RUB" is 120_000_000, so that
 * "1억 2천만" (ko) and "1.2亿" (zh) match it too.
 */
export type SourceNumber = { value: number; quote: string };

export const REGION_DOC_NUMBERS: readonly SourceNumber[] = [
  { value: 90, quote: "in the 90-s" },
  { value: 1990, quote: "in the 90-s" },
  { value: 1993, quote: "In 1993-1994" },
  { value: 1994, quote: "In 1993-1994" },
  { value: 2000, quote: "in 2000 with Golestan" },
  { value: 2004, quote: "Hormozgan in 2004" },
  { value: 2005, quote: "Isfahan in 2005" },
  { value: 2009, quote: "East Azerbaijan in 2009" },
  { value: 2010, quote: "Houzestan in 2010" },
  { value: 20, quote: "more than 20 agreements and protocols" },
  { value: 2014, quote: "In 2014 within the framework of the IV Caspian Summit" },
  { value: 4, quote: "the IV Caspian Summit" },
  { value: 2017, quote: "In October 2017 Iran’s Trade House" },
  { value: 14, quote: "14 Iranian provinces" },
  { value: 175, quote: "about 175 companies" },
  { value: 2008, quote: "In 2008 an Agreement was signed" },
  { value: 2012, quote: "In 2012 a Protocol on economic cooperation" },
  { value: 2016, quote: "cropped well in 2016 and 2017" },
  { value: 2015, quote: "from 2010 to 2015" },
];

export const FACT_SHEET_NUMBERS: readonly SourceNumber[] = [
  { value: 1214, quote: "Decree No. 1214 of" },
  { value: 18, quote: "18 Nov 2014" },
  { value: 2014, quote: "18 Nov 2014" },
  { value: 116, quote: "Federal Law No. 116-FZ" },
  { value: 2015, quote: "founded April 2015" },
  { value: 4, quote: "founded April 2015" },
  { value: 2016, quote: "Since 2016 the Astrakhan" },
  { value: 2020, quote: "Since 2020 promoted together" },
  { value: 644, quote: "(644 ha" },
  { value: 1792, quote: "Decree No. 1792 of 7 Nov 2020" },
  { value: 7, quote: "7 Nov 2020" },
  { value: 11, quote: "7 Nov 2020" },
  { value: 40, quote: "about 40 km" },
  { value: 11, quote: "11 Mar 2021" },
  { value: 2021, quote: "11 Mar 2021" },
  { value: 9.8, quote: "9.8 km²" },
  { value: 8.3, quote: "production zone 8.3 km²" },
  { value: 1009, quote: "1,009 ha" },
  { value: 1000, quote: "\"about 1,000 ha\"" },
  { value: 120_000_000, quote: "Minimum investment 120 million RUB" },
  { value: 120, quote: "120 million RUB" },
  { value: 5, quote: "over 5 years" },
  { value: 156, quote: "Decree No. 156 of 14 Feb 2024" },
  { value: 14, quote: "14 Feb 2024" },
  { value: 2, quote: "14 Feb 2024" },
  { value: 2024, quote: "14 Feb 2024" },
  { value: 40, quote: "40 days is the figure cited" },
  { value: 15, quote: "a proposed 15-day fast track" },
  { value: 12, quote: "press release of 12 Jan 2023" },
  { value: 1, quote: "press release of 12 Jan 2023" },
  { value: 2023, quote: "press release of 12 Jan 2023" },
  { value: 2, quote: "Profit tax: 2% for 10 years" },
  { value: 10, quote: "2% for 10 years, then 10%" },
  { value: 25, quote: "rose\n  to 25% on 1 Jan 2025" },
  { value: 2025, quote: "25% on 1 Jan 2025" },
  { value: 0, quote: "Property tax: 0% for 10 years" },
  { value: 5, quote: "Land tax: 0% for 5 years" },
  { value: 12, quote: "Transport tax: 0% for 12 years" },
  { value: 16, quote: "16 residents" },
  { value: 28_000_000_000, quote: "projects over 28 billion RUB" },
  { value: 5_240_000_000, quote: "5.24 billion RUB" },
  { value: 550, quote: "550 jobs" },
  { value: 2_300_000_000, quote: "2.3 billion RUB" },
  { value: 150, quote: "150+ jobs" },
  { value: 2026, quote: "resident since\n  Jan 2026" },
];

/** Every value the sources hold. */
export const SOURCE_VALUES: ReadonlySet<number> = new Set([...REGION_DOC_NUMBERS, ...FACT_SHEET_NUMBERS].map((n) => n.value));
