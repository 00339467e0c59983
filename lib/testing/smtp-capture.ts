import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { waitUntil } from "./wait-until";

/** A real SMTP server on loopback that keeps every message it accepts, parsed. Port 0: any free one. */
export async function startSmtpCapture(options: { port?: number } = {}) {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  // A client that vanishes mid-session (a worker killed on purpose) resets its socket; like a real
  // mail server, this one carries on rather than failing the test run with an unhandled error.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitForMessages(count: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
      await waitUntil(() => messages.length >= count, () => `${count} messages (got ${messages.length})`, timeoutMs);
      return messages;
    },

    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
