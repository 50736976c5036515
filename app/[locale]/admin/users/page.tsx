import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { getDb } from "@/db/client";
import { listUsers } from "@/lib/admin/users";
import { requirePageViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminUsers");
  return { title: t("title") };
}

/** Admins only: staff see a 404 here, like investors do for the whole staff area. */
export default async function UsersPage() {
  const viewer = await requirePageViewer("admin");
  const [rows, t, format] = await Promise.all([listUsers(getDb(), viewer), getTranslations("AdminUsers"), getFormatter()]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="invite-heading" className="rounded-lg border border-line p-5">
        <h2 id="invite-heading" className="mb-1 text-xl font-semibold">
          {t("invite.title")}
        </h2>
        <p className="mb-4 text-muted">{t("invite.lead")}</p>
        <InviteForm />
      </section>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-start text-xl font-semibold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              {(["name", "email", "role", "status", "created", "actions"] as const).map((column) => (
                <th key={column} scope="col" className="px-2 py-2 text-start">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-2 text-start font-medium">
                  {row.name}
                </th>
                <td className="px-2 py-2 break-all">{row.email}</td>
                <td className="px-2 py-2">{t(`roles.${row.role}`)}</td>
                <td className="px-2 py-2">
                  <span aria-hidden="true">{row.status === "active" ? "● " : "○ "}</span>
                  {t(`statuses.${row.status}`)}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "medium" })}</td>
                <td className="px-2 py-2">
                  {row.id === viewer.id ? (
                    <span className="text-muted">{t("you")}</span>
                  ) : (
                    <UserAccessForm userId={row.id} name={row.name} role={row.role} status={row.status} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
