import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormAlert } from "@/components/forms/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("reset.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("Auth");
  const { token } = await searchParams;
  return (
    <AuthCard title={t("reset.title")}>
      {typeof token === "string" && token ? <ResetPasswordForm token={token} /> : <FormAlert tone="error">{t("verify.invalid")}</FormAlert>}
    </AuthCard>
  );
}
