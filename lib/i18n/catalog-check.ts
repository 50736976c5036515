// Compile-time check of the message catalogs: `tsc` (and so `next build`)
// fails when a catalog lacks a key of the English one or has a key English does
// not have, and names the key. Placeholders and plural syntax are checked by
// lib/i18n/catalogs.test.ts, which reads every file in messages/.
//
// Adding a language: its catalog in messages/, one import and one entry in
// `Catalogs` below, then the line in config.ts.
import type de from "../../messages/de.json";
import type en from "../../messages/en.json";
import type fa from "../../messages/fa.json";
import type ko from "../../messages/ko.json";
import type nl from "../../messages/nl.json";
import type ru from "../../messages/ru.json";
import type zh from "../../messages/zh.json";
import type { Locale } from "./config";

type Catalogs = {
  en: typeof en;
  ru: typeof ru;
  de: typeof de;
  nl: typeof nl;
  ko: typeof ko;
  zh: typeof zh;
  fa: typeof fa;
};

/** Every leaf of a catalog as a dotted path ("Auth.signIn.title"). A leaf that is not a string shows up as a wrong path. */
type Paths<T, Prefix extends string = ""> = T extends string
  ? Prefix
  : { [K in keyof T & string]: Paths<T[K], Prefix extends "" ? K : `${Prefix}.${K}`> }[keyof T & string];

type English = Paths<Catalogs["en"]>;

/** Missing and extra keys of one catalog, compared with English. */
type Difference<Catalog> = { missing: Exclude<English, Paths<Catalog>>; extra: Exclude<Paths<Catalog>, English> };

/** Fails to compile, naming the keys, unless both sets are empty. */
type Exact<D extends { missing: never; extra: never }> = D;

/** Fails to compile unless `T` is `true`. */
type Assert<T extends true> = T;

export type CatalogChecks = [
  // Every active locale has its catalog checked here.
  Assert<[Locale] extends [keyof Catalogs] ? true : false>,
  Exact<Difference<Catalogs["ru"]>>,
  Exact<Difference<Catalogs["de"]>>,
  Exact<Difference<Catalogs["nl"]>>,
  Exact<Difference<Catalogs["ko"]>>,
  Exact<Difference<Catalogs["zh"]>>,
  Exact<Difference<Catalogs["fa"]>>,
];
