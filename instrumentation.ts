// Next.js calls register() once when a server process starts, before it serves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build needs no database
  const { startServer } = await import("./lib/server/startup");
  await startServer();
}
