import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requirePageViewer } from "@/lib/auth/session";

// Council members only. The layout keeps everyone else out (anonymous → sign-in,
// others → 404); every page, action and data function checks again.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Council");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export default async function CouncilLayout({ children }: { children: ReactNode }) {
  await requirePageViewer("council");
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // Only what the opinion form needs reaches the browser (its labels and the field errors).
  const clientMessages = { Forms: messages.Forms, Admin: messages.Admin, Council: messages.Council };
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages}>
      <div className="container-page flex flex-col gap-6 py-8">{children}</div>
    </NextIntlClientProvider>
  );
}
