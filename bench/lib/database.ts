// The runs' scratch databases come from the same module as the e2e suite's.
export { ADMIN_URL, createScratchDatabase, type ScratchDatabase } from "../../scripts/scratch-database.mjs";
