import { clsx } from "clsx";
import type { ReactNode } from "react";

/** The form-level message: announced when it appears, focusable for keyboard users. */
export function FormAlert({ tone, children, id }: { tone: "error" | "success" | "info"; children: ReactNode; id?: string }) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      tabIndex={-1}
      className={clsx(
        "rounded border-s-4 p-3",
        tone === "error" && "border-danger-700 bg-red-50 text-danger-700",
        tone === "success" && "border-brand-700 bg-brand-50 text-brand-900",
        tone === "info" && "border-warn-800 bg-warn-50 text-warn-800",
      )}
    >
      {children}
    </div>
  );
}
