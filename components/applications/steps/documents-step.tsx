"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DOCUMENT_SLOTS, MAX_DOCUMENT_BYTES, type DocumentSlot } from "@/lib/applications/constants";
import { Link, useRouter } from "@/lib/i18n/navigation";

interface Uploaded {
  id: string;
  fileName: string;
}

/**
 * One upload per slot, straight to the upload route (a route handler, not a
 * server action: documents are up to 10 MB). The server decides the type from
 * the file's bytes; the browser check here only saves a pointless upload.
 */
export function DocumentsStep({
  applicationId,
  existing,
  slots = DOCUMENT_SLOTS,
  comments,
  showContinue = true,
}: {
  applicationId: string;
  existing: Partial<Record<DocumentSlot, Uploaded>>;
  slots?: readonly DocumentSlot[];
  comments?: Partial<Record<DocumentSlot, string>>;
  showContinue?: boolean;
}) {
  const t = useTranslations("Apply");
  const router = useRouter();
  const [documents, setDocuments] = useState(existing);
  const [busy, setBusy] = useState<DocumentSlot | null>(null);
  const [errors, setErrors] = useState<Partial<Record<DocumentSlot, string>>>({});

  async function upload(slot: DocumentSlot, file: File) {
    setErrors((current) => ({ ...current, [slot]: undefined }));
    if (file.size > MAX_DOCUMENT_BYTES) {
      setErrors((current) => ({ ...current, [slot]: t("documents.errors.too_large") }));
      return;
    }
    setBusy(slot);
    try {
      const response = await fetch(`/api/applications/${applicationId}/documents/${slot}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      const result = (await response.json().catch(() => ({}))) as { ok?: boolean; code?: string; document?: Uploaded };
      if (result.ok && result.document) {
        setDocuments((current) => ({ ...current, [slot]: result.document }));
        router.refresh();
      } else {
        const key = `documents.errors.${result.code ?? "generic"}`;
        setErrors((current) => ({ ...current, [slot]: t.has(key as never) ? t(key as never) : t("documents.errors.generic") }));
      }
    } catch {
      setErrors((current) => ({ ...current, [slot]: t("documents.errors.network") }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <p className="text-muted">{t("documents.intro")}</p>
      <ul className="flex flex-col gap-4">
        {slots.map((slot) => {
          const id = `document-${slot}`;
          const document = documents[slot];
          return (
            <li key={slot} className="rounded border border-line p-4">
              <label htmlFor={id} className="font-medium">
                {t(`documents.slots.${slot}`)}
              </label>
              {comments?.[slot] ? <p className="mt-1 rounded border-s-4 border-warn-800 bg-warn-50 px-3 py-2 text-sm text-warn-800">{comments[slot]}</p> : null}
              <p id={`${id}-status`} className="mt-1 text-sm text-muted" aria-live="polite">
                {busy === slot ? t("documents.uploading") : document ? t("documents.uploaded", { name: document.fileName }) : t("documents.none")}
              </p>
              <input
                id={id}
                type="file"
                accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                disabled={busy !== null}
                aria-describedby={`${id}-status${errors[slot] ? ` ${id}-error` : ""}`}
                aria-invalid={errors[slot] ? true : undefined}
                className="mt-2 block w-full text-sm file:me-3 file:min-h-11 file:rounded file:border file:border-brand-700 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-700"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void upload(slot, file);
                  event.target.value = "";
                }}
              />
              {errors[slot] ? (
                <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger-700">
                  {errors[slot]}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {showContinue ? (
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-5">
          <Link href={`/applications/${applicationId}/edit/contact`} className="rounded px-3 py-2 font-medium text-brand-700 underline">
            {t("back")}
          </Link>
          <Link href={`/applications/${applicationId}/edit/review`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("documents.continue")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
