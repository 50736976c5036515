"use client";

import { ErrorView } from "@/components/layout/error-view";

// A failure in an area's layout itself (the areas' own error.tsx keep their
// header): no header here, so this page brings its own main landmark.
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
      <ErrorView {...props} />
    </main>
  );
}
