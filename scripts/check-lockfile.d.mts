// Types for scripts/check-lockfile.mjs (a plain Node script: CI runs it before any installed code runs).
export declare const REGISTRY: string;
export declare const FLOORS: Array<{ name: string | RegExp; min?: string; exact?: string; single?: boolean; why?: string }>;
export declare function compareVersions(a: string, b: string): number;
export declare function checkLockfile(lock: unknown, npmrc?: string): string[];
