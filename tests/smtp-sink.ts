// A real SMTP server for tests (the smtp-server package) that keeps what it receives: not a mock, mail goes over TCP.
// Messages are parsed with mailparser (nodemailer's own parser), so encoded headers and multipart bodies are read
// as a mail client reads them.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; raw: string };

export type SmtpSink = { port: number; messages: ReceivedMail[]; close: () => Promise<void> };

/** Subject, text and HTML of a raw message, decoded. */
export async function parseMail(raw: string): Promise<Pick<ReceivedMail, "subject" | "text" | "html">> {
  const mail = await simpleParser(raw);
  return { subject: mail.subject ?? "", text: (mail.text ?? "").trim(), html: typeof mail.html === "string" ? mail.html.trim() : "" };
}

/** Starts an SMTP server on 127.0.0.1 (port 0 = any free port) that accepts every message. */
export async function startSmtpSink(port = 0, messages: ReceivedMail[] = []): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        parseMail(raw).then(
          (parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              ...parsed,
              raw,
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { port: actual, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
