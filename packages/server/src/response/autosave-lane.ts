import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { respondApi } from "@afrapport/schema/api";
import type { ResolvedAppDeps } from "../app-deps.js";
import { foreignOriginError } from "../auth/origin-check.js";
import { errorReply } from "../http/error-middleware.js";
import { HttpError } from "../http/http-error.js";
import { findJsonShapeProblem } from "../http/json-shape.js";
import { findDrift } from "../http/route.js";
import { httpErrorOf } from "../http/unwrap.js";
import { isWellFormedToken } from "../invite/invite-token.js";
import { autosaveByToken } from "./autosave.service.js";

// The autosave is most of what the server does – every respondent's page sends one a few seconds after each
// change – and Express's way to it cost more than the save itself: it swaps the prototypes of every request and
// response (node's own http code then takes slower paths with them), and the /api router's middleware,
// body-parser, the respond router, zod and res.json come on top. So an ordinary autosave goes from node's server
// straight to autosaveByToken, and the reply is written here. Anything out of the ordinary goes to the Express app,
// which answers it as it always has:
// - before the body is read (another method or path, a query string, a token of the wrong form, a body that is not
//   plain UTF-8 JSON of a declared length within the limit, a request from another site): untouched;
// - after (a body of the wrong shape; a link that is not working, which must be counted against the rate limit):
//   with the parsed body in req.body, which body-parser then leaves as it is (the request has been read).
// Invalid JSON and the save's own refusals (409 on a conflict, 410 once submitted …) are answered here, in the
// error middleware's words (errorReply).

const route = respondApi.saveAnswers;
const pathPattern = /^\/api\/respond\/([^/?#]+)\/answers$/;

export interface AutosaveLaneOptions {
  /** express.json()'s limit, in bytes */
  maxBodyBytes: number;
  /** the headers the app sets on every API response (its security headers) */
  headers: Record<string, string>;
  /** check each reply against the contract, as mountRoute does with CHECK_RESPONSES (tests) */
  checkResponses: boolean;
}

/** Content-Type application/json, with no parameter but charset=utf-8 (what body-parser decodes without iconv). */
function isPlainJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.toLowerCase().replace(/\s+/g, "");
  return type === "application/json" || type === "application/json;charset=utf-8";
}

/** `app` with the autosave's lane in front of it. */
export function withAutosaveLane(app: RequestListener, deps: ResolvedAppDeps, options: AutosaveLaneOptions): RequestListener {
  const ownOrigin = new URL(deps.config.publicUrl).origin;

  const reply = (res: ServerResponse, status: number, body: unknown): void => {
    const drift = options.checkResponses ? findDrift(route, status, body) : undefined;
    if (drift !== undefined) console.error(drift);
    const text = JSON.stringify(drift === undefined ? body : { error: { code: "internal", message: drift } });
    res.writeHead(drift === undefined ? status : 500, { ...options.headers, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  };
  const fail = (res: ServerResponse, error: unknown): void => {
    const { status, body } = errorReply(error);
    reply(res, status, body);
  };

  const save = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, token: string, bytes: Buffer): void => {
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    } catch {
      return fail(res, new HttpError("malformed_json", "The request body is not valid JSON."));
    }
    // body-parser's strict mode: a body is an object or an array
    if (body === null || typeof body !== "object") return fail(res, new HttpError("malformed_json", "The request body is not valid JSON."));
    req.body = body;
    const parsed = findJsonShapeProblem(body) === undefined ? route.body.safeParse(body) : undefined;
    if (parsed === undefined || !parsed.success) return app(req, res);
    // async, so that whatever throws – at once or later – ends in the catch below
    (async () => autosaveByToken(deps.db, token, parsed.data, deps.now()))()
      .then((saved) => (saved === undefined ? app(req, res) : saved.ok ? reply(res, 200, saved.value) : fail(res, httpErrorOf(saved.error))))
      .catch((error: unknown) => {
        // a failure while the reply was being written cannot be answered any more: the connection is cut instead
        if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
        else fail(res, error);
      });
  };

  return (req, res) => {
    if (req.method !== "PUT") return app(req, res);
    const token = pathPattern.exec(req.url ?? "")?.[1];
    if (token === undefined || !isWellFormedToken(token)) return app(req, res);
    const { headers } = req;
    const length = Number(headers["content-length"]);
    if (!(length > 0 && length <= options.maxBodyBytes) || headers["transfer-encoding"] !== undefined || headers["content-encoding"] !== undefined) return app(req, res);
    if (!isPlainJson(headers["content-type"]) || foreignOriginError(ownOrigin, req) !== undefined) return app(req, res);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => save(req, res, token, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  };
}

