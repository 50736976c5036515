import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { ResendVerification } from "@/components/account/resend-verification";
import { SignOutOtherDevices } from "@/components/account/sign-out-other-devices";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { homePathFor, isCouncil } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";
import { signOutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage() {
  const viewer = await requirePageViewer();
  const [t, tCouncil] = await Promise.all([getTranslations("Account"), getTranslations("Council")]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("signedInAs", { email: viewer.email })}</p>
        {viewer.role === "investor" ? (
          <p className="mt-3 flex flex-wrap gap-4">
            <Link href="/applications" className="font-medium text-brand-700 underline">{t("myApplications")}</Link>
            <Link href="/apply" className="font-medium text-brand-700 underline">{t("newApplication")}</Link>
          </p>
        ) : (
          <p className="mt-3"><Link href={homePathFor(viewer.role)} className="font-medium text-brand-700 underline">{isCouncil(viewer) ? tCouncil("title") : t("staffArea")}</Link></p>
        )}
      </header>

      {!viewer.emailVerified ? (
        <FormAlert tone="info">
          <p className="font-semibold">{t("unverifiedTitle")}</p>
          <p className="mb-3">{t("unverifiedBody")}</p>
          <ResendVerification />
        </FormAlert>
      ) : null}

      <section aria-labelledby="profile-heading" className="rounded-lg border border-line p-6">
        <h2 id="profile-heading" className="mb-4 text-xl font-semibold">
          {t("profile")}
        </h2>
        <ProfileForm name={viewer.name} preferredLocale={viewer.preferredLocale} />
      </section>

      <section aria-labelledby="password-heading" className="rounded-lg border border-line p-6">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          {t("password")}
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions-heading" className="rounded-lg border border-line p-6">
        <h2 id="sessions-heading" className="mb-2 text-xl font-semibold">
          {t("sessions")}
        </h2>
        <p className="mb-4 text-muted">{t("sessionsBody")}</p>
        <div className="flex flex-wrap items-start gap-3">
          <form action={signOutAction}>
            <Button type="submit" variant="secondary">
              {t("signOut")}
            </Button>
          </form>
          <SignOutOtherDevices />
        </div>
      </section>
    </div>
  );
}
