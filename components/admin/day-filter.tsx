import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";

/**
 * A date filter of a GET form (queue, audit log). `invalid` is the value of
 * the URL when it names no real day: kept in the field, marked invalid and
 * explained, while the filter itself ignores it.
 */
export function DayFilter({ id, name, label, value, invalid }: { id: string; name: string; label: string; value: string | undefined; invalid: string | undefined }) {
  const t = useTranslations("Forms");
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={invalid ?? value ?? ""}
        aria-invalid={invalid === undefined ? undefined : true}
        aria-describedby={invalid === undefined ? undefined : errorId}
        className={inputClass}
      />
      {invalid === undefined ? null : (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {t("errors.day.invalid")}
        </p>
      )}
    </div>
  );
}
