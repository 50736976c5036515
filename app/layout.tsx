import type { ReactNode } from "react";
import "./globals.css";

// The real document (<html lang dir>) is rendered by app/[locale]/layout.tsx;
// this root only exists so that non-localised routes have a layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
