// Types for scripts/scratch-database.mjs.
export declare const ADMIN_URL: string;
export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}
export declare function createScratchDatabase(prefix: string): Promise<ScratchDatabase>;
