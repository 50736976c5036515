"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { failureMessage } from "./use-action-form";

/**
 * A button that runs one server action and says what happened in a live
 * region next to it: the success text, or the failure ("try again in N
 * minutes" when throttled). Pressing it again while it runs does nothing.
 */
export function ActionButton<T>({
  action,
  label,
  done,
  variant = "secondary",
}: {
  action: () => Promise<ActionResult<T>>;
  label: string;
  done: (data: T) => string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const t = useTranslations("Forms");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action().catch(() => null);
            if (!result) setMessage({ tone: "error", text: t("codes.network") });
            else if (result.ok) setMessage({ tone: "ok", text: done(result.data) });
            else setMessage({ tone: "error", text: failureMessage(t, result) });
          })
        }
      >
        {label}
      </Button>
      <p role="status" className={message?.tone === "error" ? "text-danger-700" : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
