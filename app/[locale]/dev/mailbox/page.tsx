import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { DEV_MAILBOX_SIZE, listDevMailbox } from "@/lib/mail/dev-mailbox";
import { PEER_ADDRESS_HEADER } from "@/lib/server/peer-address";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

/**
 * Demo mode only: the e-mails the portal would have sent (no SMTP_URL), so a
 * newcomer can follow a verification or reset link. A 404 outside demo mode
 * and for any request that does not come from this machine.
 */
export default async function DevMailboxPage() {
  const messages = await listDevMailbox(getDb(), (await headers()).get(PEER_ADDRESS_HEADER));
  if (!messages) notFound();
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-muted">The last {DEV_MAILBOX_SIZE} e-mails in the outbox. This page exists only in demo mode, for requests from this machine.</p>
      {messages.length === 0 ? <p className="mt-6">No e-mails yet.</p> : null}
      <ol className="mt-6 flex flex-col gap-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-line p-4">
            <h2 className="font-semibold">{message.subject}</h2>
            <p className="text-sm text-muted">
              To {message.recipient} · {message.locale} · {message.status} · <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString()}</time>
            </p>
            <pre className="mt-3 whitespace-pre-wrap break-words font-sans">{message.body}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
