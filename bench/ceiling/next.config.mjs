import path from "node:path";

// The ceiling app of `npm run bench` (README.md beside this file). Same settings as the
// portal where they change what a response costs; the repository root is Turbopack's root
// so `next` and `react` resolve from its node_modules.
const config = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, "..", "..") },
};
export default config;
