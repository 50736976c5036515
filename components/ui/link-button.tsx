import { clsx } from "clsx";
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/link";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-900",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  light: "bg-white text-brand-900 hover:bg-brand-50 focus-visible:outline-white",
  outlineLight: "border border-white text-white hover:bg-white/10 focus-visible:outline-white",
} as const;

/** A locale-aware link styled as a button (at least 44px high). */
export function LinkButton({ variant = "primary", className, ...props }: ComponentProps<typeof Link> & { variant?: keyof typeof variants }) {
  return (
    <Link
      {...props}
      className={clsx(
        "inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold no-underline transition-colors",
        variants[variant],
        className,
      )}
    />
  );
}
