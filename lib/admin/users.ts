import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { accountTokens, users, type UserRole } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { AuthorizationError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import { isAdmin, type InvitableRole } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { hashToken, issueToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";

/** Account management: admins only, checked here whatever calls it. */
export function assertAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new AuthorizationError("unauthenticated");
  if (!isAdmin(viewer)) throw new AuthorizationError("forbidden");
}

/** An invitation link stays valid longer than a password reset. */
export const INVITE_TTL_HOURS = 72;

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  status: "active" | "disabled";
  createdAt: Date;
}

const ROLE_ORDER = sql`case ${users.role} when 'admin' then 0 when 'staff' then 1 when 'council' then 2 else 3 end`;

export async function listUsers(db: Database, viewer: Viewer | null, filter: { role?: UserRole } = {}, limit = 200): Promise<UserListRow[]> {
  assertAdmin(viewer);
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(filter.role ? eq(users.role, filter.role) : undefined)
    .orderBy(ROLE_ORDER, asc(users.name), asc(users.id))
    .limit(limit);
}

export type UserChangeResult = { ok: true } | { ok: false; error: "not_found" | "self" | "email_taken" };

/**
 * Creates a staff, admin or council account with an unusable random password and
 * e-mails a link to choose one (a reset-password token), in one transaction.
 */
export async function inviteStaff(
  db: Database,
  viewer: Viewer | null,
  input: { name: string; email: string; role: InvitableRole; locale: string; ip?: string },
): Promise<UserChangeResult> {
  assertAdmin(viewer);
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash, preferredLocale: input.locale, emailVerifiedAt: new Date() })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) return { ok: false, error: "email_taken" };
    const token = await issueToken(tx, created.id, "reset_password");
    await tx
      .update(accountTokens)
      .set({ expiresAt: sql`now() + make_interval(hours => ${INVITE_TTL_HOURS}::int)` })
      .where(eq(accountTokens.tokenHash, hashToken(token)));
    await enqueueEmail(tx, {
      to: input.email,
      userId: created.id,
      locale: input.locale,
      template: input.role === "council" ? "councilInvite" : "staffInvite",
      values: { name: input.name, inviter: viewer.name, hours: INVITE_TTL_HOURS, link: `${env().APP_URL}/${input.locale}/reset-password?token=${encodeURIComponent(token)}` },
    });
    await recordAudit(tx, { action: "user.invited", actorId: viewer.id, subjectType: "user", subjectId: created.id, ip: input.ip, detail: { role: input.role } });
    return { ok: true };
  });
}

/**
 * Changes a role or enables/disables an account. Bumping `session_version`
 * ends the user's sessions, so the change applies on their next request.
 * An admin cannot demote or disable themself (the last admin stays one).
 */
export async function updateUserAccess(
  db: Database,
  viewer: Viewer | null,
  input: { userId: string; role?: UserRole; status?: "active" | "disabled"; ip?: string },
): Promise<UserChangeResult> {
  assertAdmin(viewer);
  if (input.userId === viewer.id) return { ok: false, error: "self" };
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, input.userId)).for("update");
    if (!current) return { ok: false, error: "not_found" };
    const role = input.role ?? current.role;
    const status = input.status ?? current.status;
    if (role === current.role && status === current.status) return { ok: true };
    await tx
      .update(users)
      .set({ role, status, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, current.id)));
    const base = { actorId: viewer.id, subjectType: "user", subjectId: current.id, ip: input.ip };
    if (role !== current.role) await recordAudit(tx, { ...base, action: "user.role_changed", detail: { from: current.role, to: role } });
    if (status !== current.status) await recordAudit(tx, { ...base, action: status === "disabled" ? "user.disabled" : "user.enabled" });
    return { ok: true };
  });
}
