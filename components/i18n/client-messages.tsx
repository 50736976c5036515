import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type messages from "@/messages/en.json";

type Namespace = keyof typeof messages;

/** What the shell's client components use on every page (language switcher, error boundary). */
const SHELL: Namespace[] = ["Shell", "Errors"];

/**
 * The message namespaces the client components below need, and no more: every
 * message given here is serialised into the page (HTML and RSC payload). The
 * public pages carry only the shell's ~1 KB; the forms' namespaces come with the
 * areas that have forms. A nested provider replaces the outer messages (it does
 * not merge), so the shell's namespaces are always included.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries([...new Set([...SHELL, ...namespaces])].map((name) => [name, messages[name]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
