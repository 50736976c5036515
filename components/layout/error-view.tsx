"use client";

import { useErrorMessages } from "@/components/i18n/error-messages";

// Shown in the reader's language (texts from the locale layout); the digest is
// the correlation id that also appears in the server log line for this
// failure. No stack, no SQL.
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <div className="container-page py-16">
      <h1 className="text-3xl font-semibold">{t.errorTitle}</h1>
      <p className="mt-4 text-muted">{t.errorBody}</p>
      {error.digest ? (
        <p className="mt-2 font-mono text-sm">
          {t.referenceBefore}
          {error.digest}
          {t.referenceAfter}
        </p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t.retry}
      </button>
    </div>
  );
}

/** An area's error boundary: inside the area's layout, so the header stays. */
export default function AreaError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView {...props} />;
}
