// npm run users:create -- --email a@b.c --name "..." --role staff|admin [--password ...]
// Staff and admin accounts exist only through this command (nobody can register as staff).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { emailField, newPasswordField } from "@/lib/auth/validation";

const args = z.object({
  email: emailField,
  name: z.string().trim().min(1, "--name is required"),
  role: z.enum(["staff", "admin", "investor"], { error: "--role must be staff, admin or investor" }),
  password: newPasswordField.optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  const parsed = args.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const { email, name, role } = parsed.data;
  const password = parsed.data.password ?? randomBytes(18).toString("base64url");
  if (isCommonPassword(password)) throw new Error("password: too common");
  const db = getDb();
  await runMigrations(db);
  const [created] = await db
    .insert(users)
    .values({ email, name, role, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) throw new Error(`an account for ${email} exists already`);
  console.log(`created ${role} ${email}`);
  if (!parsed.data.password) console.log(`password (shown once): ${password}`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(`users:create failed: ${error instanceof Error ? error.message : String(error)}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
