/**
 * Redirect targets that leave the site in at least one browser, or hide a
 * character a browser drops (tab, CR, LF). Shared by the unit test of
 * lib/auth/redirect-target.ts and the attack run (scripts/attack/probe-auth.ts),
 * which sends each one to the running app. Every one names evil.example or is
 * a script/data URL, so a response can be searched for it.
 */
export const HOSTILE_REDIRECTS = [
  "/%09/evil.example/x",
  "/\t/evil.example",
  "/\tevil.example",
  "/\r\n/evil.example",
  "/%0d%0a/evil.example",
  "/%0D%0A/evil.example",
  "/ /evil.example",
  "/%20/evil.example",
  "/%2509/evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/%5Cevil.example",
  "\\\\evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "%2F%2Fevil.example",
  "/.//evil.example",
  "/./%2F/evil.example",
  "http://evil.example/en/account",
  "https://evil.example",
  "HTTP://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  `/${"a".repeat(3000)}/evil.example`,
] as const;
