import "@fontsource-variable/inter";
import { defaultLocale } from "@/lib/i18n/config";

// Requests outside any locale that the proxy did not redirect (rare): a plain
// English page, because no locale is known here.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="container-page py-16">
        <main>
          <h1 className="text-3xl font-semibold">Page not found</h1>
          <p className="mt-4">
            <a className="text-brand-700 underline" href={`/${defaultLocale}`}>
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
