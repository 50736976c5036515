import { clsx } from "clsx";
import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 disabled:bg-muted",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:bg-red-900",
} as const;

export function Button({
  variant = "primary",
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      {...props}
      className={clsx(
        "inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold transition-colors disabled:cursor-not-allowed",
        variants[variant],
        className,
      )}
    />
  );
}
