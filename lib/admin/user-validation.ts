import { z } from "zod";
import { INVITABLE_ROLES, ROLES } from "@/lib/auth/roles";
import { emailField } from "@/lib/auth/validation";
import { textField } from "@/lib/applications/fields";
import { locales } from "@/lib/i18n/config";

/** Schemas of the user-management forms (admins only), shared by browser and server. */

export const inviteSchema = z
  .object({
    name: textField("name", { max: 200 }),
    email: emailField,
    role: z.enum(INVITABLE_ROLES, { error: "errors.role.invalid" }),
    locale: z.enum(locales as [string, ...string[]], { error: "errors.locale.invalid" }),
  })
  .strict();

export const userAccessSchema = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES, { error: "errors.role.invalid" }).optional(),
    status: z.enum(["active", "disabled"]).optional(),
  })
  .strict();
