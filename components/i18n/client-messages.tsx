import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type messages from "@/messages/en.json";

type Namespace = keyof typeof messages;

/**
 * next-intl's client provider for the areas whose client components translate
 * (forms: auth, investor, the SEZ tools), with the message namespaces they
 * need and no more: every message given here is serialised into the page (HTML
 * and RSC payload), and the provider brings the ICU message formatter (~12 KB
 * gzip). The public pages have none: the shell is server-rendered, the
 * language switcher gets its label as a prop and the error page its texts from
 * ErrorMessagesProvider. There is no outer provider, so `namespaces` must
 * cover every useTranslations below it.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries([...new Set(namespaces)].map((name) => [name, messages[name]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
