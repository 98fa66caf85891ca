import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A real SMTP server for tests, on an ephemeral port of 127.0.0.1, made with Node's `net`: it speaks enough of
 * RFC 5321 for nodemailer (EHLO without STARTTLS or AUTH, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT)
 * and records every message it accepts. `rejectRecipient` answers RCPT with 550 for matching addresses.
 */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** the message as sent: headers and body, CRLF line ends */
  raw: string;
  subject: string;
  /** the text body, transfer-decoded */
  text: string;
  headers: Map<string, string>;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** how many connections were opened */
  connections: number;
  close(): Promise<void>;
}

export async function startSmtpServer(options: { rejectRecipient?: RegExp } = {}): Promise<SmtpTestServer> {
  const sockets = new Set<Socket>();
  const state: SmtpTestServer = { url: "", received: [], connections: 0, close: async () => undefined };
  const server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.setEncoding("utf8");
    let buffer = "";
    let from = "";
    let to: string[] = [];
    let data: string[] | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost ESMTP afrapport-test");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === ".") {
            const raw = `${data.join("\r\n")}\r\n`;
            state.received.push({ from, to, raw, ...parseMessage(raw) });
            data = null;
            from = "";
            to = [];
            reply("250 2.0.0 queued");
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const argument = /<([^>]*)>/.exec(line)?.[1] ?? "";
        if (verb === "EHLO") socket.write("250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
        else if (verb === "HELO") reply("250 localhost");
        else if (verb === "MAIL") {
          from = argument;
          reply("250 2.1.0 ok");
        } else if (verb === "RCPT") {
          if (options.rejectRecipient?.test(argument)) reply("550 5.1.1 no such user");
          else {
            to.push(argument);
            reply("250 2.1.5 ok");
          }
        } else if (verb === "DATA") {
          if (to.length === 0) reply("554 5.5.1 no valid recipients");
          else {
            data = [];
            reply("354 end with <CRLF>.<CRLF>");
          }
        } else if (verb === "RSET") {
          from = "";
          to = [];
          reply("250 2.0.0 ok");
        } else if (verb === "NOOP") reply("250 2.0.0 ok");
        else if (verb === "QUIT") {
          reply("221 2.0.0 bye");
          socket.end();
        } else reply("502 5.5.2 not implemented");
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}

/** Headers (unfolded, encoded words decoded) and the text body (quoted-printable or base64 decoded). */
function parseMessage(raw: string): { subject: string; text: string; headers: Map<string, string> } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  let text: string;
  if (encoding === "quoted-printable") text = decodeQuotedPrintable(body);
  else if (encoding === "base64") text = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  else text = body;
  return { subject: headers.get("subject") ?? "", text: text.replace(/\r\n/g, "\n"), headers };
}

function decodeQuotedPrintable(text: string): string {
  const softBreaksRemoved = text.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const c = softBreaksRemoved[i]!;
    if (c === "=" && /^[0-9A-F]{2}$/i.test(softBreaksRemoved.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(softBreaksRemoved.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words: =?UTF-8?Q?…?= and =?UTF-8?B?…?=; whitespace between two encoded words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}
