import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The SMTP envelope: MAIL FROM and RCPT TO as the client sent them. */
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

/** How the server refuses the next messages: at RCPT TO or after DATA, with this SMTP reply code. */
export interface Refusal {
  stage: "rcpt" | "data";
  code: number;
  message: string;
  /** How many messages to refuse (then it accepts again). */
  times: number;
}

const USER = "greychair";
const PASS = "smtp-test-password";

/**
 * A real SMTP server on a free loopback port (the `smtp-server` package of the nodemailer project),
 * which parses what arrives with `mailparser`. It requires authentication, as real relays do, so a
 * wrong SMTP_URL would show. Messages can be refused on purpose to test retries.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  refusal: Refusal | null = null;
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** SMTP_URL for the app under test. */
  get url(): string {
    return `smtp://${USER}:${PASS}@127.0.0.1:${this.port}`;
  }

  static async start(port = 0): Promise<TestSmtpServer> {
    let self: TestSmtpServer | undefined;
    const refuse = (stage: Refusal["stage"]): Error | null => {
      const refusal = self?.refusal;
      if (!refusal || refusal.stage !== stage || refusal.times <= 0) return null;
      refusal.times--;
      return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
    };
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === USER && auth.password === PASS) return callback(null, { user: USER });
        callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
      },
      onRcptTo(_address, _session, callback) {
        callback(refuse("rcpt"));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const refused = refuse("data");
          if (refused) return callback(refused);
          const raw = Buffer.concat(chunks).toString("utf8");
          void simpleParser(raw).then((parsed) => {
            self!.messages.push({
              envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address) },
              raw,
              parsed,
            });
            for (const wake of self!.waiters.splice(0)) wake();
            callback(null);
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    self = new TestSmtpServer(server, (server.server.address() as AddressInfo).port);
    return self;
  }

  /** Resolves once at least `count` messages arrived (in all), with them. */
  async waitForMessages(count: number): Promise<ReceivedMail[]> {
    while (this.messages.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.messages.slice(0, count);
  }

  /** Resolves with the first message (arrived or arriving) that matches. */
  async waitFor(predicate: (mail: ReceivedMail) => boolean): Promise<ReceivedMail> {
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  clear(): void {
    this.messages.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The address in a parsed To/From header. */
export function addressOf(field: ParsedMail["to"] | ParsedMail["from"]): string {
  const object = Array.isArray(field) ? field[0] : field;
  return object?.value[0]?.address ?? "";
}

/** The .ics attachment of a message, as text. */
export function calendarOf(mail: ReceivedMail): string | null {
  const part = mail.parsed.attachments.find((a) => a.contentType.startsWith("application/ics") || a.contentType.startsWith("text/calendar"));
  return part ? part.content.toString("utf8") : null;
}
