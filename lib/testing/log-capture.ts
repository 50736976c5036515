import { Writable } from "node:stream";
import { createLogger } from "@/lib/log";

/** A logger built like the app's, writing its JSON lines into memory for a test to read. */
export function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream), lines, last: () => JSON.parse(lines.at(-1)!) as Record<string, unknown> };
}
