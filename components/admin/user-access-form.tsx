"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateUserAccessAction } from "@/app/[locale]/admin/users/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { z } from "zod";
import type { userAccessSchema } from "@/lib/admin/user-validation";
import { ROLES } from "@/lib/auth/roles";
import { useStaffAction } from "./use-staff-action";

/** The roles the select offers: the same list the server's schema accepts. */
type UserRole = NonNullable<z.output<typeof userAccessSchema>["role"]>;

interface Props {
  userId: string;
  name: string;
  role: UserRole;
  status: "active" | "disabled";
}

/** Role change and disable/enable for one user (never offered for one's own row). */
export function UserAccessForm({ userId, name, role, status }: Props) {
  const t = useTranslations("AdminUsers");
  const router = useRouter();
  const [nextRole, setNextRole] = useState<UserRole>(role);
  const { run, pending, error } = useStaffAction(updateUserAccessAction);
  const done = () => router.refresh();
  const selectId = `role-${userId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        {t("roleOf", { name })}
      </label>
      <select id={selectId} className={`${inputClass} w-auto`} value={nextRole} onChange={(event) => setNextRole(event.target.value as UserRole)}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </select>
      <Button type="button" variant="secondary" disabled={pending || nextRole === role} onClick={() => run({ userId, role: nextRole }, done)}>
        {t("changeRole")}
        <span className="sr-only"> ({name})</span>
      </Button>
      <Button
        type="button"
        variant={status === "active" ? "danger" : "secondary"}
        disabled={pending}
        onClick={() => run({ userId, status: status === "active" ? "disabled" : "active" }, done)}
      >
        {status === "active" ? t("disable") : t("enable")}
        <span className="sr-only"> ({name})</span>
      </Button>
      {error ? (
        <p role="alert" className="basis-full text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
