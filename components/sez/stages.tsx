import type { SezStageItem } from "@/lib/content/types";

/** The path from first contact to resident certificate, numbered. */
export function Stages({ stages }: { stages: SezStageItem[] }) {
  return (
    <ol className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {stages.map((stage, index) => (
        <li key={stage.key} className="flex gap-4 rounded-lg border border-line bg-white p-5">
          <span aria-hidden="true" data-ui-number="step" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
            {index + 1}
          </span>
          <div>
            <h3 className="font-semibold">{stage.title}</h3>
            <p className="mt-1 text-muted">{stage.description}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
