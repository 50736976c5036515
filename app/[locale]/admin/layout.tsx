import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageFrame } from "@/components/layout/page-frame";
import { isAdmin, STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";

// Staff only. The layout keeps everyone else out (anonymous → sign-in,
// investors → 404); every page, action and data function checks again.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // The staff namespaces reach the browser only on staff pages, not in every public page's payload.
  const clientMessages = {
    Forms: messages.Forms,
    Admin: messages.Admin,
    AdminDetail: messages.AdminDetail,
    AdminUsers: messages.AdminUsers,
    AdminContent: messages.AdminContent,
  };
  return (
    // The header shows who is signed in and offers "Sign out" (rendered here, on the server).
    <PageFrame params={params} account="server">
      <NextIntlClientProvider locale={locale} messages={clientMessages}>
        <div className="container-page flex flex-col gap-6 py-8">
          <AdminNav isAdmin={isAdmin(viewer)} />
          {children}
        </div>
      </NextIntlClientProvider>
    </PageFrame>
  );
}
