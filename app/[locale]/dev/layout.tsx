import { PageFrame } from "@/components/layout/page-frame";

// Development pages are rendered per request: the header reads the session here.
export default function DevLayout({ children, params }: LayoutProps<"/[locale]">) {
  return (
    <PageFrame params={params} account="server">
      {children}
    </PageFrame>
  );
}
