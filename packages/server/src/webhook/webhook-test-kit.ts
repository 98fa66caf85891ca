import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the receiver does with one request: answer with a status (and a Location for a redirect), or never answer. */
export type ReceiverReply = { status: number; location?: string } | "hang";

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface TestReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** the replies to the next requests, in order; once used up, 200 */
  replies: ReceiverReply[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records each request and answers as told. */
export async function startReceiver(): Promise<TestReceiver> {
  const hanging: ServerResponse[] = [];
  const receiver: TestReceiver = {
    url: "",
    requests: [],
    replies: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      receiver.requests.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const reply = receiver.replies.shift() ?? { status: 200 };
      if (reply === "hang") return void hanging.push(res);
      res.writeHead(reply.status, reply.location === undefined ? {} : { Location: reply.location });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/afrapport`;
  return receiver;
}

type Verify = (secret: string, headers: IncomingHttpHeaders, rawBody: string, toleranceSeconds?: number) => boolean;

/**
 * The verification recipe exactly as README.md gives it to receivers, taken from there and run: a change to the
 * signature that the README does not follow fails the tests.
 */
export function readmeVerifier(): Verify {
  const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## Verifying a request")))?.[1];
  if (block === undefined) throw new Error("README.md has no js block under »Verifying a request«");
  const body = block.replace(/^import .*$/m, "");
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("createHmac", "timingSafeEqual", `${body}\nreturn verifyAfrapportSignature;`)(createHmac, timingSafeEqual) as Verify;
}
