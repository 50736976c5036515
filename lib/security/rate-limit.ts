import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/connection";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";

export interface RateLimitRule {
  /** Namespace of the counter, e.g. "sign-in:account". */
  name: string;
  points: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
  /** Hits counted in the current window, this one included (hitAll only). */
  count?: number;
  /** This hit is the first one over the limit in the window (audited once, not per blocked request). */
  firstExceeded?: boolean;
}

/**
 * Fixed-window counters in Postgres, so every app instance shares them. One
 * atomic upsert for all the counters of an attempt (a single round trip; no
 * read-then-write race between instances). Rows are written in key order, so
 * two attempts sharing counters never wait on each other in a cycle.
 */
export async function hitAll(db: Database, hits: Array<{ rule: RateLimitRule; subject: string }>): Promise<RateLimitResult[]> {
  const keyed = hits.map(({ rule, subject }) => ({ rule, key: `${rule.name}:${subject}` }));
  const ordered = [...keyed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await queryRows<{ key: string; points: number; retry: number }>(
    db,
    sql`
      insert into rate_limits (key, points, expires_at)
      values ${sql.join(
        ordered.map(({ key, rule }) => sql`(${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}::int))`),
        sql`, `,
      )}
      on conflict (key) do update set
        points = case when rate_limits.expires_at <= now() then 1 else rate_limits.points + 1 end,
        expires_at = case when rate_limits.expires_at <= now() then excluded.expires_at else rate_limits.expires_at end
      returning key, points, ceil(extract(epoch from (expires_at - now())))::int as retry`,
  );
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keyed.map(({ key, rule }) => {
    const row = byKey.get(key);
    const points = Number(row?.points ?? 1);
    return {
      allowed: points <= rule.points,
      remaining: Math.max(0, rule.points - points),
      retryAfterSeconds: Math.max(1, Number(row?.retry ?? rule.windowSeconds)),
      count: points,
      firstExceeded: points === rule.points + 1,
    };
  });
}

/** One counter: hitAll() with a single rule. */
export async function hit(db: Database, rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  const [result] = await hitAll(db, [{ rule, subject }]);
  return result!;
}

type Who = { ip?: string; actorId?: string | null };

/** An audit row (`rate_limit.exceeded`) when a subject first goes over the limit (once, not per blocked request). */
async function auditFirstExceeded(db: Database, rule: RateLimitRule, result: RateLimitResult, who: Who): Promise<void> {
  if (result.firstExceeded) await recordAudit(db, { action: "rate_limit.exceeded", actorId: who.actorId ?? null, ip: who.ip, detail: { rule: rule.name } });
}

/** hit(), audited when the subject first goes over the limit. */
export async function throttle(db: Database, rule: RateLimitRule, subject: string, who: Who = {}): Promise<RateLimitResult> {
  const result = await hit(db, rule, subject);
  await auditFirstExceeded(db, rule, result, who);
  return result;
}

/** Reads a counter without adding to it. */
export async function peek(db: Database, rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
  const key = `${rule.name}:${subject}`;
  const [row] = await queryRows<{ points: number; retry: number }>(
    db,
    sql`select points, ceil(extract(epoch from (expires_at - now())))::int as retry
        from rate_limits where key = ${key} and expires_at > now()`,
  );
  const points = Number(row?.points ?? 0);
  return {
    allowed: points < rule.points,
    remaining: Math.max(0, rule.points - points),
    retryAfterSeconds: Math.max(1, Number(row?.retry ?? 0)),
  };
}

/** Both counters of an action (account and address); the stricter answer wins. */
export async function throttleBoth(
  db: Database,
  rules: { account: RateLimitRule; address: RateLimitRule },
  who: { actorId: string; ip: string },
): Promise<RateLimitResult> {
  const [account, address] = (await hitAll(db, [
    { rule: rules.account, subject: who.actorId },
    { rule: rules.address, subject: who.ip },
  ])) as [RateLimitResult, RateLimitResult];
  await auditFirstExceeded(db, rules.account, account, who);
  await auditFirstExceeded(db, rules.address, address, who);
  if (account.allowed && address.allowed) return account.remaining <= address.remaining ? account : address;
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds) };
}

/** Gives back one point taken by hit() (an attempt that turned out not to count, e.g. a successful sign-in). */
export async function refund(db: Database, rule: RateLimitRule, subject: string): Promise<void> {
  await db.execute(sql`update rate_limits set points = greatest(points - 1, 0) where key = ${`${rule.name}:${subject}`} and expires_at > now()`);
}

export async function reset(db: Database, rule: RateLimitRule, subject: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${`${rule.name}:${subject}`}`);
}

export const RULES = {
  // Sign-in: only the address limit blocks; the account and account+address
  // counters slow attempts down (lib/auth/sign-in-delay.ts), so their points never refuse.
  signInAddress: { name: "sign-in:address", points: 30, windowSeconds: 15 * 60 },
  signInPair: { name: "sign-in:account-address", points: Number.MAX_SAFE_INTEGER, windowSeconds: 15 * 60 },
  signInAccount: { name: "sign-in:account", points: Number.MAX_SAFE_INTEGER, windowSeconds: 15 * 60 },
  secondFactorAccount: { name: "second-factor:account", points: 5, windowSeconds: 15 * 60 },
  secondFactorAddress: { name: "second-factor:address", points: 30, windowSeconds: 15 * 60 },
  register: { name: "register:address", points: 10, windowSeconds: 60 * 60 },
  resetAccount: { name: "reset:account", points: 3, windowSeconds: 60 * 60 },
  resetAddress: { name: "reset:address", points: 20, windowSeconds: 60 * 60 },
  verify: { name: "verify:address", points: 30, windowSeconds: 60 * 60 },
  // Setting a new password from an e-mailed link: argon2 work, so limited before the token is read.
  resetSubmitAddress: { name: "reset-submit:address", points: 20, windowSeconds: 60 * 60 },
  resetSubmitAccount: { name: "reset-submit:account", points: 5, windowSeconds: 60 * 60 },
  // A stolen session guessing the current password.
  changePasswordAccount: { name: "change-password:account", points: 5, windowSeconds: 15 * 60 },
  changePasswordAddress: { name: "change-password:address", points: 30, windowSeconds: 15 * 60 },
  // Each resend queues an e-mail: at most a few per hour per account.
  resendAccount: { name: "resend-verification:account", points: 3, windowSeconds: 60 * 60 },
  resendAddress: { name: "resend-verification:address", points: 10, windowSeconds: 60 * 60 },
  upload: { name: "upload:account", points: 60, windowSeconds: 60 * 60 },
  submit: { name: "submit:account", points: 30, windowSeconds: 60 * 60 },
  message: { name: "message:account", points: 30, windowSeconds: 60 * 60 },
  // Per client address as well, looser (several people may share one office NAT):
  // one address cannot spread a burst over many accounts.
  uploadAddress: { name: "upload:address", points: 200, windowSeconds: 60 * 60 },
  submitAddress: { name: "submit:address", points: 60, windowSeconds: 60 * 60 },
  messageAddress: { name: "message:address", points: 100, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
