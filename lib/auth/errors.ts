/**
 * Thrown by data functions and session helpers when the viewer may not act.
 * Its own module (no Auth.js import) so data functions stay testable outside Next.
 */
export class AuthorizationError extends Error {
  constructor(public readonly code: "unauthenticated" | "forbidden") {
    super(code);
  }
}
