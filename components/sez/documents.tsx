import { useTranslations } from "next-intl";
import { SourceCite } from "@/components/ui/source-cite";
import { sezDocumentKinds } from "@/lib/content/enums";
import type { SezDocumentItem } from "@/lib/content/types";

/** What the application states, then the documents to attach. */
export function Documents({ documents }: { documents: SezDocumentItem[] }) {
  const t = useTranslations("Sez.documents");
  const first = documents[0];
  return (
    <div>
      <div className="grid gap-6 md:grid-cols-2">
        {sezDocumentKinds.map((kind) => (
          <div key={kind} className="rounded-lg border border-line bg-white p-5">
            <h3 className="text-lg font-semibold">{t(kind)}</h3>
            <ul className="mt-3 space-y-2">
              {documents
                .filter((d) => d.kind === kind)
                .map((d) => (
                  <li key={d.key} className="flex gap-2">
                    <span aria-hidden="true" className="text-brand-700">✓</span>
                    <span>
                      {d.name}
                      {d.description ? <span className="block text-sm text-muted">{d.description}</span> : null}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      {first ? <SourceCite source={first.source} className="mt-3 text-sm text-muted" /> : null}
    </div>
  );
}
