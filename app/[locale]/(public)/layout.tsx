import { PageFrame } from "@/components/layout/page-frame";

// Cached public pages: the header is the same for every reader; who is signed
// in is asked by the browser (components/layout/account-island.tsx).
export default function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  return (
    <PageFrame params={params} account="browser">
      {children}
    </PageFrame>
  );
}
