"use client";

import { useSyncExternalStore } from "react";
import type { HeaderSession } from "@/lib/auth/header-session";

// The last session state this tab saw, kept in memory (never in storage): a
// header mounted by a client-side navigation starts from it instead of
// flashing "Sign in" before its request to /api/session returns. Pages that
// know the state on the server seed it; signing out clears it. `null` means
// "not known yet": the server rendering and hydration always see null.
let current: HeaderSession | null = null;
const listeners = new Set<() => void>();

export function setKnownSession(session: HeaderSession | null): void {
  if (JSON.stringify(session) === JSON.stringify(current)) return;
  current = session;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useKnownSession(): HeaderSession | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
