import net from "node:net";

export interface SmtpSink {
  port: number;
  /** Recipient (lower case) → messages received for it. */
  deliveries: Map<string, number>;
  total(): number;
  close(): Promise<void>;
}

/**
 * The smallest SMTP server nodemailer will talk to (no TLS, no auth), on
 * loopback: it accepts every message and counts it per recipient, so a run
 * can see how often each outbox e-mail really left the application.
 */
export function startSmtpSink(port: number): Promise<SmtpSink> {
  const deliveries = new Map<string, number>();
  const server = net.createServer((socket) => {
    let buffer = "";
    let recipients: string[] = [];
    let inData = false;
    socket.setEncoding("utf8");
    socket.on("error", () => {});
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          for (const to of recipients) deliveries.set(to, (deliveries.get(to) ?? 0) + 1);
          recipients = [];
          socket.write("250 OK queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 sink\r\n");
        else if (verb === "RCPT") {
          recipients.push((/<([^>]*)>/.exec(line)?.[1] ?? "").toLowerCase());
          socket.write("250 OK\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 bye\r\n");
          return;
        } else socket.write("250 OK\r\n"); // MAIL, RSET, NOOP
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port,
        deliveries,
        total: () => [...deliveries.values()].reduce((sum, n) => sum + n, 0),
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
