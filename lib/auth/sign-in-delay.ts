/**
 * How long a sign-in attempt waits before its password is checked, from the
 * failures counted so far in the window (this attempt not included).
 *
 * Failures of one account from one address slow that pair down, doubling from
 * the fourth: the owner who mistypes is slowed, and a stranger guessing from
 * one address is slowed and, at the per-address limit, stopped. Failures of
 * one account from all addresses together only add a short, capped wait:
 * strangers spread over many addresses must never lock the owner out, so the
 * right password from a new address always gets in (after at most
 * MAX_ACCOUNT_DELAY_SECONDS).
 */
export const PAIR_FREE_FAILURES = 3;
export const MAX_PAIR_DELAY_SECONDS = 16;
export const ACCOUNT_FREE_FAILURES = 10;
export const MAX_ACCOUNT_DELAY_SECONDS = 3;

export function signInDelaySeconds(pairFailures: number, accountFailures: number): number {
  const pair = pairFailures < PAIR_FREE_FAILURES ? 0 : Math.min(2 ** (pairFailures - PAIR_FREE_FAILURES), MAX_PAIR_DELAY_SECONDS);
  const account = accountFailures < ACCOUNT_FREE_FAILURES ? 0 : Math.min(1 + Math.floor((accountFailures - ACCOUNT_FREE_FAILURES) / 10), MAX_ACCOUNT_DELAY_SECONDS);
  return Math.max(pair, account);
}
