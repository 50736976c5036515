"use client";

import { clsx } from "clsx";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A <details> menu: opens and closes by keyboard (Enter/Space on the summary)
 * and works without JavaScript. With JavaScript, Escape closes it and puts
 * the focus back on the summary, and a click or focus outside closes it, as a
 * menu button would. The panel floats (absolute), so opening it moves nothing.
 */
export function Disclosure({
  summary,
  children,
  className,
  summaryClassName,
  panelClassName,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  summaryClassName?: string;
  panelClassName?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onOutside = (event: Event) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    details.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onOutside);
    document.addEventListener("focusin", onOutside);
    return () => {
      details.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onOutside);
      document.removeEventListener("focusin", onOutside);
    };
  }, []);
  return (
    <details ref={ref} className={clsx("group relative", className)} data-testid={testId}>
      <summary
        className={clsx(
          "flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-line px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden",
          summaryClassName,
        )}
      >
        {summary}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 shrink-0 transition-transform group-open:rotate-180">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <div className={clsx("absolute end-0 z-40 mt-2 rounded border border-line bg-white p-2 shadow-lg", panelClassName)}>{children}</div>
    </details>
  );
}
