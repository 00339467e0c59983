import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import type { ComposedMail } from "./compose";

export type OutgoingMail = ComposedMail & {
  to: string;
  /** A stable id makes a resend of the same message recognisable as such by mail clients. */
  messageId?: string;
  headers?: Record<string, string>;
};

export function isOutboxMode(): boolean {
  return !env().SMTP_URL;
}

const globalForMail = globalThis as unknown as { footnoteSmtp?: Transporter };

function smtpTransport(smtpUrl: string): Transporter {
  globalForMail.footnoteSmtp ??= nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: env().SMTP_MAX_CONNECTIONS,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as nodemailer.TransportOptions);
  return globalForMail.footnoteSmtp;
}

/**
 * Sends through SMTP_URL when it is set; otherwise keeps the message in the outbox table, so the
 * whole flow (magic links, resets) works on a machine with no mail server.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const { SMTP_URL, MAIL_FROM } = env();
  const messageId = mail.messageId ?? `<${randomUUID()}@footnote>`;
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      headers: mail.headers,
    });
  } else {
    await db().outboxMessage.create({
      data: { messageId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
    });
  }
  return { messageId };
}
