import type { z } from "zod";

/**
 * One HTTP route of the API, declared once: method, path, input and output schemas. The server mounts it (parsing
 * its input with these schemas), the OpenAPI document is built from it, and the browser's clients call it with
 * the types inferred from it – so no path or shape is written twice.
 */
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type RouteAuth =
  /** the session cookie; mutating requests also need the X-CSRF-Token header */
  | "session"
  /** the capability token in the URL (invite links) */
  | "token"
  | "none";

export interface RouteResponse {
  description: string;
  /** The JSON body; for an error status, the keys sent beside `error`. */
  schema?: z.ZodType;
  /** Default application/json; e.g. "text/csv" for downloads. */
  contentType?: string;
}

export interface RouteDef {
  method: HttpMethod;
  /** Express style, e.g. /api/campaigns/:id */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth: RouteAuth;
  /** Default: the method and path, e.g. get_api_campaigns_id. */
  operationId?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Default application/json; "multipart/form-data" for uploads (the server parses those itself). */
  bodyContentType?: string;
  responses: Readonly<Record<number, RouteResponse>>;
}

/** Declares a route; the literal type is kept so its input and output types can be inferred. */
export function defineRoute<const R extends RouteDef>(route: R): R {
  return route;
}

type SuccessStatus = 200 | 201 | 202 | 204;
type Schema<X> = X extends { schema: infer S extends z.ZodType } ? S : never;

/** What the route answers with a 2xx status: the union of its JSON bodies (void for a body-less or download response). */
export type RouteOutput<R extends RouteDef> = {
  [S in keyof R["responses"]]: S extends SuccessStatus
    ? [Schema<R["responses"][S]>] extends [never]
      ? void
      : R["responses"][S] extends { contentType: string }
        ? void
        : z.output<Schema<R["responses"][S]>>
    : never;
}[keyof R["responses"]];

/** The server's reply to one 2xx status: its status and the body its schema describes. */
export type RouteReply<R extends RouteDef> = {
  [S in keyof R["responses"]]: S extends SuccessStatus
    ? [Schema<R["responses"][S]>] extends [never]
      ? { status: S; body?: undefined }
      : { status: S; body: z.output<Schema<R["responses"][S]>> }
    : never;
}[keyof R["responses"]];

export type RouteParams<R extends RouteDef> = R["params"] extends z.ZodType ? z.output<R["params"]> : Record<string, never>;
export type RouteQuery<R extends RouteDef> = R["query"] extends z.ZodType ? z.output<R["query"]> : Record<string, never>;
export type RouteBody<R extends RouteDef> = R["body"] extends z.ZodType ? z.output<R["body"]> : undefined;

/** What a client sends: path parameters, query and body, as the schemas accept them (before defaults). */
export type RouteInput<R extends RouteDef> = (R["params"] extends z.ZodType ? { params: z.input<R["params"]> } : { params?: undefined }) &
  (R["query"] extends z.ZodType ? { query?: z.input<R["query"]> } : { query?: undefined }) &
  (R["body"] extends z.ZodType ? { body: z.input<R["body"]> } : { body?: undefined });

/** The route's URL path with its parameters filled in: /api/campaigns/:id → /api/campaigns/c%2F1. */
export function routePath(route: Pick<RouteDef, "path">, params?: Readonly<Record<string, unknown>>): string {
  return route.path.replace(/:([A-Za-z_$][\w$]*)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`routePath: ${route.path} needs the parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
}

/** The route's URL: its path plus a query string of the defined values (arrays repeat the key). */
export function routeUrl(route: Pick<RouteDef, "path">, params?: Readonly<Record<string, unknown>>, query?: Readonly<Record<string, unknown>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const qs = search.toString();
  return routePath(route, params) + (qs === "" ? "" : `?${qs}`);
}

/** Express path → OpenAPI path: /api/campaigns/:id → /api/campaigns/{id}. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_$][\w$]*)/g, "{$1}");
}

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}
