import type { Answers } from "@afrapport/schema";
import {
  attachmentApi,
  respondApi,
  routePath,
  routeUrl,
  type Attachment,
  type QuestionMessage,
  type Receipt,
  type ReceiptWithAnswers,
  type RespondState,
  type RouteDef,
  type RouteOutput,
  type SaveResult,
  type StaleRevisionBody,
} from "@afrapport/schema/api";
import { takeEarlyLoad } from "../app/early-load.js";

// The respondent API (token-authenticated, no cookies): GET/PUT/POST under /api/respond/:token, declared in the
// contract (respondApi, attachmentApi). Every call returns its failure as a value, never throws: the page decides
// what a lost connection or a 409 means.

export type {
  Attachment,
  CampaignStatus,
  QuestionMessage,
  Receipt,
  ReceiptWithAnswers,
  RespondCampaign,
  RespondRespondent,
  RespondResponse,
  RespondState,
  ResponseStatus,
  SaveResult,
  StaleRevisionBody,
} from "@afrapport/schema/api";

export type ApiFailure =
  | { kind: "network" }
  | { kind: "http"; status: number; code: string; message: string; field?: string; body: unknown };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The largest body a browser sends with `keepalive` (64 KiB in every engine). */
export const keepaliveBodyLimit = 64 * 1024;

/** The browser's fetch, but the page's first GET of its data takes the answer the entry asked for early. */
const fetchOrEarly: FetchLike = (input, init) => ((init?.method ?? "GET") === "GET" ? takeEarlyLoad(input) : undefined) ?? globalThis.fetch(input, init);

export class RespondApi {
  /** The link's URL: the respondent's page data; the other routes sit under it. */
  readonly base: string;

  constructor(
    readonly token: string,
    private readonly fetchImpl: FetchLike = fetchOrEarly,
    private readonly origin = "",
  ) {
    this.base = origin + routePath(respondApi.open, { token });
  }

  load(): Promise<ApiResult<RespondState>> {
    return this.request(respondApi.open, {});
  }

  /**
   * Saves the full answers. `keepalive` lets the request outlive the page (pagehide, a hidden tab); bodies over
   * the browser's keepalive limit go without it rather than not at all.
   */
  saveAnswers(baseRevision: number, answers: Answers, options: { keepalive?: boolean } = {}): Promise<ApiResult<SaveResult>> {
    const body = JSON.stringify({ baseRevision, answers });
    const keepalive = options.keepalive === true && new TextEncoder().encode(body).length < keepaliveBodyLimit;
    return this.request(respondApi.saveAnswers, {}, body, keepalive);
  }

  submit(baseRevision: number, answers: Answers): Promise<ApiResult<{ receipt: Receipt }>> {
    return this.request(respondApi.submit, {}, JSON.stringify({ baseRevision, answers }));
  }

  receipt(): Promise<ApiResult<ReceiptWithAnswers>> {
    return this.request(respondApi.receipt, {});
  }

  attachmentUrl(id: string): string {
    return this.url(attachmentApi.downloadOwn, { id });
  }

  async downloadAttachment(id: string): Promise<ApiResult<Blob>> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.attachmentUrl(id), { method: "GET" });
    } catch {
      return { ok: false, failure: { kind: "network" } };
    }
    if (!response.ok) return { ok: false, failure: await httpFailure(response) };
    return { ok: true, value: await response.blob() };
  }

  deleteAttachment(id: string): Promise<ApiResult<void>> {
    return this.request(attachmentApi.deleteOwn, { id });
  }

  /** Uploads one file with XMLHttpRequest, the one browser API that reports upload progress. */
  uploadAttachment(question: string, file: File, onProgress: (sent: number, total: number) => void): Promise<ApiResult<Attachment>> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open(attachmentApi.upload.method.toUpperCase(), this.url(attachmentApi.upload));
      xhr.responseType = "text";
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      });
      xhr.addEventListener("load", () => {
        const body = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, value: body as Attachment });
        else resolve({ ok: false, failure: failureFromBody(xhr.status, body) });
      });
      xhr.addEventListener("error", () => resolve({ ok: false, failure: { kind: "network" } }));
      xhr.addEventListener("abort", () => resolve({ ok: false, failure: { kind: "network" } }));
      const form = new FormData();
      form.append("question", question);
      form.append("file", file, file.name);
      xhr.send(form);
    });
  }

  /** A route's URL for this link; `params` are the route's others than the token. */
  private url(route: Pick<RouteDef, "path">, params: Readonly<Record<string, string>> = {}): string {
    return this.origin + routeUrl(route, { ...params, token: this.token });
  }

  /** The server's JSON is trusted to match the route's contract (the server's tests check it against the schema). */
  private async request<R extends RouteDef>(
    route: R,
    params: Readonly<Record<string, string>>,
    body?: string,
    keepalive = false,
  ): Promise<ApiResult<RouteOutput<R>>> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.url(route, params), {
        method: route.method.toUpperCase(),
        headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
        ...(body === undefined ? {} : { body }),
        ...(keepalive ? { keepalive: true } : {}),
        cache: "no-store",
      });
    } catch {
      return { ok: false, failure: { kind: "network" } };
    }
    if (!response.ok) return { ok: false, failure: await httpFailure(response) };
    if (response.status === 204) return { ok: true, value: undefined as RouteOutput<R> };
    const text = await response.text().catch(() => "");
    return { ok: true, value: parseJson(text) as RouteOutput<R> };
  }
}

async function httpFailure(response: Response): Promise<ApiFailure> {
  const text = await response.text().catch(() => "");
  return failureFromBody(response.status, parseJson(text));
}

/** Reads the `{ error: { code, message, field? } }` body every error response carries. */
export function failureFromBody(status: number, body: unknown): ApiFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return {
    kind: "http",
    status,
    code: typeof error.code === "string" ? error.code : `http_${status}`,
    message: typeof error.message === "string" ? error.message : "",
    ...(typeof error.field === "string" ? { field: error.field } : {}),
    body,
  };
}

export function staleRevisionBody(failure: ApiFailure): StaleRevisionBody | undefined {
  if (failure.kind !== "http" || failure.status !== 409 || failure.code !== "stale_revision") return undefined;
  const body = failure.body;
  if (!isRecord(body) || !isRecord(body.current) || typeof body.current.revision !== "number") return undefined;
  const answers = isRecord(body.current.answers) ? body.current.answers : {};
  const conflicts = Array.isArray(body.conflicts) ? (body.conflicts as StaleRevisionBody["conflicts"]) : [];
  return { conflicts, current: { revision: body.current.revision, answers } };
}

export function questionMessages(failure: ApiFailure): QuestionMessage[] {
  if (failure.kind !== "http" || !isRecord(failure.body) || !Array.isArray(failure.body.errors)) return [];
  return failure.body.errors.filter(isQuestionMessage);
}

export function isQuestionMessage(value: unknown): value is QuestionMessage {
  return (
    isRecord(value) &&
    typeof value.question === "string" &&
    typeof value.path === "string" &&
    typeof value.code === "string" &&
    isRecord(value.message) &&
    typeof value.message.da === "string" &&
    typeof value.message.en === "string"
  );
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
