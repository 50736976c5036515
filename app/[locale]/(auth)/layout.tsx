import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageFrame } from "@/components/layout/page-frame";

// Per-user pages (cookies, search params): rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <PageFrame params={params} account="server">
      <ClientMessages namespaces={["Auth", "Account", "Forms"]}>
        <div className="container-page flex justify-center py-12">{children}</div>
      </ClientMessages>
    </PageFrame>
  );
}
