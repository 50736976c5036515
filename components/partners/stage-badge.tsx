import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { RelationStage } from "@/lib/content/enums";

const tones: Record<RelationStage, string> = {
  established: "border-brand-700 text-brand-900",
  developing: "border-muted text-ink",
  prospective: "border-dashed border-muted text-muted",
};

/** The stage of relations, in words. */
export function StageBadge({ stage }: { stage: RelationStage }) {
  const t = useTranslations("Content");
  return (
    <span className={clsx("inline-flex rounded-full border bg-white px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap", tones[stage])}>
      {t(`stages.${stage}`)}
    </span>
  );
}
