import type { ReactNode } from "react";
import { distinctSources } from "@/lib/content/rows";
import type { SourceRef } from "@/lib/content/types";
import { SourceCite } from "./source-cite";

/**
 * Content followed by the source it comes from: the `data-sourced` container the
 * figures check looks for, with its citation inside. Used where one source
 * covers a whole block (a list, a table, a paragraph).
 */
export function Sourced({ sources, children, className }: { sources: SourceRef[]; children: ReactNode; className?: string }) {
  return (
    <div data-sourced="" className={className}>
      {children}
      {distinctSources(sources).map((source) => (
        <SourceCite key={source.id} source={source} className="mt-3 text-sm text-muted" />
      ))}
    </div>
  );
}

