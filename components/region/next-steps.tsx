import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

const STEPS = [
  { key: "partners", href: "/partners" },
  { key: "sez", href: "/sez" },
  { key: "eligibility", href: "/sez/eligibility" },
  { key: "register", href: "/register" },
] as const;

/** Calls to action as cards; each card's heading is its link. */
export function NextSteps() {
  const t = useTranslations("Region.next");
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {STEPS.map(({ key, href }) => (
        <li key={key} className="relative flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm hover:border-brand-700">
          <h3 className="text-lg font-semibold">
            <Link href={href} className="text-brand-700 underline-offset-4 after:absolute after:inset-0 hover:underline">
              {t(`${key}.title`)}
            </Link>
          </h3>
          <p className="mt-2 text-muted">{t(`${key}.body`)}</p>
        </li>
      ))}
    </ul>
  );
}
