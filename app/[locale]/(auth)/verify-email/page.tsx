import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { FormAlert } from "@/components/forms/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("verify.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("Auth");
  const { token } = await searchParams;
  return (
    <AuthCard title={t("verify.title")} intro={t("verify.intro")}>
      {typeof token === "string" && token ? <VerifyEmailForm token={token} /> : <FormAlert tone="error">{t("verify.invalid")}</FormAlert>}
    </AuthCard>
  );
}
