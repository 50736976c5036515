import type { RegionFactItem } from "@/lib/content/types";
import { SourceCite } from "@/components/ui/source-cite";

/** Region facts as cards: the value as the source words it, then what it counts. */
export function KeyFigures({ facts }: { facts: RegionFactItem[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {facts.map((fact) => (
        <li key={fact.key} data-sourced="" className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
          <p className="text-3xl font-bold text-brand-700">{fact.displayValue}</p>
          <p className="mt-2 flex-1 font-medium">{fact.label}</p>
          <SourceCite source={fact.source} className="mt-3 text-xs text-muted" />
        </li>
      ))}
    </ul>
  );
}
