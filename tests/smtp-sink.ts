// A real SMTP server for tests (the smtp-server package) that keeps what it receives: not a mock, mail goes over TCP.
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; raw: string };

export type SmtpSink = { port: number; messages: ReceivedMail[]; close: () => Promise<void> };

function decode(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? "7bit").toLowerCase();
  if (enc === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (enc === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

function headersOf(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decode(text.replace(/_/g, " "), "quoted-printable"),
  );
}

/** The text and HTML parts of a (possibly multipart) message, decoded. */
export function parseMail(raw: string): Pick<ReceivedMail, "subject" | "text" | "html"> {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headersOf(raw.slice(0, split));
  const rest = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const subject = decodeWords(head.subject ?? "");
  const type = head["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  let text = "";
  let html = "";
  const parts = boundary ? rest.split(`--${boundary}`).slice(1, -1) : [raw.slice(split)];
  for (const part of parts) {
    const cut = part.search(/\r?\n\r?\n/);
    const h = boundary ? headersOf(part.slice(0, cut).replace(/^\r?\n/, "")) : head;
    const body = decode(boundary ? part.slice(cut).replace(/^\r?\n\r?\n/, "") : rest, h["content-transfer-encoding"]);
    const ct = (h["content-type"] ?? "text/plain").toLowerCase();
    if (ct.startsWith("text/plain")) text = body.trim();
    if (ct.startsWith("text/html")) html = body.trim();
  }
  return { subject, text, html };
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
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMail(raw),
          raw,
        });
        callback();
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
