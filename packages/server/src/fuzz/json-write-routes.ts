/**
 * The routes the fuzz suite walks, read from the OpenAPI document itself: every POST, PUT, PATCH and DELETE whose
 * body is JSON or that takes no body (multipart uploads have their own tests). A route added to the contract is
 * in this list – and fuzzed – without anyone touching the suite.
 */
export interface FuzzRoute {
  method: "post" | "put" | "patch" | "delete";
  /** Express style, /api/campaigns/:id */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: unknown }>;
  /** The JSON Schema of the body, or undefined for a route that takes none. */
  body: unknown;
  /** Whether the route needs a signed-in session (else it is open or authorised by the token in its path). */
  session: boolean;
}

const WRITE_METHODS = ["post", "put", "patch", "delete"] as const;

export function jsonWriteRoutes(document: Record<string, any>): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [openApiPath, operations] of Object.entries((document.paths ?? {}) as Record<string, Record<string, any>>)) {
    for (const method of WRITE_METHODS) {
      const operation = operations[method];
      if (operation === undefined) continue;
      const content = (operation.requestBody?.content ?? {}) as Record<string, { schema?: unknown }>;
      const types = Object.keys(content);
      if (types.length > 0 && !types.includes("application/json")) continue;
      const parameters = (operation.parameters ?? []) as Array<{ name: string; in: string; schema?: unknown }>;
      routes.push({
        method,
        path: openApiPath.replace(/\{([^}]+)\}/g, ":$1"),
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        body: content["application/json"]?.schema,
        session: Array.isArray(operation.security) && operation.security.length > 0,
      });
    }
  }
  return routes;
}
