import "server-only";
import { createTranslator } from "next-intl";
import { emailOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import type en from "@/messages/en.json";

export type EmailTemplate = keyof (typeof en)["Emails"];

export interface EmailRequest {
  to: string;
  userId?: string | null;
  locale: string;
  template: EmailTemplate;
  values?: Record<string, string | number>;
  /** Values that are themselves keys inside the template's namespace, translated in the recipient's language. */
  translatedValues?: Record<string, string>;
}

async function loadEmailMessages(locale: Locale) {
  return (await import(`@/messages/${locale}.json`)).default as typeof en;
}

/**
 * Renders the e-mail in the recipient's language and writes it to the outbox
 * with the caller's transaction: the change and its e-mail commit together
 * or not at all. Delivery happens later (lib/mail/sender.ts).
 */
export async function enqueueEmail(tx: DbOrTx, request: EmailRequest): Promise<void> {
  const locale = isLocale(request.locale) ? request.locale : defaultLocale;
  const messages = await loadEmailMessages(locale);
  const t = createTranslator({ locale, messages, namespace: `Emails.${request.template}` as "Emails.verifyEmail" });
  const values: Record<string, string | number> = { ...request.values };
  for (const [name, key] of Object.entries(request.translatedValues ?? {})) {
    values[name] = t(key as "subject");
  }
  await tx.insert(emailOutbox).values({
    recipient: request.to,
    userId: request.userId ?? null,
    locale,
    template: request.template,
    subject: t("subject", values),
    body: t("body", values),
  });
}
