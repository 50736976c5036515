// One file per domain; drizzle-kit and the query builder both read this index.
export * from "./content";
export * from "./accounts";
export * from "./operations";
export * from "./applications";
export * from "./council";
