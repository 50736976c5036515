import type { ReactNode } from "react";

// Per-user pages (cookies, search params): rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="container-page flex justify-center py-12">{children}</div>;
}
