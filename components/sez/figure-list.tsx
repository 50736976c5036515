import { StatusBadge } from "@/components/ui/status-badge";
import type { SezFigureItem } from "@/lib/content/types";
import { FigureSources } from "./figure-sources";

/** Facts as a definition list: label, text, status (when not confirmed) with its note, sources. */
export function FigureList({ figures }: { figures: SezFigureItem[] }) {
  return (
    <dl className="divide-y divide-line rounded-lg border border-line bg-white">
      {figures.map((figure) => (
        <div key={figure.key} data-figure={figure.key} data-sourced="" className="grid gap-2 p-5 md:grid-cols-[14rem_1fr] md:gap-6">
          <dt className="font-semibold">{figure.label}</dt>
          <dd className="flex flex-col gap-2">
            <p>
              {figure.displayText}
              {figure.status !== "confirmed" ? (
                <>
                  {" "}
                  <StatusBadge status={figure.status} />
                </>
              ) : null}
            </p>
            {figure.statusNote ? <p className="rounded border-s-4 border-warn-800 bg-warn-50 px-3 py-2 text-sm text-warn-800">{figure.statusNote}</p> : null}
            <FigureSources figure={figure} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
