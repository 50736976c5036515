"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { REQUESTABLE_FIELDS } from "@/lib/applications/review-validation";

/** Field path → comment, for each item ticked. */
export type PickedItems = Record<string, string>;

/**
 * For a request for more information: a checkbox per form field and document
 * slot, grouped by step; a ticked item gets its own comment box.
 */
export function RequestedItemsPicker({ value, onChange, error }: { value: PickedItems; onChange: (next: PickedItems) => void; error?: string | undefined }) {
  const t = useTranslations("AdminDetail");
  const toggle = (path: string, checked: boolean) => {
    const next = { ...value };
    if (checked) next[path] = next[path] ?? "";
    else delete next[path];
    onChange(next);
  };
  return (
    <fieldset className="rounded border border-line p-4" aria-describedby={error ? "requested-items-error" : undefined}>
      <legend className="px-1 font-semibold">{t("transition.itemsLegend")}</legend>
      <p className="mb-3 text-sm text-muted">{t("transition.itemsHint")}</p>
      {error ? (
        <p id="requested-items-error" className="mb-3 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {Object.entries(REQUESTABLE_FIELDS).map(([group, fields]) => (
          <fieldset key={group}>
            <legend className="font-medium">{t(`groups.${group as keyof typeof REQUESTABLE_FIELDS}`)}</legend>
            <ul className="mt-1 flex flex-col gap-1">
              {(fields as readonly string[]).map((field) => {
                const path = `${group}.${field}`;
                const id = `item-${path.replace(".", "-")}`;
                const checked = path in value;
                return (
                  <li key={path}>
                    <label htmlFor={id} className="flex items-center gap-2">
                      <input id={id} type="checkbox" className="size-5" checked={checked} onChange={(event) => toggle(path, event.target.checked)} />
                      {t(`fields.${path}` as never)}
                    </label>
                    {checked ? (
                      <div className="ms-7 mt-1">
                        <label htmlFor={`${id}-comment`} className="sr-only">
                          {t("transition.itemComment", { field: t(`fields.${path}` as never) })}
                        </label>
                        <input
                          id={`${id}-comment`}
                          className={inputClass}
                          placeholder={t("transition.itemCommentPlaceholder")}
                          value={value[path]}
                          onChange={(event) => onChange({ ...value, [path]: event.target.value })}
                        />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
