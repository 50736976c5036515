import type { Instrumentation } from "next";

// Next.js calls register() once when a server process starts, before it serves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build needs no database
  const { startServer } = await import("./lib/server/startup");
  await startServer();
}

// Every uncaught server error (render, route handler, server action, proxy):
// logged with the digest the error page shows, so a user's reference finds the line.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/server/request-error");
  await logRequestError(error, request, context);
};
