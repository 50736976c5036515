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

type EmailTranslator = ReturnType<typeof createTranslator<typeof en, "Emails.verifyEmail">>;

/**
 * One translator per language and template, kept for the process: each keeps
 * its parsed ICU messages, which createTranslator would otherwise parse again
 * for every e-mail. Bounded by languages × templates.
 */
const translators = new Map<string, Promise<EmailTranslator>>();

function emailTranslator(locale: Locale, template: EmailTemplate): Promise<EmailTranslator> {
  const key = `${locale}:${template}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = loadEmailMessages(locale).then((messages) =>
      createTranslator({ locale, messages, namespace: `Emails.${template}` as "Emails.verifyEmail" }),
    );
    translator.catch(() => translators.delete(key));
    translators.set(key, translator);
  }
  return translator;
}

/** The outbox row of an e-mail, rendered in the recipient's language. */
export async function renderEmail(request: EmailRequest): Promise<typeof emailOutbox.$inferInsert> {
  const locale = isLocale(request.locale) ? request.locale : defaultLocale;
  const t = await emailTranslator(locale, request.template);
  const values: Record<string, string | number> = { ...request.values };
  for (const [name, key] of Object.entries(request.translatedValues ?? {})) {
    values[name] = t(key as "subject");
  }
  return {
    recipient: request.to,
    userId: request.userId ?? null,
    locale,
    template: request.template,
    subject: t("subject", values),
    body: t("body", values),
  };
}

/**
 * Renders the e-mail in the recipient's language and writes it to the outbox
 * with the caller's transaction: the change and its e-mail commit together
 * or not at all. Delivery happens later (lib/mail/sender.ts).
 */
export async function enqueueEmail(tx: DbOrTx, request: EmailRequest): Promise<void> {
  await tx.insert(emailOutbox).values(await renderEmail(request));
}
