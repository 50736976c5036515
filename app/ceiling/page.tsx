import type { Metadata } from "next";

// The framework's ceiling for `npm run bench`: the barest static page this build
// can serve (no locale, no layout, no data, no client code). Every public page's
// throughput and shipped JavaScript is reported against it. Harmless in production.
export const dynamic = "force-static";
export const metadata: Metadata = { title: "Ceiling", robots: { index: false } };

export default function CeilingPage() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Ceiling</h1>
        </main>
      </body>
    </html>
  );
}
