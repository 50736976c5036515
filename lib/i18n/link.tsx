import "server-only";
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "./config";
import { localizedPath, type LocalHref } from "./paths";

// No `locale` prop: the reader's locale is always used (the language switcher builds its own links).
export type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: LocalHref };

/**
 * A link in the reader's language for server components: `next/link` with the
 * locale prefix added here, on the server. Unlike next-intl's `Link` (which
 * reads the locale on the client from NextIntlClientProvider), it needs no
 * provider and no message-formatting code in the browser. Client components in
 * areas with a provider keep using `Link` from `./navigation`.
 */
export async function Link({ href, ...props }: LinkProps) {
  const locale = (await getLocale()) as Locale;
  const localized = typeof href === "string" ? localizedPath(locale, href) : { ...href, pathname: localizedPath(locale, href.pathname) };
  return <NextLink href={localized} {...props} />;
}
