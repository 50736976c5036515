import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Privacy" });
  return { title: t("title") };
}

const SECTIONS = ["what", "why", "who", "how", "rights"] as const;

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("Privacy");
  return (
    <article className="container-page max-w-3xl py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} className="mt-8">
          <h2 className="text-xl font-semibold">{t(`${section}.title`)}</h2>
          <p className="mt-2">{t(`${section}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
