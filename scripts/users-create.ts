// npm run users:create -- --email a@b.c --name "..." --role staff|admin|council [--password ...]
// Staff, admin and council accounts exist only through this command or an
// admin's invitation (nobody can register as one). They are created with their authenticator enrolled:
// the TOTP key and ten recovery codes are printed once, here, and never again.
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { issueRecoveryCodes } from "@/lib/auth/recovery-codes";
import { isInternal, ROLES } from "@/lib/auth/roles";
import { encryptSecret } from "@/lib/auth/secret-box";
import { base32Encode, generateTotpSecret, otpauthUri } from "@/lib/auth/totp";
import { emailField, newPasswordField } from "@/lib/auth/validation";
import { env } from "@/lib/env";
import { ensureDevelopmentSecret } from "@/lib/server/dev-secret";

const args = z.object({
  email: emailField,
  name: z.string().trim().min(1, "--name is required"),
  role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }),
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
  // The TOTP key is encrypted with a key derived from AUTH_SECRET: the same one the server uses.
  const config = env();
  if (!process.env.AUTH_SECRET) {
    if (!config.embedded) throw new Error("AUTH_SECRET must be set (the same value as the server's)");
    process.env.AUTH_SECRET = ensureDevelopmentSecret(config.dataDir);
  }
  const id = randomUUID();
  const staff = isInternal({ role });
  const secret = generateTotpSecret();
  const db = getDb();
  await runMigrations(db);
  const [created] = await db
    .insert(users)
    .values({
      id,
      email,
      name,
      role,
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
      ...(staff ? { totpSecret: encryptSecret(process.env.AUTH_SECRET, secret, id), totpEnrolledAt: new Date() } : {}),
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) throw new Error(`an account for ${email} exists already`);
  console.log(`created ${role} ${email}`);
  if (!parsed.data.password) console.log(`password (shown once): ${password}`);
  if (staff) {
    const codes = await issueRecoveryCodes(db, id);
    console.log(`authenticator key (shown once): ${base32Encode(secret)}`);
    console.log(`authenticator link (shown once): ${otpauthUri(secret, email)}`);
    console.log(`recovery codes (shown once, each works once): ${codes.join(" ")}`);
  }
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(`users:create failed: ${error instanceof Error ? error.message : String(error)}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
