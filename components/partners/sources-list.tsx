import { useLocale } from "next-intl";
import { SourceTitle } from "@/components/ui/source-cite";
import { formatPartialDate } from "@/lib/content/format";
import type { SourceRef } from "@/lib/content/types";

/** Every source cited on a page, once, numbered. */
export function SourcesList({ sources }: { sources: SourceRef[] }) {
  const locale = useLocale();
  return (
    <ol className="list-decimal space-y-1 ps-6 text-sm">
      {sources.map((source) => {
        const date = formatPartialDate(source.publishedOn, locale);
        return (
          // A source's own title and date: the element names itself.
          <li key={source.id} data-sourced="" data-cite="">
            <SourceTitle source={source} />
            {date ? <span className="text-muted">, {date}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
