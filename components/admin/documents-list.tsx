import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DOCUMENT_SLOTS } from "@/lib/applications/constants";
import type { ReviewDocument } from "@/lib/applications/staff-detail";
import { formatFileSize } from "@/lib/format/numbers";

/** One row per document slot: the file (downloaded through /api/documents/[id], which checks access) or "missing". */
export function DocumentsList({ documents }: { documents: ReviewDocument[] }) {
  const t = useTranslations("AdminDetail");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-2">
      {DOCUMENT_SLOTS.map((slot) => {
        const document = documents.find((item) => item.slot === slot);
        return (
          <li key={slot} className="flex flex-wrap items-baseline gap-x-3">
            <span className="font-medium">{t(`fields.documents.${slot}`)}:</span>
            {document ? (
              <>
                <a href={`/api/documents/${document.id}`} className="break-all text-brand-700 underline" download>
                  {document.fileName}
                </a>
                <span className="text-sm text-muted">
                  {formatFileSize(document.sizeBytes, locale)} · {format.dateTime(document.createdAt, { dateStyle: "medium" })}
                </span>
              </>
            ) : (
              <span className="text-muted">{t("documents.missing")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
