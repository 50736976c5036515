/**
 * The one normalisation of an e-mail address, applied before it is validated,
 * stored or compared: NFKC folds look-alikes such as the full-width "＠",
 * then surrounding space goes and the whole address is lower-cased (no mail
 * provider we serve treats the local part case-sensitively).
 */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}
