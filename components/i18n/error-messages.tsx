"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The error page's texts, formatted on the server; the reference is split around the digest. */
export type ErrorMessages = {
  errorTitle: string;
  errorBody: string;
  referenceBefore: string;
  referenceAfter: string;
  retry: string;
};

const Context = createContext<ErrorMessages | null>(null);

/**
 * Gives app/[locale]/error.tsx its texts without next-intl's client provider,
 * which would ship the ICU message formatter to every public page for four
 * strings. Rendered by the locale layout around the page.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <Context value={messages}>{children}</Context>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages) throw new Error("useErrorMessages needs an ErrorMessagesProvider (app/[locale]/layout.tsx)");
  return messages;
}
