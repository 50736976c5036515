import type { ReactNode } from "react";

/** A bordered section named by its heading (the staff and council application pages). */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-line p-5">
      <h2 id={`${id}-heading`} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
