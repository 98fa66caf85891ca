import { z } from "zod";
import { errorStatus } from "../http/http-error.js";

/**
 * A small OpenAPI 3.1 registry. Route modules call `registerRoute` next to each express route with the same zod
 * schemas the route parses with; `buildOpenApiDocument` turns them into JSON Schema (draft 2020-12, the dialect of
 * OpenAPI 3.1) with zod 4's own `z.toJSONSchema`. Request schemas are converted as input types (what a client
 * sends, before defaults and transforms), response schemas as output types. A test checks that every route
 * express knows is registered here.
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
  schema?: z.ZodType;
  /** Default application/json; e.g. "text/csv" for downloads. */
  contentType?: string;
}

export interface RouteSpec {
  method: HttpMethod | Uppercase<HttpMethod>;
  /** Express style, e.g. /api/campaigns/:id */
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  description?: string;
  /** Default: the method and path, e.g. get_api_campaigns_id. */
  operationId?: string;
  request?: {
    body?: z.ZodType;
    /** Default application/json; "multipart/form-data" for uploads. */
    bodyContentType?: string;
    params?: z.ZodType;
    query?: z.ZodType;
  };
  responses: Record<number, RouteResponse>;
}

interface RegisteredRoute extends Omit<RouteSpec, "method"> {
  method: HttpMethod;
}

const routes = new Map<string, RegisteredRoute>();

/** Registers (or, for the same method and path, replaces) the description of one route. */
export function registerRoute(spec: RouteSpec): void {
  const method = spec.method.toLowerCase() as HttpMethod;
  routes.set(`${method} ${spec.path}`, { ...spec, method });
}

/** Every registered route, as "get /api/x/:id" keys. */
export function registeredRouteKeys(): string[] {
  return [...routes.keys()];
}

/** The common error body: `{ "error": { "code", "message", "field"? } }`, sometimes with extra keys beside it. */
export const ErrorBodySchema = z.looseObject({
  error: z.object({
    code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
    message: z.string(),
    field: z.string().optional(),
  }),
});

const ERROR_REF = { $ref: "#/components/schemas/ErrorBody" };
type JsonObject = Record<string, unknown>;

/** Express path → OpenAPI path: /api/campaigns/:id → /api/campaigns/{id}. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_$][\w$]*)/g, "{$1}");
}

function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}

export function buildOpenApiDocument(): object {
  const components: Record<string, unknown> = { ErrorBody: jsonSchema(ErrorBodySchema, "output", {}) };
  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...routes.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

  for (const route of sorted) {
    const convert = (schema: z.ZodType, io: "input" | "output") => jsonSchema(schema, io, components);
    const parameters: JsonObject[] = [];

    const paramSchema = route.request?.params ? convert(route.request.params, "input") : undefined;
    const paramProps = (paramSchema?.properties ?? {}) as Record<string, unknown>;
    for (const name of pathParamNames(route.path)) {
      parameters.push({ name, in: "path", required: true, schema: paramProps[name] ?? { type: "string" } });
    }
    if (route.request?.query) {
      const query = convert(route.request.query, "input");
      const required = new Set((query.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, unknown>)) {
        parameters.push({ name, in: "query", required: required.has(name), schema });
      }
    }

    const responses: Record<string, unknown> = {};
    const declared = { ...route.responses };
    if (route.auth === "session") {
      declared[401] ??= { description: "Not signed in, or the session has expired." };
      if (route.method !== "get") declared[403] ??= { description: "Wrong role, or a missing or wrong X-CSRF-Token." };
    }
    for (const [status, response] of Object.entries(declared)) {
      const isError = Number(status) >= 400;
      // Every error response is the common error body; a route may describe extra keys beside `error`.
      const custom = response.schema ? convert(response.schema, "output") : undefined;
      const schema = isError ? (custom ? { allOf: [ERROR_REF, custom] } : ERROR_REF) : custom;
      responses[status] = {
        description: response.description,
        ...(schema === undefined ? {} : { content: { [response.contentType ?? "application/json"]: { schema } } }),
      };
    }

    const operation: JsonObject = {
      operationId: route.operationId ?? `${route.method}_${route.path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "")}`,
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      tags: route.tags,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.request?.body
        ? {
            requestBody: {
              required: true,
              content: { [route.request.bodyContentType ?? "application/json"]: { schema: convert(route.request.body, "input") } },
            },
          }
        : {}),
      responses,
      security: security(route),
    };
    (paths[toOpenApiPath(route.path)] ??= {})[route.method] = operation;
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Afrapport API",
      version: "0.1.0",
      description:
        "Campaigns, invite links, answers and reports. Every error is `{ error: { code, message, field? } }`. " +
        "Signed-in requests use the session cookie; POST, PUT, PATCH and DELETE also send X-CSRF-Token " +
        "(from POST /api/auth/login or GET /api/auth/me). Routes under /api/respond/ are authorised by the " +
        "invite token in the URL.",
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "afrapport_session" },
        csrfToken: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
      },
    },
  };
}

function security(route: RegisteredRoute): JsonObject[] {
  if (route.auth !== "session") return [];
  return route.method === "get" ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfToken: [] }];
}

/**
 * One zod schema → JSON Schema. Named definitions (`$defs`, from `.meta({ id })` or recursion) are moved to
 * components.schemas and their `$ref`s rewritten, because in OpenAPI a "#/…" reference points at the document.
 */
function jsonSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, unknown>): JsonObject {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonObject;
  const { $schema: _dialect, $defs, ...rest } = generated;
  const renamed = new Map<string, string>();
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
    let target = name;
    for (let i = 2; target in components && JSON.stringify(components[target]) !== JSON.stringify(def); i++) target = `${name}_${i}`;
    renamed.set(name, target);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== "object") return value;
    const out: JsonObject = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")) {
        const name = decodeURIComponent(inner.slice("#/$defs/".length));
        out[key] = `#/components/schemas/${encodeURIComponent(renamed.get(name) ?? name)}`;
      } else if (key === "$ref" && inner === "#") {
        out[key] = inner; // a self-reference of a recursive root; zod names those in $defs instead
      } else out[key] = rewrite(inner);
    }
    return out;
  };
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
    components[renamed.get(name)!] = rewrite(def);
  }
  return rewrite(rest) as JsonObject;
}
