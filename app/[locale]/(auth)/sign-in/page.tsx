import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { keptNext } from "@/lib/auth/next-param";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("signIn.title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const t = await getTranslations("Auth");
  const { next } = await searchParams;
  const nextPath = keptNext(next, `/${await getLocale()}/sign-in`);
  return (
    <AuthCard title={t("signIn.title")} intro={t("signIn.intro")}>
      <SignInForm next={nextPath} />
    </AuthCard>
  );
}
