import { z } from "zod";
import { pathParamNames, toOpenApiPath, type RouteDef } from "./define-route.js";
import { ErrorBodySchema } from "./error-body.js";

/**
 * The OpenAPI 3.1 document of a list of routes. Schemas become JSON Schema (draft 2020-12, the dialect of OpenAPI
 * 3.1) through zod 4's own `z.toJSONSchema`: request schemas as input types (what a client sends, before defaults
 * and transforms), response schemas as output types.
 */
const ERROR_REF = { $ref: "#/components/schemas/ErrorBody" };
type JsonObject = Record<string, unknown>;

export function buildOpenApiDocument(routes: readonly RouteDef[]): JsonObject {
  const components: Record<string, unknown> = { ErrorBody: jsonSchema(ErrorBodySchema, "output", {}) };
  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...routes].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

  for (const route of sorted) {
    const convert = (schema: z.ZodType, io: "input" | "output") => jsonSchema(schema, io, components);
    const parameters: JsonObject[] = [];

    const paramSchema = route.params ? convert(route.params, "input") : undefined;
    const paramProps = (paramSchema?.properties ?? {}) as Record<string, unknown>;
    for (const name of pathParamNames(route.path)) {
      parameters.push({ name, in: "path", required: true, schema: paramProps[name] ?? { type: "string" } });
    }
    if (route.query) {
      const query = convert(route.query, "input");
      const required = new Set((query.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, unknown>)) {
        parameters.push({ name, in: "query", required: required.has(name), schema });
      }
    }

    const responses: Record<string, unknown> = {};
    const declared: Record<number, { description: string; schema?: z.ZodType; contentType?: string }> = { ...route.responses };
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
      tags: [...route.tags],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { [route.bodyContentType ?? "application/json"]: { schema: convert(route.body, "input") } },
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

function security(route: RouteDef): JsonObject[] {
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
