import { z } from "zod";

// zod 4 compiles object parsers with `new Function` when it may, and probes for
// that ability on first use; under our Content-Security-Policy (no
// 'unsafe-eval') the probe is a CSP violation in the browser. Interpreted
// parsing is plenty fast for forms.
z.config({ jitless: true });
