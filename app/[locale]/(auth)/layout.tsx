import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Per-user pages (cookies, search params): rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["Auth", "Account", "Forms"]}>
      <div className="container-page flex justify-center py-12">{children}</div>
    </ClientMessages>
  );
}
