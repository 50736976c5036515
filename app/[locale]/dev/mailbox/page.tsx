import type { Metadata } from "next";
import { desc } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

/**
 * Development only: the e-mails the portal would have sent (no SMTP_URL), so a
 * newcomer can follow a verification or reset link. It does not exist in
 * production mode (NODE_ENV=production with DATABASE_URL), where it is a 404.
 */
export default async function DevMailboxPage() {
  if (env().isProduction) notFound();
  const messages = await getDb().select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(50);
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-muted">The last 50 e-mails in the outbox. This page does not exist in production.</p>
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
