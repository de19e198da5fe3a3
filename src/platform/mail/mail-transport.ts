import type { Transporter } from "nodemailer";

/** One plain-text e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where the platform sends e-mail (password resets); chosen by MAIL_TRANSPORT in app/config.ts. */
export interface MailTransport {
  readonly kind: "outbox" | "smtp";
  /** Sends one message; rejects when the transport could not take it. */
  send(message: MailMessage): Promise<void>;
}

/** A sent message as the outbox keeps it. */
export interface OutboxMessage extends MailMessage {
  sentAt: Date;
}

/**
 * Development and tests: messages are kept in memory, newest last, for tests and for the
 * development-only `mailOutbox` query to read. Bounded, so a long-running dev server cannot grow it
 * without limit; never used in production (config refuses MAIL_TRANSPORT=outbox there).
 */
export class OutboxTransport implements MailTransport {
  readonly kind = "outbox";
  private readonly messages: OutboxMessage[] = [];

  constructor(private readonly capacity = 500) {}

  send(message: MailMessage): Promise<void> {
    this.messages.push({ ...message, sentAt: new Date() });
    if (this.messages.length > this.capacity) this.messages.shift();
    return Promise.resolve();
  }

  /** The messages sent to `to` (case-insensitive), or every message, oldest first. */
  read(to?: string): OutboxMessage[] {
    const address = to?.toLowerCase();
    return this.messages.filter((message) => !address || message.to.toLowerCase() === address);
  }
}

/**
 * SMTP through nodemailer: a maintained, dependency-free library that speaks SMTP with STARTTLS,
 * authentication and pooling, which a hand-written client would have to get right again.
 * `url` is an smtp:// or smtps:// URL with credentials, e.g. smtps://user:pass@smtp.example.com.
 * Nodemailer is loaded with the first message, not with the server: start-up does not evaluate a
 * library that sends nothing until someone asks for a password reset.
 */
export class SmtpTransport implements MailTransport {
  readonly kind = "smtp";
  private transporter: Promise<Transporter> | undefined;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    this.transporter ??= import("nodemailer").then(({ createTransport }) => createTransport(this.url));
    await (await this.transporter).sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}

/** Mail settings (app/config.ts `mail`). */
export type MailSettings = { transport: "outbox"; from: string } | { transport: "smtp"; smtpUrl: string; from: string };

export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.transport === "smtp" ? new SmtpTransport(settings.smtpUrl, settings.from) : new OutboxTransport();
}
