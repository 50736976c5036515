import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

const TOOLS = [
  { key: "eligibility", href: "/sez/eligibility" },
  { key: "savings", href: "/sez/savings" },
  { key: "register", href: "/register" },
] as const;

/** Next steps for an investor: check, estimate, register. */
export function SezTools() {
  const t = useTranslations("Sez.tools");
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {TOOLS.map(({ key, href }) => (
        <li key={key} className="relative rounded-lg border border-line bg-white p-5 shadow-sm hover:border-brand-700">
          <h3 className="text-lg font-semibold">
            <Link href={href} className="text-brand-700 after:absolute after:inset-0 hover:underline">
              {t(`${key}.title`)}
            </Link>
          </h3>
          <p className="mt-2 text-muted">{t(`${key}.body`)}</p>
        </li>
      ))}
    </ul>
  );
}
