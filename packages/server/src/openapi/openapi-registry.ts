import { apiRoutes, buildOpenApiDocument as buildDocument, type HttpMethod, type RouteAuth, type RouteDef, type RouteResponse } from "@afrapport/schema/api";
import type { z } from "zod";

/**
 * Routes not yet declared in the contract (@afrapport/schema/api) describe themselves here; the OpenAPI document
 * holds the contract's routes and these. A test checks that every route express knows is in it.
 */
export { toOpenApiPath } from "@afrapport/schema/api";

export interface RouteSpec {
  method: HttpMethod | Uppercase<HttpMethod>;
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  description?: string;
  operationId?: string;
  request?: { body?: z.ZodType; bodyContentType?: string; params?: z.ZodType; query?: z.ZodType };
  responses: Record<number, RouteResponse>;
}

const routes = new Map<string, RouteDef>();

export function registerRoute(spec: RouteSpec): void {
  const method = spec.method.toLowerCase() as HttpMethod;
  const { request, ...rest } = spec;
  routes.set(`${method} ${spec.path}`, { ...rest, ...request, method });
}

/** The OpenAPI document of the contract's routes and of those still registered here. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const contract = new Set(apiRoutes.map((r) => `${r.method} ${r.path}`));
  return buildDocument([...apiRoutes, ...[...routes.values()].filter((r) => !contract.has(`${r.method} ${r.path}`))]);
}
