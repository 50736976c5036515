// One file per domain; drizzle-kit and the query builder both read this index.
// Column helpers (content-columns.ts, `sourced` in content-sources.ts) are not tables: not exported.
export { contentSources, valueQualifierEnum, type ContentSource, type NewContentSource } from "./content-sources";
export * from "./region";
export * from "./sez";
export * from "./accounts";
export * from "./operations";
export * from "./applications";
export * from "./council";
