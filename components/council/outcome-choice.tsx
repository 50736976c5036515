import { COUNCIL_OUTCOMES, type CouncilOutcome } from "@/lib/council/enums";

/** A radio group of the three outcomes (a fieldset with its legend, keyboard-operable as native radios). */
export function OutcomeChoice({
  name,
  legend,
  value,
  onChange,
  labelOf,
  error,
}: {
  name: string;
  legend: string;
  value: CouncilOutcome | "";
  onChange: (value: CouncilOutcome) => void;
  labelOf: (outcome: CouncilOutcome) => string;
  error?: string | undefined;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
      {COUNCIL_OUTCOMES.map((outcome) => (
        <label key={outcome} className="flex min-h-11 items-center gap-2">
          <input type="radio" name={name} value={outcome} checked={value === outcome} onChange={() => onChange(outcome)} className="size-5" />
          {labelOf(outcome)}
        </label>
      ))}
    </fieldset>
  );
}
