"use client";

import "./globals.css";

// Last resort when the locale layout itself fails: no translations available here.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en" dir="ltr">
      <body className="container-page py-16">
        <main>
          <h1 className="text-3xl font-semibold">Something went wrong</h1>
          {error.digest ? <p className="mt-2 text-muted">Reference: {error.digest}</p> : null}
          <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
