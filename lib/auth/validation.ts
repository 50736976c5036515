import "@/lib/zod-setup";
import { z } from "zod";
import { isCountryCode } from "@/lib/geo/countries";
import { locales } from "@/lib/i18n/config";
import { normalizeEmail } from "./email";

/**
 * One zod schema per account form, shared by react-hook-form in the browser
 * and the server action. Messages are translation keys (Forms.errors.*).
 * `.strict()` refuses fields the form does not have (no mass assignment).
 */
const key = (field: string, problem: string) => `errors.${field}.${problem}`;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const emailField = z
  .string({ error: key("email", "required") })
  .transform(normalizeEmail)
  .pipe(z.string().min(1, key("email", "required")).max(254, key("email", "invalid")).pipe(z.email({ error: key("email", "invalid") })));

export const newPasswordField = z
  .string({ error: key("password", "required") })
  .min(1, key("password", "required"))
  .refine((value) => [...value].length >= PASSWORD_MIN, key("password", "tooShort"))
  .refine((value) => [...value].length <= PASSWORD_MAX, key("password", "tooLong"));

const nameField = (field: string) =>
  z
    .string({ error: key(field, "required") })
    .trim()
    .min(1, key(field, "required"))
    .max(200, key(field, "tooLong"))
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), key(field, "invalid"));

export const registerSchema = z
  .object({
    name: nameField("name"),
    company: nameField("company"),
    country: z
      .string({ error: key("country", "required") })
      .min(1, key("country", "required"))
      .refine(isCountryCode, key("country", "invalid")),
    email: emailField,
    password: newPasswordField,
    consent: z.literal(true, { error: key("consent", "required") }),
  })
  .strict();
export type RegisterInput = z.output<typeof registerSchema>;

/**
 * Where to go after sign-in: checked on the server (lib/auth/redirect-target.ts).
 * Anything that is not a short string is dropped rather than failing the form:
 * a hostile or broken link must not stop the user from signing in.
 */
const redirectField = z.string().max(2048).optional().catch(undefined);

export const signInSchema = z
  .object({
    email: emailField,
    password: z.string({ error: key("password", "required") }).min(1, key("password", "required")).max(1024, key("password", "tooLong")),
    next: redirectField,
  })
  .strict();

/** A 6-digit authenticator code or a recovery code (`abcde-fghij`). */
export const secondFactorSchema = z
  .object({
    code: z.string({ error: key("code", "required") }).trim().min(1, key("code", "required")).max(40, key("code", "invalid")),
    next: redirectField,
  })
  .strict();

export const forgotPasswordSchema = z.object({ email: emailField }).strict();

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPasswordField,
    confirm: z.string(),
  })
  .strict()
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: key("confirm", "mismatch") });

export const profileSchema = z
  .object({
    name: nameField("name"),
    preferredLocale: z.enum(locales as [string, ...string[]], { error: key("preferredLocale", "invalid") }),
  })
  .strict();

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, key("current", "required")).max(1024),
    password: newPasswordField,
    confirm: z.string(),
  })
  .strict()
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: key("confirm", "mismatch") });
